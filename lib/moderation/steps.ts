// SPDX-License-Identifier: EUPL-1.2
import { ActionError } from "../actions/safe-action";
import { recordAudit, type AuditAction } from "../audit/log";
import { lockOrganization } from "../companies/organization-lock";
import type { DbTx } from "../db/prisma";
import type { ModerationActionKind } from "../generated/prisma/enums";
import { trilingual, type Trilingual } from "../i18n/localized";
import type { OutgoingMail } from "../mail/transport";
import { enqueueSearchUpdates } from "../search/outbox";
import { companyMembers, moderationNoticeMail } from "./mails";

/**
 * The moderation's steps and their undoing, each inside the caller's transaction: the change,
 * the ModerationAction row that explains it to the company, the audit row and the search
 * outbox row commit together. The company is locked first, as every publication change does,
 * so a moderator's takedown and the owner's "publish" never interleave.
 */
export const AUDIT_FOR_KIND: Record<ModerationActionKind, AuditAction> = {
  DISMISS: "moderation.dismiss",
  WARN: "moderation.warn",
  UNPUBLISH_LISTING: "moderation.unpublish_listing",
  UNPUBLISH_PROFILE: "moderation.unpublish_profile",
  SUSPEND_ENQUIRIES: "moderation.suspend_enquiries",
};

/** Steps that stay in force until undone; at most one of each per company (and listing). */
const LASTING: ReadonlySet<ModerationActionKind> = new Set([
  "UNPUBLISH_LISTING",
  "UNPUBLISH_PROFILE",
  "SUSPEND_ENQUIRIES",
]);

export interface Moderator {
  userId: string;
  /** The institution the moderator acts for; null for platform admins. */
  institutionId: string | null;
}

export interface StepOutcome {
  moderationActionId: string;
  mails: OutgoingMail[];
}

export async function takeModerationStep(
  tx: DbTx,
  p: { reportId: string; kind: ModerationActionKind; listingId?: string; reason: string; moderator: Moderator },
): Promise<StepOutcome> {
  const report = await tx.abuseReport.findUnique({
    where: { id: p.reportId },
    select: { id: true, reportedOrganizationId: true },
  });
  if (!report) throw new ActionError("not_found");
  const companyId = report.reportedOrganizationId;
  const companyExists = await lockOrganization(tx, companyId);
  // A report about a company that has since been deleted can still be closed, nothing more.
  if (!companyExists && p.kind !== "DISMISS")
    throw new ActionError("conflict", { message: "Moderation.errors.companyGone" });
  const company = companyExists
    ? await tx.organization.findUniqueOrThrow({ where: { id: companyId }, select: { name: true, status: true } })
    : null;

  let listingTitle: Trilingual | null = null;
  if (p.kind === "UNPUBLISH_LISTING") {
    // The listing's own lock as well, which the company's publish and unpublish buttons take.
    if (p.listingId) await tx.$queryRaw`SELECT id FROM "Listing" WHERE id = ${p.listingId} FOR UPDATE`;
    const listing = p.listingId
      ? await tx.listing.findFirst({
          where: { id: p.listingId, organizationId: companyId },
          select: { id: true, status: true, titleDe: true, titleCs: true, titleEn: true },
        })
      : null;
    if (!listing)
      throw new ActionError("validation", { field: "listingId", message: "Moderation.errors.listingNotOfCompany" });
    if (listing.status !== "PUBLISHED")
      throw new ActionError("conflict", { message: "Moderation.errors.notPublished" });
    listingTitle = trilingual(listing, "title");
  }
  if (p.kind === "UNPUBLISH_PROFILE" && company?.status !== "PUBLISHED") {
    throw new ActionError("conflict", { message: "Moderation.errors.notPublished" });
  }
  if (LASTING.has(p.kind)) {
    const active = await tx.moderationAction.count({
      where: {
        kind: p.kind,
        organizationId: companyId,
        undoneAt: null,
        ...(p.kind === "UNPUBLISH_LISTING" ? { listingId: p.listingId } : {}),
      },
    });
    if (active) throw new ActionError("conflict", { message: "Moderation.errors.alreadyInForce" });
  }

  if (p.kind === "UNPUBLISH_LISTING") {
    await tx.listing.update({ where: { id: p.listingId }, data: { status: "UNPUBLISHED" } });
    await enqueueSearchUpdates(tx, "LISTING", [p.listingId!]);
  } else if (p.kind === "UNPUBLISH_PROFILE") {
    await tx.organization.update({ where: { id: companyId }, data: { status: "UNPUBLISHED" } });
    // The indexer rebuilds the company together with its listings, which leave search with it.
    await enqueueSearchUpdates(tx, "COMPANY", [companyId]);
  }

  const step = await tx.moderationAction.create({
    data: {
      kind: p.kind,
      reportId: report.id,
      organizationId: companyExists ? companyId : null,
      listingId: p.kind === "UNPUBLISH_LISTING" ? p.listingId : null,
      institutionId: p.moderator.institutionId,
      reason: p.reason,
      actorUserId: p.moderator.userId,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    action: AUDIT_FOR_KIND[p.kind],
    actorUserId: p.moderator.userId,
    entityType: "ModerationAction",
    entityId: step.id,
    metadata: {
      reportId: report.id,
      organizationId: companyId,
      ...(p.kind === "UNPUBLISH_LISTING" ? { listingId: p.listingId } : {}),
      ...(p.moderator.institutionId ? { institutionId: p.moderator.institutionId } : {}),
    },
  });

  const mails =
    p.kind === "DISMISS" || !company
      ? []
      : (await companyMembers(tx, companyId)).map((member) =>
          moderationNoticeMail(member, {
            kind: p.kind as Exclude<ModerationActionKind, "DISMISS">,
            company: company.name,
            organizationId: companyId,
            reason: p.reason,
            listingTitle,
          }),
        );
  return { moderationActionId: step.id, mails };
}

/**
 * Takes a step back: what was taken down is published again (if the company has not changed
 * it meanwhile), a suspension ends, a dismissed report is open again. A warning cannot be
 * unsent; undoing it marks it withdrawn on the company's page.
 */
export async function undoModerationStep(
  tx: DbTx,
  p: { moderationActionId: string; reason: string; moderator: Moderator },
): Promise<void> {
  const found = await tx.moderationAction.findUnique({
    where: { id: p.moderationActionId },
    select: { organizationId: true },
  });
  if (!found) throw new ActionError("not_found");
  if (found.organizationId) await lockOrganization(tx, found.organizationId);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ModerationAction" WHERE id = ${p.moderationActionId} FOR UPDATE`;
  if (!rows.length) throw new ActionError("not_found");
  const step = await tx.moderationAction.findUniqueOrThrow({ where: { id: p.moderationActionId } });
  if (step.undoneAt) throw new ActionError("conflict", { message: "Moderation.errors.alreadyUndone" });

  if (step.kind === "UNPUBLISH_LISTING" && step.listingId) {
    const { count } = await tx.listing.updateMany({
      where: { id: step.listingId, status: "UNPUBLISHED" },
      data: { status: "PUBLISHED" },
    });
    if (count) await enqueueSearchUpdates(tx, "LISTING", [step.listingId]);
  } else if (step.kind === "UNPUBLISH_PROFILE" && step.organizationId) {
    const { count } = await tx.organization.updateMany({
      where: { id: step.organizationId, status: "UNPUBLISHED" },
      data: { status: "PUBLISHED" },
    });
    if (count) await enqueueSearchUpdates(tx, "COMPANY", [step.organizationId]);
  }
  await tx.moderationAction.update({
    where: { id: step.id },
    data: { undoneAt: new Date(), undoneById: p.moderator.userId, undoReason: p.reason },
  });
  await recordAudit(tx, {
    action: "moderation.undo",
    actorUserId: p.moderator.userId,
    entityType: "ModerationAction",
    entityId: step.id,
    metadata: {
      kind: step.kind,
      reportId: step.reportId,
      organizationId: step.organizationId,
      ...(step.listingId ? { listingId: step.listingId } : {}),
      ...(p.moderator.institutionId ? { institutionId: p.moderator.institutionId } : {}),
    },
  });
}
