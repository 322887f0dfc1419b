import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Attempt limits for the endpoints attackers aim at: guessing passwords, creating accounts in
 * bulk and using the portal to flood someone's mailbox. Counted in this process's memory,
 * which fits the single-process `next start`; several instances would need a shared store
 * (rate-limiter-flexible offers PostgreSQL and Redis limiters with the same interface).
 */
const DEFINITIONS = {
  signInPerIp: { points: 30, duration: 15 * 60 },
  // Counts failed attempts only, so the owner of the account is not locked out by successes.
  signInFailuresPerAccount: { points: 10, duration: 15 * 60 },
  signUpPerIp: { points: 10, duration: 3600 },
  signUpPerEmail: { points: 3, duration: 3600 },
  passwordResetPerIp: { points: 10, duration: 3600 },
  passwordResetPerEmail: { points: 3, duration: 3600 },
  mailsPerUser: { points: 30, duration: 3600 },
  companiesPerUser: { points: 10, duration: 3600 },
  // Enquiries mail every member of each recipient; the database limits (lib/enquiries/limits.ts)
  // cap the daily reach, these only stop bursts from one session.
  enquiriesPerUser: { points: 10, duration: 3600 },
  enquiryRepliesPerUser: { points: 60, duration: 3600 },
  // Every abuse report mails all platform admins.
  abuseReportsPerUser: { points: 10, duration: 3600 },
  // The unsubscribe page's buttons work without a session. Their token is a 256-bit secret, so
  // this only keeps one address from hammering the database through them.
  alertLinksPerIp: { points: 60, duration: 3600 },
} as const;

export type LimiterName = keyof typeof DEFINITIONS;

function build() {
  return Object.fromEntries(
    Object.entries(DEFINITIONS).map(([name, d]) => [name, new RateLimiterMemory({ ...d, keyPrefix: name })]),
  ) as Record<LimiterName, RateLimiterMemory>;
}

let limiters = build();

export interface LimitCheck {
  limiter: LimiterName;
  key: string;
}

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("rate limited");
    this.name = "RateLimitedError";
  }
}

function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Spends one attempt on every limit; throws RateLimitedError when any of them is used up. */
export async function consumeLimits(checks: readonly LimitCheck[]): Promise<void> {
  for (const { limiter, key } of checks) {
    try {
      await limiters[limiter].consume(key.toLowerCase());
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(e));
      throw e;
    }
  }
}

/** Throws RateLimitedError if the limit is used up, without spending an attempt. */
export async function assertNotLimited(check: LimitCheck): Promise<void> {
  const res = await limiters[check.limiter].get(check.key.toLowerCase());
  if (res && res.remainingPoints <= 0 && res.msBeforeNext > 0) throw new RateLimitedError(retryAfter(res));
}

/** Records a failed attempt (e.g. a wrong password) without throwing. */
export async function recordFailure(check: LimitCheck): Promise<void> {
  await limiters[check.limiter].penalty(check.key.toLowerCase(), 1);
}

export async function clearLimit(check: LimitCheck): Promise<void> {
  await limiters[check.limiter].delete(check.key.toLowerCase());
}

/** Forgets every count. Only for tests, which otherwise share one process's limits. */
export function resetAllLimits(): void {
  limiters = build();
}
