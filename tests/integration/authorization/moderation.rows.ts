// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { dismissReportAction } from "../../../lib/moderation/actions/dismiss-report";
import { suspendCompanyEnquiriesAction } from "../../../lib/moderation/actions/suspend-company-enquiries";
import { undoModerationStepAction } from "../../../lib/moderation/actions/undo-moderation-step";
import { unpublishReportedContentAction } from "../../../lib/moderation/actions/unpublish-reported-content";
import { warnCompanyAction } from "../../../lib/moderation/actions/warn-company";
import { row, rows, type MatrixFixture } from "./matrix";

/**
 * Moderation steps in the institution's name: the organizer lists `company`, and a report about
 * `company` exists. The institution's staff and platform admins may act; to everyone else, the
 * company's own members included, the report does not exist. In the platform's name (no
 * institution) only platform admins may act; anyone else is refused outright.
 */
const MODERATORS = {
  anonymous: "unauthorized",
  otherMember: "not_found",
  organizerStaff: "ok",
  admin: "ok",
  editor: "not_found",
  owner: "not_found",
} as const;

const PLATFORM = { ...MODERATORS, otherMember: "forbidden", organizerStaff: "forbidden", editor: "forbidden", owner: "forbidden" } as const;

const REASON = "Betrugsversuch mit Vorkasse.";

async function report(f: MatrixFixture) {
  await f.db.institutionMember.create({ data: { institutionId: f.organizer.id, companyId: f.company.id } });
  const created = await f.db.abuseReport.create({
    data: {
      reporterOrganizationId: f.otherCompany.id,
      reportedOrganizationId: f.company.id,
      reason: "Verlangt Vorkasse.",
      reportedOrganizationName: f.company.name,
      reportedMessages: "[2026-01-01T10:00:00.000Z] Petr:\nBitte vorab zahlen.",
    },
  });
  return created.id;
}

async function published(f: MatrixFixture) {
  await f.db.organization.update({
    where: { id: f.company.id },
    data: { status: "PUBLISHED", publishedAt: new Date() },
  });
  const listing = await f.db.listing.create({
    data: {
      organizationId: f.company.id,
      kind: "OFFER",
      titleDe: "Drehteile",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  return listing.id;
}

const stepsOf = (f: MatrixFixture) => f.db.moderationAction.findMany({ where: { organizationId: f.company.id } });

export default rows({
  dismissReportAction: row({
    action: dismissReportAction,
    input: async (f) => ({ reportId: await report(f), institutionId: f.organizer.id, reason: REASON }),
    expect: MODERATORS,
    hidden: "reportId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ kind: "DISMISS", institutionId: f.organizer.id }]),
  }),
  warnCompanyAction: row({
    action: warnCompanyAction,
    input: async (f) => ({ reportId: await report(f), institutionId: f.organizer.id, reason: REASON }),
    expect: MODERATORS,
    hidden: "reportId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ kind: "WARN" }]),
  }),
  unpublishReportedContentAction: row({
    action: unpublishReportedContentAction,
    input: async (f) => ({
      listingId: await published(f),
      reportId: await report(f),
      institutionId: f.organizer.id,
      target: "LISTING" as const,
      reason: REASON,
    }),
    expect: MODERATORS,
    hidden: "reportId",
    verify: async (f) => {
      const [step] = await stepsOf(f);
      expect(step.kind).toBe("UNPUBLISH_LISTING");
      expect((await f.db.listing.findUniqueOrThrow({ where: { id: step.listingId! } })).status).toBe("UNPUBLISHED");
    },
  }),
  suspendCompanyEnquiriesAction: row({
    action: suspendCompanyEnquiriesAction,
    input: async (f) => ({ reportId: await report(f), institutionId: f.organizer.id, reason: REASON }),
    expect: MODERATORS,
    hidden: "reportId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ kind: "SUSPEND_ENQUIRIES", undoneAt: null }]),
  }),
  undoModerationStepAction: row({
    action: undoModerationStepAction,
    input: async (f) => {
      const reportId = await report(f);
      const step = await f.db.moderationAction.create({
        data: {
          kind: "SUSPEND_ENQUIRIES",
          reportId,
          organizationId: f.company.id,
          institutionId: f.organizer.id,
          reason: REASON,
          actorUserId: f.users.organizerStaff.id,
        },
      });
      return { moderationActionId: step.id, institutionId: f.organizer.id, reason: "Irrtum, aufgehoben." };
    },
    expect: MODERATORS,
    hidden: "moderationActionId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ undoReason: "Irrtum, aufgehoben." }]),
  }),
  "dismissReportAction in the platform's name": row({
    action: dismissReportAction,
    input: async (f) => ({ reportId: await report(f), reason: REASON }),
    expect: PLATFORM,
    hidden: "reportId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ kind: "DISMISS", institutionId: null }]),
  }),
  "warnCompanyAction in the platform's name": row({
    action: warnCompanyAction,
    input: async (f) => ({ reportId: await report(f), reason: REASON }),
    expect: PLATFORM,
    hidden: "reportId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ kind: "WARN", institutionId: null }]),
  }),
  "unpublishReportedContentAction in the platform's name": row({
    action: unpublishReportedContentAction,
    input: async (f) => ({ listingId: await published(f), reportId: await report(f), target: "LISTING" as const, reason: REASON }),
    expect: PLATFORM,
    hidden: "reportId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ kind: "UNPUBLISH_LISTING", institutionId: null }]),
  }),
  "suspendCompanyEnquiriesAction in the platform's name": row({
    action: suspendCompanyEnquiriesAction,
    input: async (f) => ({ reportId: await report(f), reason: REASON }),
    expect: PLATFORM,
    hidden: "reportId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ kind: "SUSPEND_ENQUIRIES", institutionId: null }]),
  }),
  "undoModerationStepAction in the platform's name": row({
    action: undoModerationStepAction,
    input: async (f) => {
      const step = await f.db.moderationAction.create({
        data: {
          kind: "SUSPEND_ENQUIRIES",
          reportId: await report(f),
          organizationId: f.company.id,
          reason: REASON,
          actorUserId: f.users.admin.id,
        },
      });
      return { moderationActionId: step.id, reason: "Irrtum, aufgehoben." };
    },
    expect: PLATFORM,
    hidden: "moderationActionId",
    verify: async (f) => expect(await stepsOf(f)).toMatchObject([{ institutionId: null, undoReason: "Irrtum, aufgehoben." }]),
  }),
});
