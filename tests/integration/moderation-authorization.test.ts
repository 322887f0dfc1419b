// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionErrorCode, ActionResult } from "@/lib/actions/safe-action";
import { isPlatformManager } from "@/lib/auth/permissions";
import { loadSessionUser } from "@/lib/auth/session";
import { withTestSession } from "@/lib/auth/test-session";
import { dismissReportAction } from "@/lib/moderation/actions/dismiss-report";
import { suspendCompanyEnquiriesAction } from "@/lib/moderation/actions/suspend-company-enquiries";
import { undoModerationStepAction } from "@/lib/moderation/actions/undo-moderation-step";
import { unpublishReportedContentAction } from "@/lib/moderation/actions/unpublish-reported-content";
import { warnCompanyAction } from "@/lib/moderation/actions/warn-company";
import { mayModerateFor } from "@/lib/moderation/access";
import { institutionsModeratedBy, reportForModeration } from "@/lib/moderation/queries";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { withUnknownId } from "./authorization/matrix";
import { moderationScenario } from "./support/moderation-fixtures";

/**
 * Every moderation mutation and page, for the callers moderation knows: a platform admin, the
 * admin and the staff of the institution that lists the reported company, staff of another
 * institution, the reported company's owner, and nobody signed in. Each action is tried in the
 * platform's name (no institution) and in the listing institution's name. Refusals to those who
 * may not know the report must read exactly as for an id nobody has.
 */
const ROLES = [
  "platformAdmin",
  "institutionAdmin",
  "institutionStaff",
  "otherInstitution",
  "companyOwner",
  "anonymous",
] as const;
type Role = (typeof ROLES)[number];
type Outcome = "ok" | ActionErrorCode;
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

function actor(s: Scenario, role: Role) {
  const users = {
    platformAdmin: s.users.admin,
    institutionAdmin: s.users.institutionAdmin,
    institutionStaff: s.users.institutionStaff,
    otherInstitution: s.users.otherStaff,
    companyOwner: s.users.owner,
    anonymous: null,
  };
  return users[role];
}

const REASON = "Verlangt Vorkasse von allen Kunden.";
const PLATFORM: Record<Role, Outcome> = {
  platformAdmin: "ok",
  institutionAdmin: "forbidden",
  institutionStaff: "forbidden",
  otherInstitution: "forbidden",
  companyOwner: "forbidden",
  anonymous: "unauthorized",
};
const INSTITUTION: Record<Role, Outcome> = {
  platformAdmin: "ok",
  institutionAdmin: "ok",
  institutionStaff: "ok",
  otherInstitution: "not_found",
  companyOwner: "not_found",
  anonymous: "unauthorized",
};

interface Mutation {
  call: (input: never) => Promise<ActionResult<unknown>>;
  input: (s: Scenario, institutionId: string | undefined) => Promise<Record<string, unknown>>;
  hidden: string;
}

const MUTATIONS: Record<string, Mutation> = {
  dismissReportAction: {
    call: dismissReportAction,
    hidden: "reportId",
    input: async (s, institutionId) => ({ reportId: s.reportId, institutionId, reason: REASON }),
  },
  warnCompanyAction: {
    call: warnCompanyAction,
    hidden: "reportId",
    input: async (s, institutionId) => ({ reportId: s.reportId, institutionId, reason: REASON }),
  },
  unpublishReportedContentAction: {
    call: unpublishReportedContentAction,
    hidden: "reportId",
    input: async (s, institutionId) => ({
      reportId: s.reportId,
      institutionId,
      target: "LISTING",
      listingId: s.listingId,
      reason: REASON,
    }),
  },
  suspendCompanyEnquiriesAction: {
    call: suspendCompanyEnquiriesAction,
    hidden: "reportId",
    input: async (s, institutionId) => ({ reportId: s.reportId, institutionId, reason: REASON }),
  },
  undoModerationStepAction: {
    call: undoModerationStepAction,
    hidden: "moderationActionId",
    input: async (s, institutionId) => {
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
      return { moderationActionId: step.id, institutionId, reason: "Aufgehoben nach Rückfrage." };
    },
  },
};

const cells = Object.entries(MUTATIONS).flatMap(([name, m]) =>
  (["platform", "institution"] as const).flatMap((form) =>
    ROLES.map((role) => [name, form, role, (form === "platform" ? PLATFORM : INSTITUTION)[role], m] as const),
  ),
);

describe("moderation mutations", () => {
  it.each(cells)("%s in the %s's name as %s → %s", async (_name, form, role, expected, m) => {
    const s = await moderationScenario();
    const input = await m.input(s, form === "institution" ? s.institution.id : undefined);
    const user = actor(s, role);
    const call = (i: unknown) => withTestSession(user, () => m.call(i as never), { ip: "198.51.100.7" });
    const result = await call(input);
    expect({ outcome: result.ok ? "ok" : result.code, result }).toMatchObject({ outcome: expected });
    const steps = await testDb.db.moderationAction.count({ where: { organizationId: s.reported.id, undoneAt: null } });
    const undone = await testDb.db.moderationAction.count({
      where: { organizationId: s.reported.id, undoneAt: { not: null } },
    });
    if (result.ok) {
      expect(steps + undone).toBeGreaterThan(0);
    } else {
      // A refused call changes nothing: no new step, nothing undone.
      expect(undone).toBe(0);
      expect(steps).toBe(_name === "undoModerationStepAction" ? 1 : 0);
      if (expected === "not_found") expect(await call(withUnknownId(input, m.hidden))).toEqual(result);
    }
  });
});

/** What each moderation page lets the caller see, by the same checks the pages make. */
const PAGES: Record<
  string,
  {
    check: (s: Scenario, user: Awaited<ReturnType<typeof loadSessionUser>>) => Promise<boolean>;
    expect: Record<Role, boolean>;
  }
> = {
  "/admin/moderation, /admin/moderation/[id], /admin/audit": {
    check: async (_s, user) => isPlatformManager(user),
    expect: {
      platformAdmin: true,
      institutionAdmin: false,
      institutionStaff: false,
      otherInstitution: false,
      companyOwner: false,
      anonymous: false,
    },
  },
  "/organizer/moderation (the listing institution's queue)": {
    check: async (s, user) =>
      Boolean(user) && (await institutionsModeratedBy(user!)).some((i) => i.id === s.institution.id),
    expect: {
      platformAdmin: false,
      institutionAdmin: true,
      institutionStaff: true,
      otherInstitution: false,
      companyOwner: false,
      anonymous: false,
    },
  },
  "/organizer/moderation/[id]?institution=": {
    check: async (s, user) =>
      mayModerateFor(user, s.institution.id) && (await reportForModeration(s.reportId, s.institution.id)) !== null,
    expect: {
      platformAdmin: true,
      institutionAdmin: true,
      institutionStaff: true,
      otherInstitution: false,
      companyOwner: false,
      anonymous: false,
    },
  },
  "/organizer/moderation/[id] in another institution's name": {
    check: async (s, user) =>
      mayModerateFor(user, s.otherInstitution.id) &&
      (await reportForModeration(s.reportId, s.otherInstitution.id)) !== null,
    expect: {
      platformAdmin: false,
      institutionAdmin: false,
      institutionStaff: false,
      otherInstitution: false,
      companyOwner: false,
      anonymous: false,
    },
  },
};

describe.each(Object.entries(PAGES))("page %s", (_page, p) => {
  it.each(ROLES.map((role) => [role, p.expect[role]] as const))("as %s → %s", async (role, expected) => {
    const s = await moderationScenario();
    const user = actor(s, role);
    const session = user ? await loadSessionUser(user.id) : null;
    expect(await p.check(s, session)).toBe(expected);
  });
});
