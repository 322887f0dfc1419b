// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listPublishedCompanies } from "@/lib/companies/queries";
import { createOrganization, createUser } from "./support/accounts";

afterAll(() => testDb.drop());

const NAMES = ["Hotel Bastei", "Chemie Pirna", "Čalounictví Havel", "Broušené sklo Nový Bor", "Bäckerei Müller", "Cukrárna Liberec"];
const ids = new Map<string, string>();

beforeAll(async () => {
  const owner = await createUser();
  for (const name of NAMES) {
    const company = await createOrganization([{ user: owner, role: "OWNER" }], { name });
    await testDb.db.organization.update({ where: { id: company.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    ids.set(company.id, name);
  }
});

async function directoryOrder(locale: "de" | "cs" | "en") {
  const { companies } = await listPublishedCompanies(1, 500, locale);
  return companies.filter((c) => ids.has(c.id)).map((c) => c.name);
}

it("sorts the directory in German order for German visitors: umlauts with their base letter", async () => {
  expect(await directoryOrder("de")).toEqual([
    "Bäckerei Müller",
    "Broušené sklo Nový Bor",
    "Čalounictví Havel",
    "Chemie Pirna",
    "Cukrárna Liberec",
    "Hotel Bastei",
  ]);
});

it("sorts the directory in Czech order for Czech visitors: Č after C, and ch after h", async () => {
  expect(await directoryOrder("cs")).toEqual([
    "Bäckerei Müller",
    "Broušené sklo Nový Bor",
    "Cukrárna Liberec",
    "Čalounictví Havel",
    "Hotel Bastei",
    "Chemie Pirna",
  ]);
});

it("pages through the same order without gaps or repeats", async () => {
  const all = (await listPublishedCompanies(1, 500, "cs")).companies.map((c) => c.id);
  const paged: string[] = [];
  for (let page = 1; page <= Math.ceil(all.length / 2); page++) {
    paged.push(...(await listPublishedCompanies(page, 2, "cs")).companies.map((c) => c.id));
  }
  expect(paged).toEqual(all);
});
