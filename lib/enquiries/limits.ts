import type { DbTx } from "../db/prisma";
import type { EnquiryRejectionReason } from "../generated/prisma/enums";

/**
 * Spam limits for enquiries. They are counted from the database, so a restart or a second
 * server process does not hand out fresh allowances:
 *  - a company reaches at most ENQUIRY_DAILY_LIMIT recipients (default 20) in any 24 hours;
 *  - an account younger than 24 hours waits ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES (default 10)
 *    between two enquiries, which slows down throwaway accounts;
 *  - a company that blocked the sender receives nothing from it.
 */
export const LIMIT_WINDOW_MS = 24 * 3600_000;
export const NEW_ACCOUNT_AGE_MS = 24 * 3600_000;

function nonNegativeInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Read on every call, so a changed environment (or a test) takes effect without a restart. */
export function enquiryLimits(env: Record<string, string | undefined> = process.env) {
  return {
    dailyRecipients: nonNegativeInt(env.ENQUIRY_DAILY_LIMIT, 20),
    newAccountCooldownMinutes: nonNegativeInt(env.ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES, 10),
  };
}

export type DailyLimitVerdict = { remaining: number; retryAt: Date | null } | null;

/**
 * Whether `requested` more recipients fit into the rolling window, given when the recipients
 * already counted were sent (oldest first). If not: how many still fit now, and from when the
 * whole request would fit (null if it never can, because it alone exceeds the limit).
 */
export function dailyLimitVerdict(sentAt: readonly Date[], requested: number, limit: number): DailyLimitVerdict {
  const used = sentAt.length;
  if (used + requested <= limit) return null;
  const remaining = Math.max(0, limit - used);
  if (requested > limit) return { remaining, retryAt: null };
  // Once the oldest `excess` recipients have left the window, the request fits.
  const excess = used + requested - limit;
  return { remaining, retryAt: new Date(sentAt[excess - 1].getTime() + LIMIT_WINDOW_MS) };
}

/** When a new account may send its next enquiry, or null if it may now. */
export function cooldownRetryAt(p: {
  accountCreatedAt: Date;
  lastEnquiryAt: Date | null;
  now: Date;
  cooldownMinutes: number;
}): Date | null {
  if (p.cooldownMinutes <= 0 || !p.lastEnquiryAt) return null;
  if (p.now.getTime() - p.accountCreatedAt.getTime() >= NEW_ACCOUNT_AGE_MS) return null;
  const retryAt = new Date(p.lastEnquiryAt.getTime() + p.cooldownMinutes * 60_000);
  return retryAt > p.now ? retryAt : null;
}

export type SendingRejection =
  | { reason: "BLOCKED"; blockers: string[] }
  | { reason: "COOLDOWN"; retryAt: Date; minutes: number }
  | { reason: "DAILY_LIMIT"; limit: number; remaining: number; retryAt: Date | null };

/**
 * Makes two sends of the same company (or the same user) run one after the other, so both
 * cannot pass the limits on the same count. Held until the transaction ends.
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
    orderBy: { blocker: { name: "asc" } },
  });
  return blocks.map((b) => b.blocker.name);
}

/** Call under lockSending. The first limit a new enquiry to these recipients would break, or null. */
export async function sendingRejection(
  tx: DbTx,
  p: { organizationId: string; user: { id: string; createdAt: Date }; recipientIds: readonly string[]; now: Date },
): Promise<SendingRejection | null> {
  const blockers = await blockersAmong(tx, p.organizationId, p.recipientIds);
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

  const recent = await tx.enquiry.findMany({
    where: { senderOrganizationId: p.organizationId, createdAt: { gt: new Date(p.now.getTime() - LIMIT_WINDOW_MS) } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  const verdict = dailyLimitVerdict(
    recent.map((r) => r.createdAt),
    p.recipientIds.length,
    limits.dailyRecipients,
  );
  return verdict ? { reason: "DAILY_LIMIT", limit: limits.dailyRecipients, ...verdict } : null;
}

/** Kept for platform admins, who watch for companies that keep running into the limits. */
export async function recordRejection(
  tx: DbTx,
  p: { organizationId: string; userId: string; reason: EnquiryRejectionReason; recipients: number },
): Promise<void> {
  await tx.enquiryRejection.create({ data: p });
}
