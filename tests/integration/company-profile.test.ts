// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { publishCompanyAction } from "@/lib/companies/actions/publish-company";
import { unpublishCompanyAction } from "@/lib/companies/actions/unpublish-company";
import { updateCompanyProfileAction } from "@/lib/companies/actions/update-company-profile";
import { getPublishedCompanyBySlug, listPublishedCompanies } from "@/lib/companies/queries";
import type { CompanyProfileInput } from "@/lib/companies/schema";
import type { Locale } from "@/lib/i18n/routing";
import { createListingAction } from "@/lib/listings/actions/create-listing";
import { publishListingAction } from "@/lib/listings/actions/publish-listing";
import { createSearchEngine } from "@/lib/search/engine-factory";
import { drainOutbox } from "@/lib/search/worker";
import { createOrganization, createUser } from "./support/accounts";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "portal-profile-uploads-"));
afterAll(() => testDb.drop());

const engine = createSearchEngine(testDb.db, {});
const search = (q: string, locale: Locale = "de") => engine.search({ q, locale, filters: {}, page: 1, pageSize: 20 });

async function ownerWithCompany() {
  const owner = await createUser({ name: "Jana Nováková" });
  const company = await createOrganization([{ user: owner, role: "OWNER" }], { name: "Kovo Děčín s.r.o." });
  return { owner, company };
}

function profile(organizationId: string, overrides: Partial<CompanyProfileInput> = {}): CompanyProfileInput {
  return {
    organizationId,
    name: "Kovo Děčín s.r.o.",
    legalForm: "s.r.o.",
    country: "CZ",
    regionId: "cz-ustecky",
    city: "Děčín",
    postalCode: "40502",
    street: "Tyršova 12",
    website: "www.kovo-decin.example",
    email: "Obchod@Kovo-Decin.example",
    phone: "+420 412 345 678",
    foundedYear: "1998",
    employees: "E10_49",
    ico: "2708 2440",
    vatId: "cz 27082440",
    languages: ["cs", "de"],
    industries: ["25.62", "25.11"],
    certifications: ["ISO 9001", "EN 1090"],
    description: { de: "", cs: "Zakázkové obrábění a svařování ocelových konstrukcí.", en: "" },
    ...overrides,
  };
}

const save = (user: { id: string }, input: unknown, locale: Locale = "de") =>
  withTestSession(user, () => updateCompanyProfileAction(input as CompanyProfileInput), { locale });

beforeEach(async () => {
  // Every test reads the index it produced itself.
  await drainOutbox(testDb.db, engine);
});

describe("profile validation", () => {
  it("saves a valid profile in normalized form and queues it for search", async () => {
    const { owner, company } = await ownerWithCompany();
    const before = await testDb.db.searchOutbox.count({ where: { entityId: company.id } });
    const result = await save(owner, profile(company.id));
    expect(result).toEqual({ ok: true, data: { organizationId: company.id } });
    const saved = await testDb.db.organization.findUniqueOrThrow({
      where: { id: company.id },
      include: { industries: true },
    });
    expect(saved).toMatchObject({
      website: "https://www.kovo-decin.example",
      email: "obchod@kovo-decin.example",
      postalCode: "405 02",
      ico: "27082440",
      vatId: "CZ27082440",
      foundedYear: 1998,
      employees: "E10_49",
      descriptionCs: "Zakázkové obrábění a svařování ocelových konstrukcí.",
      descriptionDe: null,
      status: "DRAFT",
    });
    expect(saved.industries.map((i) => i.industryCode).sort()).toEqual(["25.11", "25.62"]);
    expect(await testDb.db.searchOutbox.count({ where: { entityId: company.id } })).toBe(before + 1);
  });

  const cases: [Locale, Partial<CompanyProfileInput>, string, string][] = [
    ["de", { ico: "27082441" }, "ico", "Die IČO muss aus 8 Ziffern bestehen"],
    ["cs", { ico: "1234567" }, "ico", "IČO musí mít 8 číslic"],
    ["en", { vatId: "DE136695977" }, "vatId", "The check digit of this VAT ID does not match"],
    ["de", { vatId: "DE12345" }, "vatId", "Eine deutsche USt-IdNr. besteht aus DE und 9 Ziffern"],
    ["cs", { vatId: "CZ1234" }, "vatId", "České DIČ se skládá z CZ a 8 až 10 číslic"],
    ["en", { vatId: "FR40303265045" }, "vatId", "Please enter a VAT ID from Germany, Czechia"],
    ["de", { website: "javascript:alert(1)" }, "website", "mit http:// oder https://"],
    ["en", { website: "ftp://files.example.com" }, "website", "starting with http:// or https://"],
    [
      "en",
      { description: { de: "x".repeat(10_001), cs: "", en: "" } },
      "description.de",
      "no more than 10,000 characters",
    ],
    ["de", { name: "N".repeat(5_000) }, "name", "höchstens 200 Zeichen"],
    ["cs", { regionId: "de-sn-goerlitz" }, "regionId", "neodpovídá zvolené zemi"],
    ["cs", { postalCode: "4050" }, "postalCode", "České PSČ má 5 číslic"],
    ["de", { industries: ["99.99"] }, "industries", "Branchen aus der Liste"],
    ["en", { phone: "call us maybe" }, "phone", "only digits"],
    ["de", { foundedYear: "3000" }, "foundedYear", "höchstens"],
  ];
  it.each(cases.map(([locale, overrides, field, message]) => ({ locale, overrides, field, message })))(
    "in $locale rejects a bad $field with a localized message",
    async ({ locale, overrides, field, message }) => {
      const { owner, company } = await ownerWithCompany();
      const result = await save(owner, profile(company.id, overrides), locale);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe("validation");
      expect(result.fieldErrors[field]).toContain(message);
      expect((await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } })).city).toBeNull();
    },
  );

  it.each([
    ["null", null],
    ["a string", "organizationId=x"],
    ["wrong types", { organizationId: 5, name: ["x"], industries: "25.62", languages: [1, 2], description: "text" }],
    ["a huge array", { industries: Array.from({ length: 10_000 }, () => "25.62") }],
  ])("answers %s with a validation result, not an exception", async (_label, input) => {
    const { owner, company } = await ownerWithCompany();
    const payload =
      input && typeof input === "object" && !Array.isArray(input) ? { ...profile(company.id), ...input } : input;
    const result = await save(owner, payload);
    expect(result).toMatchObject({ ok: false, code: "validation" });
  });

  it("saves an unfinished draft as it is: only the name, no place, text, industry or contact", async () => {
    const { owner, company } = await ownerWithCompany();
    const draft = profile(company.id, {
      name: "Lakovna Hrádek s.r.o.",
      regionId: null,
      city: "",
      postalCode: "",
      street: "",
      website: "",
      email: "",
      phone: "",
      industries: [],
      certifications: [],
      description: { de: "", cs: "", en: "" },
    });
    expect(await save(owner, draft)).toEqual({ ok: true, data: { organizationId: company.id } });
    const saved = await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } });
    expect(saved).toMatchObject({ name: "Lakovna Hrádek s.r.o.", status: "DRAFT", city: null, descriptionCs: null });
    // What is missing is named when publishing.
    const publish = await withTestSession(owner, () => publishCompanyAction({ organizationId: company.id }));
    expect(publish).toMatchObject({ ok: false, code: "conflict" });
  });

  it("keeps markup as plain text and never turns it into a link", async () => {
    const { owner, company } = await ownerWithCompany();
    const text = '<script>alert("x")</script> <a href="javascript:alert(1)">klick</a>';
    expect(await save(owner, profile(company.id, { description: { de: text, cs: "", en: "" } }))).toMatchObject({
      ok: true,
    });
    const saved = await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } });
    // Stored verbatim; React escapes it on output (see the end-to-end test for the rendered page).
    expect(saved.descriptionDe).toBe(text);
  });
});

describe("publication", () => {
  it("refuses to publish an incomplete profile and names what is missing", async () => {
    const { owner, company } = await ownerWithCompany();
    const result = await withTestSession(owner, () => publishCompanyAction({ organizationId: company.id }), {
      locale: "cs",
    });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(!result.ok && result.formError).toBe(
      "Profil zatím nelze zveřejnit. Chybí: obec, popis alespoň v jednom jazyce, alespoň jeden obor, kontakt (web, e-mail nebo telefon).",
    );
    expect((await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("DRAFT");
  });

  it("publishes into directory and search in one go, with its offers, and unpublishes again", async () => {
    const { owner, company } = await ownerWithCompany();
    expect(await save(owner, profile(company.id))).toMatchObject({ ok: true });
    const offer = await withTestSession(owner, () =>
      createListingAction({
        organizationId: company.id,
        kind: "OFFER",
        category: "CAPACITY",
        title: { de: "", cs: "Volná kapacita na CNC frézkách", en: "" },
        description: { de: "", cs: "Od ledna dvě směny týdně.", en: "" },
        industries: [],
        validUntil: "",
      }),
    );
    expect(offer.ok).toBe(true);
    const listingId = offer.ok ? offer.data.listingId : "";
    expect(await withTestSession(owner, () => publishListingAction({ listingId }))).toMatchObject({ ok: true });
    await drainOutbox(testDb.db, engine);
    // A published listing of an unpublished company stays out of sight.
    expect((await search("frézkách", "cs")).total).toBe(0);

    const outboxBefore = await testDb.db.searchOutbox.count({ where: { entityType: "COMPANY", entityId: company.id } });
    const published = await withTestSession(owner, () => publishCompanyAction({ organizationId: company.id }));
    expect(published).toEqual({ ok: true, data: { slug: company.slug } });
    expect(await testDb.db.searchOutbox.count({ where: { entityType: "COMPANY", entityId: company.id } })).toBe(
      outboxBefore + 1,
    );
    const row = await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toBeInstanceOf(Date);

    expect((await getPublishedCompanyBySlug(company.slug))?.listings.map((l) => l.id)).toEqual([listingId]);
    await drainOutbox(testDb.db, engine);
    const hits = (await search("Kovo Děčín")).hits.filter((h) => h.slug === company.slug);
    expect(hits.map((h) => h.type)).toContain("company");
    expect((await search("frézkách", "cs")).hits.map((h) => h.id)).toContain(`offer:${listingId}`);

    // Editing a published profile may not remove what publication requires.
    const stripped = await save(owner, profile(company.id, { city: "" }), "en");
    expect(stripped).toMatchObject({ ok: false, code: "validation" });
    expect(!stripped.ok && stripped.fieldErrors.city).toContain("A published profile needs a city");

    expect(await withTestSession(owner, () => unpublishCompanyAction({ organizationId: company.id }))).toMatchObject({
      ok: true,
    });
    expect(await getPublishedCompanyBySlug(company.slug)).toBeNull();
    await drainOutbox(testDb.db, engine);
    expect((await search("Kovo Děčín")).hits.filter((h) => h.slug === company.slug)).toEqual([]);
    expect((await search("frézkách", "cs")).total).toBe(0);
  });

  it("lets editors save but not publish", async () => {
    const { owner, company } = await ownerWithCompany();
    const editor = await createUser();
    await testDb.db.membership.create({ data: { organizationId: company.id, userId: editor.id, role: "EDITOR" } });
    expect(await save(editor, profile(company.id))).toMatchObject({ ok: true });
    expect(await withTestSession(editor, () => publishCompanyAction({ organizationId: company.id }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await withTestSession(owner, () => publishCompanyAction({ organizationId: company.id }))).toMatchObject({
      ok: true,
    });
    const { companies } = await listPublishedCompanies(1, 500);
    expect(companies.map((c) => c.id)).toContain(company.id);
  });
});
