// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { getPublishedCompanyBySlug } from "@/lib/companies/queries";
import type { Locale } from "@/lib/i18n/routing";
import { createListingAction } from "@/lib/listings/actions/create-listing";
import { deleteListingAction } from "@/lib/listings/actions/delete-listing";
import { publishListingAction } from "@/lib/listings/actions/publish-listing";
import { updateListingAction } from "@/lib/listings/actions/update-listing";
import { todayInPortalZone, type CreateListingInput } from "@/lib/listings/schema";
import { createOrganization, createUser } from "./support/accounts";

afterAll(() => testDb.drop());

async function setup() {
  const owner = await createUser();
  const company = await createOrganization([{ user: owner, role: "OWNER" }]);
  await testDb.db.organization.update({
    where: { id: company.id },
    data: { status: "PUBLISHED", publishedAt: new Date() },
  });
  return { owner, company };
}

const offer = (organizationId: string, overrides: Partial<CreateListingInput> = {}): CreateListingInput => ({
  organizationId,
  kind: "OFFER",
  category: "PRODUCT",
  title: { de: "Gussteile aus Aluminium", cs: "", en: "" },
  description: { de: "Kleinserien ab 50 Stück.", cs: "", en: "" },
  industries: ["24.53"],
  validUntil: "",
  ...overrides,
});

const create = (user: { id: string }, input: CreateListingInput, locale: Locale = "de") =>
  withTestSession(user, () => createListingAction(input), { locale });

describe("listings", () => {
  it.each([
    [
      "cs",
      "title",
      { title: { de: "", cs: " ", en: "" }, description: { de: "", cs: "", en: "" } },
      "Zadejte prosím název alespoň v jednom jazyce.",
    ],
    [
      "de",
      "title.cs",
      { title: { de: "Titel", cs: "", en: "" }, description: { de: "", cs: "Popis bez názvu", en: "" } },
      "Zu einer Beschreibung in dieser Sprache gehört auch ein Titel.",
    ],
    ["en", "category", { category: "" as const }, "Please choose what you are offering."],
    ["de", "validUntil", { validUntil: "2020-01-01" }, "Das Datum darf nicht in der Vergangenheit liegen."],
    ["en", "validUntil", { validUntil: "2026-02-30" }, "This value is not valid."],
    ["de", "title.de", { title: { de: "T".repeat(201), cs: "", en: "" } }, "Bitte höchstens 200 Zeichen eingeben."],
    ["en", "industries", { industries: ["00.00"] }, "Please choose industries from the list."],
  ] as const)("in %s rejects bad input on %s", async (locale, field, overrides, message) => {
    const { owner, company } = await setup();
    const result = await create(owner, offer(company.id, overrides as Partial<CreateListingInput>), locale);
    expect(result).toMatchObject({ ok: false, code: "validation" });
    expect(!result.ok && result.fieldErrors[field]).toBe(message);
    expect(await testDb.db.listing.count({ where: { organizationId: company.id } })).toBe(0);
  });

  it("stores a request without category and a validity through the end of the chosen day", async () => {
    const { owner, company } = await setup();
    const result = await create(
      owner,
      offer(company.id, { kind: "REQUEST", category: "SERVICE", validUntil: "2099-03-31" }),
    );
    expect(result.ok).toBe(true);
    const row = await testDb.db.listing.findFirstOrThrow({ where: { organizationId: company.id } });
    expect(row).toMatchObject({ kind: "REQUEST", category: null, status: "DRAFT" });
    // 31 March 2099, 23:59:59.999 in Dresden and Prague (summer time, UTC+2).
    expect(row.validUntil?.toISOString()).toBe("2099-03-31T21:59:59.999Z");
  });

  it("shows published listings on the company page until they expire, and not after deletion", async () => {
    const { owner, company } = await setup();
    const created = await create(owner, offer(company.id, { validUntil: todayInPortalZone() }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { listingId } = created.data;
    expect((await getPublishedCompanyBySlug(company.slug))?.listings).toEqual([]);
    expect(await withTestSession(owner, () => publishListingAction({ listingId }))).toMatchObject({ ok: true });
    expect((await getPublishedCompanyBySlug(company.slug))?.listings.map((l) => l.id)).toEqual([listingId]);

    await testDb.db.listing.update({ where: { id: listingId }, data: { validUntil: new Date(Date.now() - 60_000) } });
    expect((await getPublishedCompanyBySlug(company.slug))?.listings).toEqual([]);
    // An expired entry cannot be re-published without a new date, but it can be given one.
    await testDb.db.listing.update({ where: { id: listingId }, data: { status: "UNPUBLISHED" } });
    expect(await withTestSession(owner, () => publishListingAction({ listingId }), { locale: "en" })).toMatchObject({
      ok: false,
      code: "conflict",
      formError: expect.stringContaining("has expired"),
    });
    const renewed = { ...offer(company.id, { validUntil: "" }), organizationId: undefined, listingId };
    expect(await withTestSession(owner, () => updateListingAction(renewed))).toMatchObject({ ok: true });
    expect(await withTestSession(owner, () => publishListingAction({ listingId }))).toMatchObject({ ok: true });

    const outbox = await testDb.db.searchOutbox.count({ where: { entityType: "LISTING", entityId: listingId } });
    expect(await withTestSession(owner, () => deleteListingAction({ listingId }))).toEqual({
      ok: true,
      data: { deleted: true },
    });
    expect(await testDb.db.listing.count({ where: { id: listingId } })).toBe(0);
    expect(await testDb.db.searchOutbox.count({ where: { entityType: "LISTING", entityId: listingId } })).toBe(
      outbox + 1,
    );
    expect((await getPublishedCompanyBySlug(company.slug))?.listings).toEqual([]);
  });

  it("does not let a member of another company touch a listing, nor tell it from one that does not exist", async () => {
    const { owner, company } = await setup();
    const created = await create(owner, offer(company.id));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const stranger = await createUser();
    await createOrganization([{ user: stranger, role: "OWNER" }]);
    const foreign = await withTestSession(stranger, () => deleteListingAction({ listingId: created.data.listingId }));
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    expect(await withTestSession(stranger, () => deleteListingAction({ listingId: "cdoesnotexist000000000000" }))).toEqual(foreign);
    expect(await testDb.db.listing.count({ where: { id: created.data.listingId } })).toBe(1);
  });
});
