// SPDX-License-Identifier: EUPL-1.2
import type { AuditAction } from "../audit/log";
import type { DbTx } from "../db/prisma";
import type { EnquiryRejectionReason } from "../generated/prisma/enums";
import {
  bindingDailyLimit,
  companyDailyLimit,
  cooldownRetryAt,
  dailyLimitVerdict,
  enquiryLimits,
  LIMIT_WINDOW_MS,
  recipientTimes,
  type SendingRejection,
} from "./limits";

/** The spam limits of limits.ts, counted in the database inside the sending transaction. */

/** What the audit log calls a sent enquiry batch; the per-user limit counts these rows. */
export const SEND_AUDIT_ACTION = "enquiry.send" satisfies AuditAction;

/**
 * Makes two sends of the same company (or the same user) run one after the other, so both
 * cannot pass the limits on the same count. Held until the transaction ends. Always the company
 * first, then the user: a transaction holding a user lock takes no further lock, so two sends
 * never wait for each other in a circle.
 */
export async function lockSending(tx: DbTx, organizationId: string, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`enquiry-org:${organizationId}`}, 0))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`enquiry-user:${userId}`}, 0))`;
}

/** Company names among the recipients that have blocked the sender. */
export async function blockersAmong(tx: DbTx, senderOrganizationId: string, recipientIds: readonly string[]) {
  const blocks = await tx.companyBlock.findMany({
    where: { blockedOrganizationId: senderOrganizationId, blockerOrganizationId: { in: [...recipientIds] } },
    select: { blocker: { select: { name: true } } },
  });
  return blocks.map((b) => b.blocker.name);
}

/** Call under lockSending. The first limit a new enquiry to these recipients would break, or null. */
export async function sendingRejection(
  tx: DbTx,
  p: {
    organization: { id: string; published: boolean };
    user: { id: string; createdAt: Date };
    recipientIds: readonly string[];
    now: Date;
  },
): Promise<SendingRejection | null> {
  const blockers = await blockersAmong(tx, p.organization.id, p.recipientIds);
  if (blockers.length) return { reason: "BLOCKED", blockers };

  const limits = enquiryLimits();
  const last = await tx.enquiry.findFirst({
    where: { senderUserId: p.user.id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const retryAt = cooldownRetryAt({
    accountCreatedAt: p.user.createdAt,
    lastEnquiryAt: last?.createdAt ?? null,
    now: p.now,
    cooldownMinutes: limits.newAccountCooldownMinutes,
  });
  if (retryAt) return { reason: "COOLDOWN", retryAt, minutes: limits.newAccountCooldownMinutes };

  const since = new Date(p.now.getTime() - LIMIT_WINDOW_MS);
  const companySends = await tx.enquiry.findMany({
    // Threads that reached nobody (no member, no address) were never sent.
    where: { senderOrganizationId: p.organization.id, createdAt: { gt: since }, delivery: { not: "UNDELIVERABLE" } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  // From the audit log rather than the threads: threads go with a deleted company, and deleting
  // a company must not hand its members a fresh allowance.
  const userSends = await tx.auditLog.findMany({
    where: { actorUserId: p.user.id, action: SEND_AUDIT_ACTION, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, metadata: true },
  });
  const requested = p.recipientIds.length;
  const company = companyDailyLimit(limits, p.organization.published);
  const binding = bindingDailyLimit([
    {
      ...company,
      verdict: dailyLimitVerdict(
        companySends.map((s) => s.createdAt),
        requested,
        company.limit,
      ),
    },
    {
      scope: "user",
      limit: limits.dailyRecipients,
      verdict: dailyLimitVerdict(recipientTimes(userSends), requested, limits.dailyRecipients),
    },
  ]);
  return binding ? { reason: "DAILY_LIMIT", publishedLimit: limits.dailyRecipients, ...binding } : null;
}

/** Kept for platform admins, who watch for companies that keep running into the limits. */
export async function recordRejection(
  tx: DbTx,
  p: { organizationId: string; userId: string; reason: EnquiryRejectionReason; recipients: number },
): Promise<void> {
  await tx.enquiryRejection.create({ data: p });
}
