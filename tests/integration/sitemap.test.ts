// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, expect, it } from "vitest";
import { buildSitemap } from "@/lib/seo/sitemap";
import { createOrganization, createUser } from "./support/accounts";

afterAll(() => testDb.drop());

it("lists published companies in every locale with hreflang alternates, and nothing unpublished", async () => {
  const owner = await createUser();
  const published = await createOrganization([{ user: owner, role: "OWNER" }]);
  const draft = await createOrganization([{ user: owner, role: "OWNER" }]);
  await testDb.db.organization.update({
    where: { id: published.id },
    data: { status: "PUBLISHED", publishedAt: new Date() },
  });

  const entries = await buildSitemap(testDb.db, "https://portal.example");
  const urls = entries.map((e) => e.url);
  for (const locale of ["de", "cs", "en"]) {
    expect(urls).toContain(`https://portal.example/${locale}/companies/${published.slug}`);
    expect(urls).toContain(`https://portal.example/${locale}/privacy`);
  }
  expect(urls.some((u) => u.includes(draft.slug))).toBe(false);
  const cs = entries.find((e) => e.url === `https://portal.example/cs/companies/${published.slug}`);
  expect(cs?.alternates?.languages).toEqual({
    de: `https://portal.example/de/companies/${published.slug}`,
    cs: `https://portal.example/cs/companies/${published.slug}`,
    en: `https://portal.example/en/companies/${published.slug}`,
    "x-default": `https://portal.example/de/companies/${published.slug}`,
  });
  expect(new Set(urls).size).toBe(urls.length);
});
