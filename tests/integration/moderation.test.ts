// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLogPage } from "@/lib/audit/queries";
import { deleteAccountInTx } from "@/lib/privacy/account-deletion";
import { withTestSession } from "@/lib/auth/test-session";
import { publishCompanyAction } from "@/lib/companies/actions/publish-company";
import { replyToEnquiryAction } from "@/lib/enquiries/actions/reply-to-enquiry";
import { sendEnquiryAction } from "@/lib/enquiries/actions/send-enquiry";
import type { Locale } from "@/lib/i18n/routing";
import { publishListingAction } from "@/lib/listings/actions/publish-listing";
import { dismissReportAction } from "@/lib/moderation/actions/dismiss-report";
import { suspendCompanyEnquiriesAction } from "@/lib/moderation/actions/suspend-company-enquiries";
import { undoModerationStepAction } from "@/lib/moderation/actions/undo-moderation-step";
import { unpublishReportedContentAction } from "@/lib/moderation/actions/unpublish-reported-content";
import { warnCompanyAction } from "@/lib/moderation/actions/warn-company";
import { moderationNoticesFor, moderationQueue, reportForModeration } from "@/lib/moderation/queries";
import { createSearchEngine } from "@/lib/search/engine-factory";
import { drainOutbox } from "@/lib/search/worker";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { fileReport, moderationScenario } from "./support/moderation-fixtures";

const engine = createSearchEngine(testDb.db, {});
const search = (q: string) => engine.search({ q, locale: "de", filters: {}, page: 1, pageSize: 20 });
let capture: SmtpCapture;

beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
});
afterAll(async () => {
  await capture.stop();
  await testDb.drop();
});
beforeEach(() => resetAllLimits());

const as = <T>(user: { id: string }, fn: () => Promise<T>, locale: Locale = "de") =>
  withTestSession(user, fn, { locale });
const REASON = "Vorkasse-Betrug, mehrfach gemeldet.";

async function listingHits(word: string, listingId: string) {
  await drainOutbox(testDb.db, engine);
  return (await search(word)).hits.filter((h) => h.id === `offer:${listingId}`).length;
}

describe("unpublishing a reported listing", () => {
  it("takes it out of search, keeps the company from republishing it, records and undoes it", async () => {
    const s = await moderationScenario();
    expect(await listingHits(s.word, s.listingId)).toBe(1);

    const done = await as(s.users.admin, () =>
      unpublishReportedContentAction({
        reportId: s.reportId,
        target: "LISTING",
        listingId: s.listingId,
        reason: REASON,
      }),
    );
    expect(done).toMatchObject({ ok: true });
    const stepId = done.ok ? done.data.moderationActionId : "";
    expect((await testDb.db.listing.findUniqueOrThrow({ where: { id: s.listingId } })).status).toBe("UNPUBLISHED");
    expect(await listingHits(s.word, s.listingId)).toBe(0);

    // The audit row names the step, the report and the company, and the viewer finds it by organization.
    const audit = await testDb.db.auditLog.findFirstOrThrow({
      where: { entityType: "ModerationAction", entityId: stepId },
    });
    expect(audit).toMatchObject({ action: "moderation.unpublish_listing", actorUserId: s.users.admin.id });
    expect(audit.metadata).toMatchObject({
      reportId: s.reportId,
      organizationId: s.reported.id,
      listingId: s.listingId,
    });
    const viewer = await auditLogPage({ organization: s.reported.name, page: 1 });
    expect(viewer.rows.map((r) => r.action)).toContain("moderation.unpublish_listing");

    // The company reads why, in its pages and by mail in each member's language.
    const notices = await moderationNoticesFor(s.reported.id);
    expect(notices).toMatchObject([{ kind: "UNPUBLISH_LISTING", reason: REASON, listingId: s.listingId }]);
    const czech = await capture.waitForMail(s.users.owner.email, (m) => m.text.includes(REASON));
    expect(czech.subject).toBe("Zveřejnění vaší položky na Grenzpartner bylo zrušeno");
    const english = await capture.waitForMail(s.users.editor.email, (m) => m.text.includes(REASON));
    expect(english.subject).toBe("Your listing on Grenzpartner was unpublished");

    const republish = await as(s.users.owner, () => publishListingAction({ listingId: s.listingId }), "cs");
    expect(republish).toMatchObject({ ok: false, code: "conflict" });
    expect(!republish.ok && republish.formError).toBe(
      `Moderátoři zrušili zveřejnění, proto to zatím nelze znovu zveřejnit. Zdůvodnění moderátorů: ${REASON}`,
    );
    expect((await moderationQueue(null, { state: "open", page: 1 })).reports.map((r) => r.id)).not.toContain(
      s.reportId,
    );

    const undo = await as(s.users.admin, () =>
      undoModerationStepAction({ moderationActionId: stepId, reason: "Die Firma hat den Vorwurf widerlegt." }),
    );
    expect(undo).toMatchObject({ ok: true });
    expect((await testDb.db.listing.findUniqueOrThrow({ where: { id: s.listingId } })).status).toBe("PUBLISHED");
    expect(await listingHits(s.word, s.listingId)).toBe(1);
    expect(await moderationNoticesFor(s.reported.id)).toEqual([]);
    const step = await testDb.db.moderationAction.findUniqueOrThrow({ where: { id: stepId } });
    expect(step).toMatchObject({ undoneById: s.users.admin.id, undoReason: "Die Firma hat den Vorwurf widerlegt." });
    expect(
      await testDb.db.auditLog.count({
        where: { action: "moderation.undo", entityId: stepId, actorUserId: s.users.admin.id },
      }),
    ).toBe(1);
    expect((await moderationQueue(null, { state: "open", page: 1 })).reports.map((r) => r.id)).toContain(s.reportId);

    // Undoing twice is refused; the first undo stands.
    const again = await as(s.users.admin, () =>
      undoModerationStepAction({ moderationActionId: stepId, reason: "Noch einmal bitte." }),
    );
    expect(again).toMatchObject({
      ok: false,
      code: "conflict",
      formError: "Dieser Schritt wurde bereits rückgängig gemacht.",
    });
  });

  it("takes the whole profile and its listings out of search, and refuses a republish until undone", async () => {
    const s = await moderationScenario();
    expect(await listingHits(s.word, s.listingId)).toBe(1);
    const done = await as(s.users.admin, () =>
      unpublishReportedContentAction({ reportId: s.reportId, target: "PROFILE", reason: REASON }),
    );
    expect(done).toMatchObject({ ok: true });
    expect(await listingHits(s.word, s.listingId)).toBe(0);
    const republish = await as(s.users.owner, () => publishCompanyAction({ organizationId: s.reported.id }), "en");
    expect(republish).toMatchObject({
      ok: false,
      code: "conflict",
      formError: `The moderation has unpublished this, so it cannot be published again for now. The moderation's reason: ${REASON}`,
    });
    const twice = await as(s.users.admin, () =>
      unpublishReportedContentAction({ reportId: s.reportId, target: "PROFILE", reason: REASON }),
    );
    expect(twice).toMatchObject({ ok: false, code: "conflict" });
  });

  it("refuses a listing of another company and a reason that says nothing, in the moderator's language", async () => {
    const s = await moderationScenario();
    const foreign = await testDb.db.listing.create({
      data: { organizationId: s.reporter.id, kind: "OFFER", titleDe: "Fremd", status: "PUBLISHED" },
    });
    const wrong = await as(
      s.users.admin,
      () =>
        unpublishReportedContentAction({
          reportId: s.reportId,
          target: "LISTING",
          listingId: foreign.id,
          reason: REASON,
        }),
      "cs",
    );
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { listingId: "Vyberte prosím nabídku nebo poptávku nahlášené firmy." },
    });
    expect((await testDb.db.listing.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("PUBLISHED");

    const short = await as(s.users.admin, () => dismissReportAction({ reportId: s.reportId, reason: "  ok  " }), "de");
    expect(short).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { reason: "Bitte mindestens 10 Zeichen eingeben." },
    });
    const nul = await as(
      s.users.admin,
      () => dismissReportAction({ reportId: s.reportId, reason: "Betrug\u0000 mit Vorkasse" }),
      "en",
    );
    expect(nul).toMatchObject({ ok: false, code: "validation", fieldErrors: { reason: "This value is not valid." } });
    expect(await testDb.db.moderationAction.count({ where: { reportId: s.reportId } })).toBe(0);
  });
});

describe("suspending a company from sending enquiries", () => {
  it("refuses new enquiries and replies with the reason in the sender's language, until undone", async () => {
    const s = await moderationScenario();
    await testDb.db.user.updateMany({
      where: { id: { in: [s.users.owner.id, s.users.reporterOwner.id] } },
      data: { createdAt: new Date(Date.now() - 3 * 86_400_000) },
    });
    await testDb.db.organization.update({
      where: { id: s.reporter.id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    const thread = await testDb.db.enquiry.create({
      data: {
        batchId: crypto.randomUUID(),
        senderOrganizationId: s.reported.id,
        recipientOrganizationId: s.reporter.id,
        subject: "Angebot",
      },
    });
    const enquiry = {
      organizationId: s.reported.id,
      recipientIds: [s.reporter.id],
      subject: "Noch ein Angebot",
      message: "Bitte überweisen Sie vorab.",
    };

    const suspended = await as(s.users.admin, () =>
      suspendCompanyEnquiriesAction({ reportId: s.reportId, reason: REASON }),
    );
    expect(suspended).toMatchObject({ ok: true });

    const sent = await as(s.users.owner, () => sendEnquiryAction(enquiry), "cs");
    expect(sent).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: `Vaše firma momentálně nesmí odesílat poptávky ani zprávy. Zdůvodnění moderátorů: ${REASON}`,
    });
    const reply = await as(s.users.owner, () =>
      replyToEnquiryAction({ organizationId: s.reported.id, enquiryId: thread.id, message: "Antwort" }),
    );
    expect(reply).toMatchObject({ ok: false, code: "forbidden" });
    expect(await testDb.db.enquiry.count({ where: { senderOrganizationId: s.reported.id } })).toBe(1);
    expect(await moderationNoticesFor(s.reported.id)).toMatchObject([{ kind: "SUSPEND_ENQUIRIES", reason: REASON }]);
    // The company it wrote to may still answer: the suspension binds the reported company only.
    const answer = await as(s.users.reporterOwner, () =>
      replyToEnquiryAction({ organizationId: s.reporter.id, enquiryId: thread.id, message: "Nein danke." }),
    );
    expect(answer).toMatchObject({ ok: true });

    const stepId = suspended.ok ? suspended.data.moderationActionId : "";
    expect(
      await as(s.users.admin, () =>
        undoModerationStepAction({ moderationActionId: stepId, reason: "Sperre aufgehoben nach Gespräch." }),
      ),
    ).toMatchObject({
      ok: true,
    });
    expect(await as(s.users.owner, () => sendEnquiryAction(enquiry))).toMatchObject({ ok: true });
  });
});

describe("warnings and dismissals", () => {
  it("warns the company's members by mail in their languages, and a dismissal closes the report until undone", async () => {
    const s = await moderationScenario();
    const warned = await as(s.users.admin, () =>
      warnCompanyAction({ reportId: s.reportId, reason: "Bitte keine Vorkasse verlangen." }),
    );
    expect(warned).toMatchObject({ ok: true });
    const mail = await capture.waitForMail(s.users.owner.email, (m) =>
      m.text.includes("Bitte keine Vorkasse verlangen."),
    );
    expect(mail.subject).toBe(`Varování pro firmu ${s.reported.name} na Grenzpartner`);
    await capture.waitForMail(
      s.users.editor.email,
      (m) => m.subject === `A warning about ${s.reported.name} on Grenzpartner`,
    );
    expect(capture.mailsTo(s.users.reporterOwner.email).filter((m) => m.text.includes("Bitte keine Vorkasse"))).toEqual(
      [],
    );

    const other = await fileReport(
      s.reporter.id,
      s.users.reporterOwner.id,
      s.reported,
      "Unhöflicher Ton, aber kein Betrug.",
    );
    const dismissed = await as(s.users.admin, () =>
      dismissReportAction({ reportId: other.id, reason: "Kein Verstoß gegen die Regeln." }),
    );
    expect(dismissed).toMatchObject({ ok: true });
    const resolved = await moderationQueue(null, { state: "resolved", page: 1 });
    expect(resolved.reports.find((r) => r.id === other.id)?.inForce).toEqual(["DISMISS"]);
    const detail = await reportForModeration(other.id, null);
    expect(detail?.steps).toMatchObject([
      { kind: "DISMISS", reason: "Kein Verstoß gegen die Regeln.", actor: "Ada Admin" },
    ]);
  });

  it("keeps a step when its moderator deletes the account, without the moderator's id", async () => {
    const s = await moderationScenario();
    const done = await as(s.users.admin, () => suspendCompanyEnquiriesAction({ reportId: s.reportId, reason: REASON }));
    const stepId = done.ok ? done.data.moderationActionId : "";
    await testDb.db.$transaction((tx) => deleteAccountInTx(tx, s.users.admin.id));
    expect(await testDb.db.moderationAction.findUniqueOrThrow({ where: { id: stepId } })).toMatchObject({
      actorUserId: null,
      reason: REASON,
      undoneAt: null,
    });
    expect((await reportForModeration(s.reportId, null))?.steps).toMatchObject([
      { kind: "SUSPEND_ENQUIRIES", actor: null },
    ]);
  });

  it("answers an unknown report id with not found, for platform admins too", async () => {
    const s = await moderationScenario();
    const result = await as(s.users.admin, () =>
      dismissReportAction({ reportId: "c0000000000000000000000000", reason: REASON }),
    );
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("institution scope", () => {
  it("lets an institution moderate the companies it lists or verified, and nothing else", async () => {
    const s = await moderationScenario();
    const staffStep = await as(s.users.institutionStaff, () =>
      warnCompanyAction({
        reportId: s.reportId,
        institutionId: s.institution.id,
        reason: "Verwarnung durch die Kammer.",
      }),
    );
    expect(staffStep).toMatchObject({ ok: true });
    expect(await testDb.db.moderationAction.findFirst({ where: { reportId: s.reportId } })).toMatchObject({
      institutionId: s.institution.id,
      actorUserId: s.users.institutionStaff.id,
    });

    // The other institution neither lists nor verified the company: the report does not exist for it.
    const foreign = await as(s.users.otherStaff, () =>
      warnCompanyAction({ reportId: s.reportId, institutionId: s.otherInstitution.id, reason: REASON }),
    );
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    // Naming the institution that does list it does not help a stranger.
    const stranger = await as(s.users.otherStaff, () =>
      warnCompanyAction({ reportId: s.reportId, institutionId: s.institution.id, reason: REASON }),
    );
    expect(stranger).toMatchObject({ ok: false, code: "not_found" });
    // Without an institution, staff act for the platform, which only platform admins do.
    expect(
      await as(s.users.institutionStaff, () => warnCompanyAction({ reportId: s.reportId, reason: REASON })),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });

    // An active verification brings the company into scope, a revoked one takes it out again.
    const verification = await testDb.db.companyVerification.create({
      data: {
        companyId: s.reported.id,
        institutionId: s.otherInstitution.id,
        memberChecked: true,
        registerChecked: false,
      },
    });
    const verified = await as(s.users.otherStaff, () =>
      dismissReportAction({
        reportId: s.reportId,
        institutionId: s.otherInstitution.id,
        reason: "Geprüft, kein Verstoß.",
      }),
    );
    expect(verified).toMatchObject({ ok: true });
    await testDb.db.companyVerification.update({ where: { id: verification.id }, data: { revokedAt: new Date() } });
    const revoked = await as(s.users.otherStaff, () =>
      dismissReportAction({
        reportId: s.reportId,
        institutionId: s.otherInstitution.id,
        reason: "Noch einmal geprüft.",
      }),
    );
    expect(revoked).toMatchObject({ ok: false, code: "not_found" });

    // The queues follow the same scope.
    const own = await moderationQueue(s.institution.id, { state: "all", page: 1 });
    expect(own.reports.map((r) => r.id)).toEqual([s.reportId]);
    expect((await moderationQueue(s.otherInstitution.id, { state: "all", page: 1 })).total).toBe(0);
    expect(await reportForModeration(s.reportId, s.otherInstitution.id)).toBeNull();
  });

  it("lets an institution undo only its own steps", async () => {
    const s = await moderationScenario();
    const byAdmin = await as(s.users.admin, () =>
      suspendCompanyEnquiriesAction({ reportId: s.reportId, reason: REASON }),
    );
    const adminStepId = byAdmin.ok ? byAdmin.data.moderationActionId : "";
    const undo = await as(s.users.institutionAdmin, () =>
      undoModerationStepAction({
        moderationActionId: adminStepId,
        institutionId: s.institution.id,
        reason: "Die Kammer hebt das auf.",
      }),
    );
    expect(undo).toMatchObject({ ok: false, code: "not_found" });

    const byStaff = await as(s.users.institutionStaff, () =>
      unpublishReportedContentAction({
        reportId: s.reportId,
        institutionId: s.institution.id,
        target: "LISTING",
        listingId: s.listingId,
        reason: REASON,
      }),
    );
    const staffStepId = byStaff.ok ? byStaff.data.moderationActionId : "";
    const undone = await as(s.users.institutionAdmin, () =>
      undoModerationStepAction({
        moderationActionId: staffStepId,
        institutionId: s.institution.id,
        reason: "Irrtum der Kammer.",
      }),
    );
    expect(undone).toMatchObject({ ok: true });
    expect((await testDb.db.listing.findUniqueOrThrow({ where: { id: s.listingId } })).status).toBe("PUBLISHED");
  });
});

describe("audit-log viewer", () => {
  it("filters by user, action and date, and explains filters that match nothing", async () => {
    const s = await moderationScenario();
    await as(s.users.admin, () => dismissReportAction({ reportId: s.reportId, reason: "Kein Verstoß erkennbar." }));
    const byUser = await auditLogPage({ user: s.users.admin.email, page: 1 });
    expect(byUser.rows.map((r) => r.action)).toEqual(["moderation.dismiss"]);
    expect(byUser.rows[0].actor?.email).toBe(s.users.admin.email);
    // The filter reads days in the portal's time zone.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
    expect(
      (await auditLogPage({ user: s.users.admin.email, action: "moderation.dismiss", from: today, to: today, page: 1 }))
        .total,
    ).toBe(1);
    expect(
      (await auditLogPage({ user: s.users.admin.email, from: "2020-01-01", to: "2020-12-31", page: 1 })).total,
    ).toBe(0);
    expect((await auditLogPage({ from: "2026-02-30", page: 1 })).problems).toEqual(["badDate"]);
    expect((await auditLogPage({ organization: "nobody by this name", page: 1 })).problems).toEqual(["noOrganization"]);
    expect((await auditLogPage({ user: "nobody@nowhere.example", page: 1 })).total).toBe(0);
    // Control characters in a shared link are dropped rather than sent to the database.
    expect(
      (await auditLogPage({ user: `\u0000${s.users.admin.email}`, action: "moderation.dismiss\u0000", page: 1 })).total,
    ).toBe(1);
  });
});
