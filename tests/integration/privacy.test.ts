// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, describe, expect, it } from "vitest";
import { GET as exportData } from "@/app/api/account/export/route";
import { loadSessionUser } from "@/lib/auth/session";
import { withTestSession } from "@/lib/auth/test-session";
import { deleteCompanyAction } from "@/lib/companies/actions/delete-company";
import { publishCompanyAction } from "@/lib/companies/actions/publish-company";
import { uploadCompanyLogoAction } from "@/lib/companies/actions/upload-company-logo";
import { deleteOrganizationInTx } from "@/lib/companies/deletion";
import { threadForReader } from "@/lib/enquiries/queries";
import { getPublishedCompanyBySlug, listPublishedCompanies } from "@/lib/companies/queries";
import { createListingAction } from "@/lib/listings/actions/create-listing";
import { publishListingAction } from "@/lib/listings/actions/publish-listing";
import { deleteAccountAction } from "@/lib/privacy/actions/delete-account";
import { moderationDigest } from "@/lib/admin/reports";
import { reportEnquiryAction } from "@/lib/enquiries/actions/report-enquiry";
import { ABUSE_REPORT_RETENTION_DAYS, purgeExpiredAbuseReports } from "@/lib/enquiries/report-retention";
import type { PersonalDataExport } from "@/lib/privacy/export";
import { createSearchEngine } from "@/lib/search/engine-factory";
import { drainOutbox } from "@/lib/search/worker";
import { logoForm, pngImage } from "../support/images";
import { createOrganization, createUser, TEST_PASSWORD } from "./support/accounts";

afterAll(() => testDb.drop());

/** Whether the logo's bytes are still kept (LOGO_STORAGE defaults to the database). */
const logoKept = async (name: string) => (await testDb.db.logoBlob.count({ where: { name } })) === 1;

const engine = createSearchEngine(testDb.db, {});

/** Every row of every table whose stored values contain one of the strings, as "table: row". */
async function rowsMentioning(...needles: string[]): Promise<string[]> {
  const tables = await testDb.db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  const found: string[] = [];
  for (const { name } of tables) {
    const rows = await testDb.db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${name}" t WHERE ${needles.map((_, i) => `strpos(row_to_json(t)::text, $${i + 1}) > 0`).join(" OR ")}`,
      ...needles.map((n) => JSON.stringify(n).slice(1, -1)),
    );
    found.push(...rows.map((r) => `${name}: ${r.row}`));
  }
  return found;
}
const search = (q: string) => engine.search({ q, locale: "de", filters: {}, page: 1, pageSize: 50 });

/** A published company with a logo and a published offer, owned by `owner`. */
async function publishedCompany(owner: { id: string }, name: string, offerTitle: string) {
  const company = await createOrganization([{ user: owner, role: "OWNER" }], { name });
  await testDb.db.organization.update({
    where: { id: company.id },
    data: {
      city: "Zittau",
      email: "kontakt@example.test",
      phone: "+49 3583 123456",
      descriptionDe: `${name} fertigt Sondermaschinen für die Oberlausitz.`,
      industries: { create: [{ industryCode: "28.99" }] },
    },
  });
  const logo = logoForm(company.id, await pngImage());
  expect(await withTestSession(owner, () => uploadCompanyLogoAction(logo))).toMatchObject({ ok: true });
  const offer = await withTestSession(owner, () =>
    createListingAction({
      organizationId: company.id,
      kind: "OFFER",
      category: "SERVICE",
      title: { de: offerTitle, cs: "", en: "" },
      description: { de: "Auf Anfrage.", cs: "", en: "" },
      industries: ["28.99"],
      validUntil: "",
    }),
  );
  if (!offer.ok) throw new Error(JSON.stringify(offer));
  expect(await withTestSession(owner, () => publishListingAction({ listingId: offer.data.listingId }))).toMatchObject({
    ok: true,
  });
  expect(await withTestSession(owner, () => publishCompanyAction({ organizationId: company.id }))).toMatchObject({
    ok: true,
  });
  await drainOutbox(testDb.db, engine);
  const { logoPath } = await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } });
  return { ...company, listingId: offer.data.listingId, logoPath: logoPath! };
}

describe("data export", () => {
  it("contains the profile, the memberships and the offers, for the signed-in user only", async () => {
    const owner = await createUser({ name: "Petra Schulze" });
    const company = await publishedCompany(owner, "Schulze Sondermaschinen GmbH", "Konstruktion von Vorrichtungen");
    const outsider = await createUser();
    await createOrganization([{ user: outsider, role: "OWNER" }], { name: "Fremde Firma GmbH" });

    const response = await withTestSession(owner, () => exportData());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="grenzpartner-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const data = (await response.json()) as PersonalDataExport;
    expect(data.account).toMatchObject({ id: owner.id, email: owner.email, name: "Petra Schulze" });
    expect(data.account).not.toHaveProperty("passwordHash");
    expect(data.memberships).toEqual([expect.objectContaining({ organizationId: company.id, role: "OWNER" })]);
    expect(data.companies).toHaveLength(1);
    expect(data.companies[0]).toMatchObject({
      name: "Schulze Sondermaschinen GmbH",
      city: "Zittau",
      status: "PUBLISHED",
      industries: ["28.99"],
      description: { de: "Schulze Sondermaschinen GmbH fertigt Sondermaschinen für die Oberlausitz." },
    });
    expect(data.companies[0].listings).toEqual([
      expect.objectContaining({
        id: company.listingId,
        kind: "OFFER",
        title: { de: "Konstruktion von Vorrichtungen", cs: null, en: null },
      }),
    ]);
    expect(data.activity.map((a) => a.action)).toEqual(expect.arrayContaining(["company.publish", "listing.create"]));
    expect(JSON.stringify(data)).not.toContain("Fremde Firma");
  });

  it("includes the user's saved searches and enquiry messages and the company's watchlist notes", async () => {
    const owner = await createUser({ name: "Karel Malý" });
    const mine = await createOrganization([{ user: owner, role: "OWNER" }], { name: "Malý Kovo s.r.o." });
    const supplier = await createOrganization([], { name: "Lausitzer Laserteile GmbH" });
    await testDb.db.watchlistEntry.create({
      data: { organizationId: mine.id, watchedOrganizationId: supplier.id, note: "Preise im März nachfragen" },
    });
    await testDb.db.savedSearch.create({
      data: { userId: owner.id, name: "Laser Sachsen", query: "Laserschneiden", filters: { country: "DE" } },
    });
    const thread = await testDb.db.enquiry.create({
      data: { batchId: `b-${owner.id}`, senderOrganizationId: mine.id, recipientOrganizationId: supplier.id, subject: "Laserteile 2027" },
    });
    await testDb.db.enquiryMessage.create({
      data: { enquiryId: thread.id, authorOrganizationId: mine.id, authorUserId: owner.id, authorName: "Karel Malý", body: "Prosíme o nabídku." },
    });

    const data = (await (await withTestSession(owner, () => exportData())).json()) as PersonalDataExport;
    expect(data.savedSearches).toEqual([expect.objectContaining({ name: "Laser Sachsen", query: "Laserschneiden", frequency: "NONE" })]);
    expect(data.enquiryMessages).toEqual([expect.objectContaining({ subject: "Laserteile 2027", body: "Prosíme o nabídku." })]);
    expect(data.companies[0].watchlist).toEqual([
      expect.objectContaining({ company: "Lausitzer Laserteile GmbH", note: "Preise im März nachfragen" }),
    ]);
  });

  it("answers anonymous callers with 401", async () => {
    const response = await withTestSession(null, () => exportData());
    expect(response.status).toBe(401);
  });
});

describe("deleting a company", () => {
  it("removes it from the database, the public pages, search and logo storage, and keeps an audit row without personal data", async () => {
    const owner = await createUser();
    const company = await publishedCompany(owner, "Görlitzer Gerätebau GmbH", "Wartung von Verpackungsanlagen");
    expect((await search("Gerätebau")).hits.some((h) => h.slug === company.slug)).toBe(true);
    expect((await search("Verpackungsanlagen")).total).toBeGreaterThan(0);
    expect(await logoKept(company.logoPath)).toBe(true);

    const wrongName = await withTestSession(
      owner,
      () => deleteCompanyAction({ organizationId: company.id, confirmName: "Gerätebau" }),
      { locale: "en" },
    );
    expect(wrongName).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { confirmName: expect.stringContaining("does not match") },
    });

    const deleted = await withTestSession(owner, () =>
      deleteCompanyAction({ organizationId: company.id, confirmName: " görlitzer gerätebau gmbh " }),
    );
    expect(deleted).toEqual({ ok: true, data: { deleted: true } });

    expect(await testDb.db.organization.count({ where: { id: company.id } })).toBe(0);
    expect(await testDb.db.listing.count({ where: { organizationId: company.id } })).toBe(0);
    expect(await testDb.db.membership.count({ where: { organizationId: company.id } })).toBe(0);
    expect(await getPublishedCompanyBySlug(company.slug)).toBeNull();
    expect((await listPublishedCompanies(1, 1000)).companies.map((c) => c.id)).not.toContain(company.id);
    expect(await logoKept(company.logoPath)).toBe(false);

    await drainOutbox(testDb.db, engine);
    expect((await search("Gerätebau")).hits.filter((h) => h.slug === company.slug)).toEqual([]);
    expect((await search("Verpackungsanlagen")).total).toBe(0);

    const audit = await testDb.db.auditLog.findFirstOrThrow({
      where: { action: "company.delete", entityId: company.id },
    });
    expect(audit.actorUserId).toBe(owner.id);
    expect(JSON.stringify(audit.metadata)).not.toMatch(/Görlitz|Gerätebau|Zittau|kontakt@/);
  });

  it("takes its enquiry threads along, and an attachment only once no other thread uses it", async () => {
    const owner = await createUser();
    const asking = await createOrganization([{ user: owner, role: "OWNER" }], { name: "Fragende Firma GmbH" });
    const [first, second] = await Promise.all([createOrganization([]), createOrganization([])]);
    const file = await testDb.db.attachment.create({
      data: { fileName: "plan.pdf", contentType: "application/pdf", size: 4, data: Buffer.from("%PDF") },
    });
    // The same enquiry with one shared file went to two suppliers.
    for (const recipient of [first, second]) {
      const thread = await testDb.db.enquiry.create({
        data: { batchId: `b-${asking.id}`, senderOrganizationId: asking.id, recipientOrganizationId: recipient.id, subject: "Pläne" },
      });
      await testDb.db.enquiryMessage.create({
        data: { enquiryId: thread.id, authorOrganizationId: asking.id, authorName: "A", body: "Siehe Anhang", attachmentId: file.id },
      });
    }

    await testDb.db.$transaction((tx) => deleteOrganizationInTx(tx, first.id, { actorUserId: null, reason: "owner" }));
    expect(await testDb.db.enquiry.count({ where: { recipientOrganizationId: first.id } })).toBe(0);
    expect(await testDb.db.attachment.count({ where: { id: file.id } })).toBe(1);

    await testDb.db.$transaction((tx) => deleteOrganizationInTx(tx, asking.id, { actorUserId: owner.id, reason: "owner" }));
    expect(await testDb.db.enquiry.count({ where: { senderOrganizationId: asking.id } })).toBe(0);
    expect(await testDb.db.attachment.count({ where: { id: file.id } })).toBe(0);
  });
});

describe("deleting an account", () => {
  it("refuses a wrong password", async () => {
    const user = await createUser();
    const result = await withTestSession(user, () => deleteAccountAction({ password: "not my password" }), {
      locale: "cs",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: "Současné heslo není správné." } });
    expect(await testDb.db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("deletes the user with the companies nobody else belongs to, and leaves shared ones alone", async () => {
    const started = new Date();
    const user = await createUser({ name: "Tomáš Král" });
    const solo = await publishedCompany(user, "Král Strojírna s.r.o.", "Svařování na zakázku");
    const colleague = await createUser();
    const shared = await createOrganization([
      { user: colleague, role: "OWNER" },
      { user, role: "EDITOR" },
    ]);

    expect(await logoKept(solo.logoPath)).toBe(true);
    const result = await withTestSession(user, () => deleteAccountAction({ password: TEST_PASSWORD }));
    expect(result).toEqual({ ok: true, data: { deleted: true } });
    expect(await testDb.db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await testDb.db.organization.count({ where: { id: solo.id } })).toBe(0);
    expect(await logoKept(solo.logoPath)).toBe(false);
    expect(await testDb.db.organization.count({ where: { id: shared.id } })).toBe(1);
    expect(await testDb.db.membership.count({ where: { organizationId: shared.id } })).toBe(1);

    await drainOutbox(testDb.db, engine);
    expect((await search("Král Strojírna")).hits.filter((h) => h.slug === solo.slug)).toEqual([]);
    const audit = await testDb.db.auditLog.findMany({
      where: { OR: [{ entityId: solo.id }, { action: "account.delete", createdAt: { gte: started } }] },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(expect.arrayContaining(["account.delete", "company.delete"]));
    expect(JSON.stringify(audit.map((a) => a.metadata))).not.toMatch(/Tomáš|Král|@example\.test/);
    expect(await rowsMentioning(user.id, user.email, "Tomáš Král")).toEqual([]);
  });

  it("removes the person's name from other companies' enquiry threads, and from reports and blocks they filed", async () => {
    const leaver = await createUser({ name: "Lenka Odchodová" });
    const colleague = await createUser({ name: "Petr Zůstává" });
    const shared = await createOrganization(
      [
        { user: colleague, role: "OWNER" },
        { user: leaver, role: "EDITOR" },
      ],
      { name: "Sdílená Strojírna s.r.o." },
    );
    const supplierOwner = await createUser({ name: "Sabine Lieferant" });
    const supplier = await createOrganization([{ user: supplierOwner, role: "OWNER" }], { name: "Lieferwerk Bautzen GmbH" });
    const thread = await testDb.db.enquiry.create({
      data: {
        batchId: `b-${shared.id}`,
        senderOrganizationId: shared.id,
        recipientOrganizationId: supplier.id,
        senderUserId: leaver.id,
        subject: "Frézování hliníku",
      },
    });
    const written = (user: { id: string; name: string | null }, organizationId: string, body: string, minutes: number) =>
      testDb.db.enquiryMessage.create({
        data: {
          enquiryId: thread.id,
          authorOrganizationId: organizationId,
          authorUserId: user.id,
          authorName: user.name!,
          body,
          createdAt: new Date(Date.now() - minutes * 60_000),
        },
      });
    await written(leaver, shared.id, "Dobrý den, prosíme o nabídku na 200 kusů.", 30);
    await written(supplierOwner, supplier.id, "Gern, bis wann brauchen Sie die Teile?", 20);
    await written(colleague, shared.id, "Do konce března, děkujeme.", 10);
    await testDb.db.abuseReport.create({
      data: {
        enquiryId: thread.id,
        reporterOrganizationId: shared.id,
        reporterUserId: leaver.id,
        reportedOrganizationId: supplier.id,
        reason: "Nur ein Test der Löschung.",
      },
    });
    await testDb.db.companyBlock.create({
      data: { blockerOrganizationId: shared.id, blockedOrganizationId: supplier.id, createdByUserId: leaver.id },
    });

    const result = await withTestSession(leaver, () => deleteAccountAction({ password: TEST_PASSWORD }));
    expect(result).toEqual({ ok: true, data: { deleted: true } });

    // The supplier still has the conversation, but no longer learns who wrote the first message.
    const view = await threadForReader(await loadSessionUser(supplierOwner.id), thread.id);
    expect(view!.messages.map((m) => [m.authorName, m.authorCompany, m.body])).toEqual([
      ["—", "Sdílená Strojírna s.r.o.", "Dobrý den, prosíme o nabídku na 200 kusů."],
      ["Sabine Lieferant", "Lieferwerk Bautzen GmbH", "Gern, bis wann brauchen Sie die Teile?"],
      ["Petr Zůstává", "Sdílená Strojírna s.r.o.", "Do konce března, děkujeme."],
    ]);
    const rows = await Promise.all([
      testDb.db.enquiryMessage.findMany({ where: { enquiryId: thread.id } }),
      testDb.db.enquiry.findUniqueOrThrow({ where: { id: thread.id } }),
      testDb.db.abuseReport.findMany({ where: { reporterOrganizationId: shared.id } }),
      testDb.db.companyBlock.findMany({ where: { blockerOrganizationId: shared.id } }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(leaver.id);
    expect(JSON.stringify(rows)).not.toMatch(/Lenka|Odchodová/);
    expect(rows[2]).toHaveLength(1);
    expect(rows[3]).toHaveLength(1);
  });

  it("asks the last owner of a shared company to hand it over first", async () => {
    const user = await createUser();
    const editor = await createUser();
    const company = await createOrganization(
      [
        { user, role: "OWNER" },
        { user: editor, role: "EDITOR" },
      ],
      { name: "Gemeinsam GmbH" },
    );
    const result = await withTestSession(user, () => deleteAccountAction({ password: TEST_PASSWORD }), {
      locale: "de",
    });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(!result.ok && result.formError).toContain("Sie sind der letzte Inhaber von: Gemeinsam GmbH");
    expect(await testDb.db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await testDb.db.organization.count({ where: { id: company.id } })).toBe(1);
  });
});

describe("deleting an account removes the person from what stays", () => {
  it("takes name, id and texts out of registrations, report copies, audit rows and spam-limit records", async () => {
    const leaver = await createUser({ name: "Jana Mizíková" });
    await testDb.db.verificationToken.create({ data: { identifier: leaver.email, token: `vt-${leaver.id}`, expires: new Date(Date.now() + 3_600_000) } });
    const colleague = await createUser({ name: "Ota Zůstal" });
    const shared = await createOrganization(
      [
        { user: colleague, role: "OWNER" },
        { user: leaver, role: "EDITOR" },
      ],
      { name: "Mizí Obrábění s.r.o." },
    );
    const solo = await createOrganization([{ user: leaver, role: "OWNER" }], { name: "Solo Mizí s.r.o." });
    const reporterOwner = await createUser({ name: "Uwe Melder" });
    const reporter = await createOrganization([{ user: reporterOwner, role: "OWNER" }], { name: "Melder Metall GmbH" });
    await testDb.db.organization.update({ where: { id: reporter.id }, data: { status: "PUBLISHED" } });

    // Her company's registration stays for the company, with what she typed for herself.
    const organizer = await createOrganization([], { kind: "INSTITUTION", name: "Kammer Test" });
    const event = await testDb.db.event.create({
      data: {
        slug: `privacy-${shared.id}`,
        organizerId: organizer.id,
        type: "WORKSHOP",
        startsAt: new Date(Date.now() + 10 * 86_400_000),
        endsAt: new Date(Date.now() + 10 * 86_400_000 + 3_600_000),
        capacity: 10,
      },
    });
    const registration = await testDb.db.eventRegistration.create({
      data: {
        eventId: event.id,
        organizationId: shared.id,
        userId: leaver.id,
        participantName: "Jana Mizíková",
        note: "Jana Mizíková bringt Muster mit, Tel. 777 123 456",
        lookingFor: "Kontakt zu Jana Mizíková: Pulverbeschichtung",
        status: "CONFIRMED",
      },
    });

    // Two threads in which she wrote and which the other side reported: one of the shared company,
    // which stays, and one of her own company, which goes with the account.
    const reportedThread = async (sender: { id: string }, subject: string) => {
      const thread = await testDb.db.enquiry.create({
        data: { batchId: `b-${sender.id}`, senderOrganizationId: sender.id, recipientOrganizationId: reporter.id, senderUserId: leaver.id, subject },
      });
      await testDb.db.enquiryMessage.create({
        data: { enquiryId: thread.id, authorOrganizationId: sender.id, authorUserId: leaver.id, authorName: "Jana Mizíková", body: "Kupte si naše šrouby, jen dnes!" },
      });
      const report = await withTestSession(reporterOwner, () =>
        reportEnquiryAction({ enquiryId: thread.id, organizationId: reporter.id, reason: "Werbung statt einer Anfrage." }),
      );
      if (!report.ok) throw new Error(JSON.stringify(report));
      return report.data.reportId;
    };
    const sharedReport = await reportedThread(shared, "Šrouby levně");
    const soloReport = await reportedThread(solo, "Matice levně");
    for (const id of [sharedReport, soloReport]) {
      expect((await testDb.db.abuseReport.findUniqueOrThrow({ where: { id } })).reportedMessages).toContain("Jana Mizíková:");
    }

    // Audit rows by her, about her account, and about her as a team member.
    await testDb.db.auditLog.createMany({
      data: [
        { actorUserId: leaver.id, action: "listing.create", entityType: "Listing", entityId: "l-1", metadata: { organizationId: shared.id } },
        { actorUserId: leaver.id, action: "user.password_reset", entityType: "User", entityId: leaver.id },
        { actorUserId: colleague.id, action: "team.role_change", entityType: "Organization", entityId: shared.id, metadata: { userId: leaver.id, from: "OWNER", to: "EDITOR" } },
      ],
    });
    await testDb.db.enquiryRejection.create({ data: { organizationId: shared.id, userId: leaver.id, reason: "DAILY_LIMIT", recipients: 3 } });
    expect((await rowsMentioning(leaver.id)).length).toBeGreaterThan(0);

    const result = await withTestSession(leaver, () => deleteAccountAction({ password: TEST_PASSWORD }));
    expect(result).toEqual({ ok: true, data: { deleted: true } });

    // Nothing anywhere in the database still names her, points to her or holds her address.
    expect(await rowsMentioning(leaver.id, leaver.email, "Jana", "Mizíková")).toEqual([]);

    const kept = await testDb.db.eventRegistration.findUniqueOrThrow({ where: { id: registration.id } });
    expect(kept).toMatchObject({ organizationId: shared.id, status: "CONFIRMED", userId: null, participantName: "—", note: null, lookingFor: null });

    // The reports remain as evidence: what was written, by which company, but not by whom.
    for (const id of [sharedReport, soloReport]) {
      const report = await testDb.db.abuseReport.findUniqueOrThrow({ where: { id } });
      expect(report.reportedMessages).toMatch(/^\[\d{4}-[^\]]+\] —:\nKupte si naše šrouby, jen dnes!$/);
      expect(report.reportedAuthorUserIds).toEqual([]);
    }
    expect((await testDb.db.abuseReport.findUniqueOrThrow({ where: { id: soloReport } })).reportedOrganizationName).toBe("Solo Mizí s.r.o.");

    // The audit trail still says what happened.
    const actions = await testDb.db.auditLog.findMany({
      where: { OR: [{ entityId: "l-1" }, { entityId: shared.id, action: "team.role_change" }] },
    });
    expect(actions.map((a) => [a.action, a.actorUserId, a.metadata])).toEqual([
      ["listing.create", null, { organizationId: shared.id }],
      ["team.role_change", colleague.id, { from: "OWNER", to: "EDITOR" }],
    ]);
    expect(await testDb.db.enquiryRejection.count({ where: { organizationId: shared.id, reason: "DAILY_LIMIT" } })).toBe(1);
  });
});

describe("abuse report retention", () => {
  it("deletes reports and their message copies after a year, and keeps younger ones", async () => {
    const now = new Date("2027-06-01T10:00:00Z");
    const [reporter, reported] = await Promise.all([createOrganization([]), createOrganization([])]);
    const report = (daysAgo: number) =>
      testDb.db.abuseReport.create({
        data: {
          reporterOrganizationId: reporter.id,
          reportedOrganizationId: reported.id,
          reason: `Spam vor ${daysAgo} Tagen`,
          reportedMessages: "[2026-01-01T00:00:00.000Z] Someone:\nBuy now",
          createdAt: new Date(now.getTime() - daysAgo * 86_400_000),
        },
      });
    const old = await report(ABUSE_REPORT_RETENTION_DAYS + 1);
    const young = await report(ABUSE_REPORT_RETENTION_DAYS - 1);

    const digest = await moderationDigest(testDb.db, { days: 3650, now });
    expect(digest.reports.map((r) => r.id)).toContain(young.id);
    expect(digest.reports.map((r) => r.id)).not.toContain(old.id);
    expect(await testDb.db.abuseReport.count({ where: { id: old.id } })).toBe(0);
    expect(await purgeExpiredAbuseReports(testDb.db, now)).toBe(0);
    expect(await purgeExpiredAbuseReports(testDb.db, new Date(now.getTime() + 2 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await testDb.db.abuseReport.count({ where: { id: young.id } })).toBe(0);
  });
});
