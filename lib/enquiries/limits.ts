// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of the spam limits for enquiries, free of I/O (the database side is in
 * sending-checks.ts). Everything is counted from the database, so a restart or a second server
 * process does not hand out fresh allowances:
 *  - a company reaches at most ENQUIRY_DAILY_LIMIT recipients (default 20) in any 24 hours;
 *    a company whose profile is not published only ENQUIRY_DRAFT_DAILY_LIMIT (default 5);
 *  - a user reaches at most ENQUIRY_DAILY_LIMIT recipients in any 24 hours over all of their
 *    companies, including companies deleted since, so new companies do not mean a new allowance;
 *  - an account younger than 24 hours waits ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES (default 10)
 *    between two enquiries, which slows down throwaway accounts;
 *  - a company that blocked the sender receives nothing from it.
 */
import { settings, type EnvSource } from "../env";

export const LIMIT_WINDOW_MS = 24 * 3600_000;
export const NEW_ACCOUNT_AGE_MS = 24 * 3600_000;

/** Read on every call, so a changed environment (or a test) takes effect without a restart. */
export function enquiryLimits(env?: EnvSource) {
  const s = settings(env);
  return {
    dailyRecipients: s.ENQUIRY_DAILY_LIMIT,
    // At least one: a company that has just been created must be able to ask its first supplier.
    draftDailyRecipients: Math.max(1, s.ENQUIRY_DRAFT_DAILY_LIMIT),
    newAccountCooldownMinutes: s.ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES,
  };
}

export type EnquiryLimits = ReturnType<typeof enquiryLimits>;

/** Whose allowance ran out: the company's, the unpublished company's lower one, or the user's. */
export type DailyLimitScope = "company" | "draft" | "user";

/**
 * A company's allowance for 24 hours. The lower one for unpublished profiles applies only where
 * it really is lower, so the message about publishing never promises a raise that does not come.
 */
export function companyDailyLimit(
  limits: EnquiryLimits,
  published: boolean,
): { limit: number; scope: DailyLimitScope } {
  if (!published && limits.draftDailyRecipients < limits.dailyRecipients) {
    return { limit: limits.draftDailyRecipients, scope: "draft" };
  }
  return { limit: limits.dailyRecipients, scope: "company" };
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

export interface ScopedVerdict {
  scope: DailyLimitScope;
  limit: number;
  verdict: DailyLimitVerdict;
}

/**
 * Of several daily limits, the one that holds the request back longest (a request that can never
 * fit beats any date; on a tie the first one given), with the number of recipients all of them
 * still allow. Null when every limit lets the request through.
 */
export function bindingDailyLimit(
  checks: readonly ScopedVerdict[],
): { scope: DailyLimitScope; limit: number; remaining: number; retryAt: Date | null } | null {
  const failing = checks.filter((c): c is ScopedVerdict & { verdict: NonNullable<DailyLimitVerdict> } => !!c.verdict);
  if (!failing.length) return null;
  const later = (a: Date | null, b: Date | null) => (a === null ? b !== null : b !== null && a > b);
  const binding = failing.reduce((best, c) => (later(c.verdict.retryAt, best.verdict.retryAt) ? c : best));
  return {
    scope: binding.scope,
    limit: binding.limit,
    remaining: Math.min(...failing.map((c) => c.verdict.remaining)),
    retryAt: binding.verdict.retryAt,
  };
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
  | {
      reason: "DAILY_LIMIT";
      scope: DailyLimitScope;
      limit: number;
      /** The company allowance once its profile is published (for the "draft" scope's message). */
      publishedLimit: number;
      remaining: number;
      retryAt: Date | null;
    };

/**
 * The recipients a user's past sends count for, one date per recipient, oldest first. The sends
 * are audit rows named SEND_AUDIT_ACTION (sending-checks.ts), whose metadata lists the recipients
 * of the batch.
 */
export function recipientTimes(sends: readonly { createdAt: Date; metadata: unknown }[]): Date[] {
  const times: Date[] = [];
  for (const send of [...sends].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const recipients = (send.metadata as { recipients?: unknown } | null)?.recipients;
    const count = Array.isArray(recipients) ? recipients.length : 1;
    for (let i = 0; i < count; i++) times.push(send.createdAt);
  }
  return times;
}
