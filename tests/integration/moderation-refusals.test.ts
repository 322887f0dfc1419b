// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import { withTestSession } from "@/lib/auth/test-session";
import { dismissReportAction } from "@/lib/moderation/actions/dismiss-report";
import { suspendCompanyEnquiriesAction } from "@/lib/moderation/actions/suspend-company-enquiries";
import { undoModerationStepAction } from "@/lib/moderation/actions/undo-moderation-step";
import { unpublishReportedContentAction } from "@/lib/moderation/actions/unpublish-reported-content";
import { warnCompanyAction } from "@/lib/moderation/actions/warn-company";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { moderationScenario } from "./support/moderation-fixtures";

/**
 * Who may take a moderation step is in the authorization matrix (moderation.rows.ts); this
 * checks what the matrix does not: a refused step leaves everything as it was. No step is
 * recorded (a warning or a suspension is one), none is undone, listing and profile stay published.
 */
type Scenario = Awaited<ReturnType<typeof moderationScenario>>;

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

const REASON = "Verlangt Vorkasse von allen Kunden.";

const MUTATIONS: Record<string, (s: Scenario, institutionId: string | undefined) => Promise<ActionResult<unknown>>> = {
  dismissReportAction: (s, institutionId) => dismissReportAction({ reportId: s.reportId, institutionId, reason: REASON }),
  warnCompanyAction: (s, institutionId) => warnCompanyAction({ reportId: s.reportId, institutionId, reason: REASON }),
  unpublishReportedContentAction: (s, institutionId) =>
    unpublishReportedContentAction({ reportId: s.reportId, institutionId, target: "LISTING", listingId: s.listingId, reason: REASON }),
  suspendCompanyEnquiriesAction: (s, institutionId) =>
    suspendCompanyEnquiriesAction({ reportId: s.reportId, institutionId, reason: REASON }),
  undoModerationStepAction: async (s, institutionId) => {
    const step = await testDb.db.moderationAction.create({
      data: {
        kind: "SUSPEND_ENQUIRIES",
        reportId: s.reportId,
        organizationId: s.reported.id,
        institutionId: institutionId ?? null,
        reason: REASON,
        actorUserId: s.users.institutionStaff.id,
      },
    });
    return undoModerationStepAction({ moderationActionId: step.id, institutionId, reason: "Aufgehoben nach Rückfrage." });
  },
};

/** Callers refused in each form: the listing institution's staff may act in its name, not the platform's. */
const REFUSED = {
  "the platform's": ["institutionStaff", "otherStaff", "owner"],
  "the listing institution's": ["otherStaff", "owner", "editor"],
} as const;

const cells = Object.entries(MUTATIONS).flatMap(([name, run]) =>
  Object.entries(REFUSED).flatMap(([form, callers]) => callers.map((caller) => [name, form, caller, run] as const)),
);

describe("a refused moderation step", () => {
  it.each(cells)("%s in %s name by %s changes nothing", async (name, form, caller, run) => {
    const s = await moderationScenario();
    const institutionId = form === "the platform's" ? undefined : s.institution.id;
    const result = await withTestSession(s.users[caller], () => run(s, institutionId), { ip: "198.51.100.7" });
    expect(result.ok).toBe(false);
    const steps = await testDb.db.moderationAction.findMany({ where: { organizationId: s.reported.id } });
    // The undo row brings its own step, which must still be in force.
    expect(steps.map((step) => step.undoneAt)).toEqual(name === "undoModerationStepAction" ? [null] : []);
    const listing = await testDb.db.listing.findUniqueOrThrow({ where: { id: s.listingId } });
    expect(listing.status).toBe("PUBLISHED");
    const company = await testDb.db.organization.findUniqueOrThrow({ where: { id: s.reported.id } });
    expect(company.status).toBe("PUBLISHED");
  });
});
