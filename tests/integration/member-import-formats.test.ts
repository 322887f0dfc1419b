// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { ImportInputError, runImport } from "@/lib/import/run-import";

/**
 * `npm run import` takes the same member list as JSON, CSV or XLSX (docs/examples/members.*)
 * and the portal ends up with the same companies, field for field.
 */
const databases: TestDatabase[] = [];
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "member-formats-"));
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await Promise.all(databases.map((d) => d.drop()));
});

async function freshDatabase() {
  const d = await createTestDatabase();
  databases.push(d);
  return d;
}

function cli(url: string, file: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  delete env.MEILI_HOST;
  return spawnSync("npx", ["--no-install", "tsx", "scripts/import.ts", file], { env, encoding: "utf8", timeout: 120_000 });
}

/** Everything a visitor can see of the imported companies, without ids and timestamps. */
async function portalCompanies(d: TestDatabase) {
  const companies = await d.db.organization.findMany({
    where: { kind: "COMPANY" },
    orderBy: { name: "asc" },
    include: {
      industries: { select: { industryCode: true }, orderBy: { industryCode: "asc" } },
      listings: { select: { kind: true, titleDe: true, titleCs: true, titleEn: true, status: true }, orderBy: [{ kind: "asc" }, { titleCs: "asc" }, { titleDe: "asc" }] },
    },
  });
  // Ids and timestamps differ between any two imports.
  return companies.map((c) => ({ ...c, id: undefined, createdAt: undefined, updatedAt: undefined, publishedAt: undefined }));
}

describe("npm run import with CSV and XLSX", () => {
  it("imports the same companies from members.json, members.csv and members.xlsx", async () => {
    const [json, csv, xlsx] = await Promise.all([freshDatabase(), freshDatabase(), freshDatabase()]);
    const runs = [cli(json.url, "docs/examples/members.json"), cli(csv.url, "docs/examples/members.csv"), cli(xlsx.url, "docs/examples/members.xlsx")];
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/4 records, 4 created, 0 updated, 0 skipped/);
    }
    const expected = await portalCompanies(json);
    expect(expected.map((c) => c.name)).toEqual(["Elbe Logistik GmbH", "Kovo Tisá a.s.", "Sklárna Údolí s.r.o.", "Truhlářství Novák"]);
    const glass = expected.find((c) => c.name.startsWith("Sklárna"))!;
    expect(glass).toMatchObject({ ico: "27082440", languages: ["cs", "de"], foundedYear: 1994 });
    expect(glass.listings.filter((l) => l.kind === "OFFER").map((l) => [l.titleCs, l.titleDe])).toEqual([
      ["Gravírování loga", "Logogravur"],
      ["Ručně foukané sklenice na zakázku", "Mundgeblasene Gläser nach Maß"],
    ]);
    expect(await portalCompanies(csv)).toEqual(expected);
    expect(await portalCompanies(xlsx)).toEqual(expected);
  }, 240_000);
});

describe("reading spreadsheets", () => {
  it("reads Windows-1250 with semicolons and any case of column names, and re-imports by externalId", async () => {
    const d = await freshDatabase();
    const text = "EXTERNALID;Name;country;City;offers.cs\r\nx-1;Železářství Čížek;cz;Žatec;\"Řezání plechu\nOhýbání\"\r\n;;;;\r\n";
    const first = await runImport(d.db, iconv.encode(text, "windows-1250"), { fileName: "clenove.csv" });
    expect(first.summary).toMatchObject({ total: 1, created: 1, skipped: 0 });
    const company = await d.db.organization.findFirstOrThrow({ where: { externalId: "x-1" }, include: { listings: true } });
    expect(company).toMatchObject({ name: "Železářství Čížek", city: "Žatec", country: "CZ" });
    expect(company.listings.map((l) => l.titleCs).sort()).toEqual(["Ohýbání", "Řezání plechu"]);

    const again = await runImport(d.db, Buffer.from("externalId\tname\tcountry\r\nx-1\tŽelezářství Čížek a syn\tCZ\r\n"), { fileName: "clenove.tsv" });
    expect(again.summary).toMatchObject({ created: 0, updated: 1 });
    expect(await d.db.organization.count({ where: { kind: "COMPANY" } })).toBe(1);
  });

  it("uses a formula's stored value and refuses a row whose formula has none, naming its row", async () => {
    const d = await freshDatabase();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Mitglieder");
    sheet.addRow(["externalId", "name", "country", "city"]);
    sheet.addRow(["f-1", "Bäckerei Sonne", "DE", { formula: 'PROPER("bautzen")', result: "Bautzen" }]);
    sheet.addRow([]);
    sheet.addRow(["f-2", { formula: 'CONCAT("Fleischerei ","Mond")' }, "DE", "Görlitz"]);
    const file = path.join(tmp, "formeln.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { summary } = await runImport(d.db, readFileSync(file), { fileName: "formeln.xlsx" });
    expect(summary).toMatchObject({ total: 2, created: 1, skipped: 1 });
    expect(summary.issues).toEqual([expect.objectContaining({ line: 4, field: "name", message: expect.stringMatching(/formula without a stored value/) })]);
    expect(await d.db.organization.findFirst({ where: { externalId: "f-1" } })).toMatchObject({ city: "Bautzen" });
  });

  it("refuses a whole file with an unknown column, a 20 MB file, a file that is no spreadsheet and unreadable bytes, importing nothing", async () => {
    const d = await freshDatabase();
    const refuse = (content: Uint8Array, fileName: string) => runImport(d.db, content, { fileName });
    await expect(refuse(Buffer.from("externalId,name,country,Firma\r\na,B,DE,C\r\n"), "a.csv")).rejects.toThrow(/unknown column "Firma"/);
    await expect(refuse(new Uint8Array(20 * 1024 * 1024).fill(0x41), "big.csv")).rejects.toThrow(/larger than 5 MB/);
    await expect(refuse(Buffer.from("%PDF-1.7 binary"), "list.pdf")).rejects.toThrow(/only JSON, CSV and XLSX/);
    await expect(refuse(Buffer.from("not a zip at all"), "list.xlsx")).rejects.toThrow(/cannot be read as an Excel/);
    await expect(refuse(iconv.encode("externalId,name,country\r\na,Bé,DE\r\n", "utf16le"), "a.csv")).rejects.toThrow(ImportInputError);
    await expect(refuse(iconv.encode("externalId,name,country\r\na,Bé,DE\r\n", "utf16le"), "a.csv")).rejects.toThrow(/not text in UTF-8/);
    expect(await d.db.organization.count({ where: { kind: "COMPANY" } })).toBe(0);
  });
});
