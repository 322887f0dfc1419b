// SPDX-License-Identifier: EUPL-1.2
import { createHash } from "node:crypto";
import pg from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { POOL_SETTINGS } from "../db/config";
import { settings } from "../env";

function signUpsPerAddress(): number {
  return settings().SIGN_UP_LIMIT_PER_ADDRESS;
}

/**
 * Every rate limit of the portal: guessing passwords, creating accounts in bulk, using the portal
 * to flood someone's mailbox, and the public search API. Counters live in PostgreSQL (table
 * `rate_limit`, created by a migration), so they survive a restart and every `next start`
 * instance on the same database counts against the same limit.
 */
const DEFINITIONS = {
  searchApiPerIp: { points: 120, duration: 60 },
  signInPerIp: { points: settings().SIGN_IN_LIMIT_PER_ADDRESS, duration: 15 * 60 },
  // Wrong passwords for one account from one address. Reserved before the password is checked,
  // so parallel guesses cannot overshoot it; whoever reaches it is refused for that account only.
  signInFailuresPerAccountAndIp: { points: 10, duration: 15 * 60 },
  // Wrong passwords for one account from anywhere. Never refuses: it only slows every attempt on
  // the account down (signInDelayMs), so an attacker cannot lock the owner out.
  signInFailuresPerAccount: { points: 1_000_000, duration: 15 * 60 },
  // Wrong current passwords within a signed-in session (changing the password or email address,
  // deleting the account), so a stolen session cannot be used to guess the password.
  currentPasswordFailuresPerUser: { points: 10, duration: 15 * 60 },
  // A chamber's workshop may sign up a whole room from one office address, so this one is a setting.
  signUpPerIp: { points: signUpsPerAddress(), duration: 3600 },
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
  // Claiming a profile: "This is my company" (each request mails its reviewers) and claim links.
  claimsPerUser: { points: 10, duration: 3600 },
  // Each run of claim invitations mails up to 500 companies; a few runs an hour cover a chamber's list.
  claimInvitationRunsPerUser: { points: 10, duration: 3600 },
  // Profile pages report their own view (they are cached and shared); beyond this one address's
  // reports are still answered but no longer counted, so nobody can inflate a company's figures.
  profileViewsPerIp: { points: settings().PROFILE_VIEW_LIMIT_PER_ADDRESS, duration: 3600 },
} as const;

export type LimiterName = keyof typeof DEFINITIONS;

export const SEARCH_API_LIMIT = DEFINITIONS.searchApiPerIp;
export const PROFILE_VIEW_LIMIT = DEFINITIONS.profileViewsPerIp;

const TABLE = "rate_limit";

const pools = new Map<string, pg.Pool>();

function storePool(connectionString: string): pg.Pool {
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool({
      connectionString,
      max: 5,
      ...POOL_SETTINGS,
      // A counter lost in a database crash costs an attacker's handful of extra attempts; waiting
      // for the WAL flush on every request would cost every visitor time.
      options: "-c synchronous_commit=off",
    });
    // A dropped idle connection must not take the server down; the next query opens a new one.
    // 57P01 is a server shutting down or a database being dropped: expected, nothing to report.
    pool.on("error", (e) => {
      if ((e as { code?: string }).code !== "57P01") console.error("[rate-limit] database connection lost:", e.message);
    });
    pools.set(connectionString, pool);
  }
  return pool;
}

function defaultConnectionString(): string {
  const url = settings().DATABASE_URL;
  if (!url) throw new Error("rate limits need DATABASE_URL");
  return url;
}

interface LimiterOptions {
  points: number;
  duration: number;
  keyPrefix: string;
  /** The database holding the counters; DATABASE_URL when not given. */
  connectionString?: string;
  /** "memory" only for benchmarks that compare against the shared store. */
  store?: "postgres" | "memory";
  /**
   * Once a key is over its limit, refuse it from this process's memory until its window ends
   * instead of asking the database again. Every instance agrees on that answer, because the shared
   * counter stays over the limit for the same time; only limits that are never cleared early may
   * use it.
   */
  blockInMemory?: boolean;
  /** Only one limiter per table needs to sweep out lapsed counters. */
  sweep?: boolean;
}

function buildLimiter(o: LimiterOptions): RateLimiterAbstract {
  if (o.store === "memory")
    return new RateLimiterMemory({ points: o.points, duration: o.duration, keyPrefix: o.keyPrefix });
  return new RateLimiterPostgres({
    storeClient: storePool(o.connectionString ?? defaultConnectionString()),
    storeType: "pool",
    tableName: TABLE,
    // The table comes from a migration; the server never runs DDL.
    tableCreated: true,
    clearExpiredByTimeout: o.sweep ?? false,
    points: o.points,
    duration: o.duration,
    keyPrefix: o.keyPrefix,
    ...(o.blockInMemory ? { inMemoryBlockOnConsumed: o.points + 1 } : {}),
  });
}

/** Limits that are never cleared early, so an instance may refuse from memory (see blockInMemory). */
const IN_MEMORY_BLOCKS: ReadonlySet<string> = new Set<LimiterName>(["searchApiPerIp", "profileViewsPerIp"]);

let limiters: Record<LimiterName, RateLimiterAbstract> | null = null;
let sweeping = false;

function limiter(name: LimiterName): RateLimiterAbstract {
  if (!limiters) {
    // The sweep timer lives as long as the process; rebuilding the limiters must not add another.
    const sweep = !sweeping;
    sweeping = true;
    limiters = Object.fromEntries(
      Object.entries(DEFINITIONS).map(([n, d], i) => [
        n,
        buildLimiter({ ...d, keyPrefix: n, sweep: sweep && i === 0, blockInMemory: IN_MEMORY_BLOCKS.has(n) }),
      ]),
    ) as Record<LimiterName, RateLimiterAbstract>;
  }
  return limiters[name];
}

/** Emails are case-insensitive; a key longer than an index likes (a long email plus an address) is hashed. */
function storeKey(key: string): string {
  const lower = key.toLowerCase();
  return lower.length <= 200 ? lower : `sha256:${createHash("sha256").update(lower).digest("hex")}`;
}

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

/**
 * Spends one attempt on every limit, each in one atomic statement; throws RateLimitedError when
 * any of them is used up. Call it before the work it guards, so parallel requests cannot all
 * pass a check that none of them has counted yet.
 */
export async function consumeLimits(checks: readonly LimitCheck[]): Promise<void> {
  for (const { limiter: name, key } of checks) {
    try {
      await limiter(name).consume(storeKey(key));
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(e));
      throw e;
    }
  }
}

/** Gives back an attempt spent by consumeLimits, e.g. after the password turned out right. */
export async function refundLimit(check: LimitCheck): Promise<void> {
  await limiter(check.limiter).reward(storeKey(check.key), 1);
}

/** Counts one more attempt without ever refusing, e.g. a wrong password for signInDelayMs. */
export async function recordAttempt(check: LimitCheck): Promise<void> {
  await limiter(check.limiter).penalty(storeKey(check.key), 1);
}

/** How many attempts the limit has counted in its current window. */
export async function attemptsCounted(check: LimitCheck): Promise<number> {
  const res = await limiter(check.limiter).get(storeKey(check.key));
  return res?.consumedPoints ?? 0;
}

export async function clearLimit(check: LimitCheck): Promise<void> {
  await limiter(check.limiter).delete(storeKey(check.key));
}

/**
 * Forgets every count of the database in DATABASE_URL, and this process's in-memory blocks. Only
 * for tests, which otherwise share counters between test cases.
 */
export async function resetAllLimits(): Promise<void> {
  limiters = null;
  await storePool(defaultConnectionString()).query(`DELETE FROM ${TABLE}`);
}

export interface RateLimitDecision {
  ok: boolean;
  limit: number;
  /** Whole requests still allowed in this window. */
  remaining: number;
  /** Seconds until a request would be allowed again (0 when ok). */
  retryAfterSeconds: number;
}

/** A limit that answers instead of throwing: for route handlers that report it in headers. */
export interface RequestLimiter {
  take(key: string): Promise<RateLimitDecision>;
  /** The refusal, if this process already knows the key is over its limit; no database involved. */
  refusedHere(key: string): RateLimitDecision | null;
}

function requestLimiter(get: () => RateLimiterAbstract, limit: number): RequestLimiter {
  return {
    refusedHere(key) {
      const built = get() as RateLimiterAbstract & { getInMemoryBlockMsBeforeExpire?: (rlKey: string) => number };
      const ms = built.getInMemoryBlockMsBeforeExpire?.(built.getKey(storeKey(key))) ?? 0;
      return ms > 0 ? { ok: false, limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) } : null;
    },
    async take(key) {
      try {
        const res = await get().consume(storeKey(key));
        return { ok: true, limit, remaining: res.remainingPoints, retryAfterSeconds: 0 };
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        return { ok: false, limit, remaining: 0, retryAfterSeconds: retryAfter(e) };
      }
    },
  };
}

/** The public search API's limit per client address. */
export const searchApiLimiter: RequestLimiter = requestLimiter(
  () => limiter("searchApiPerIp"),
  SEARCH_API_LIMIT.points,
);

/** Profile views counted per client address; reports beyond it are not counted. */
export const profileViewLimiter: RequestLimiter = requestLimiter(
  () => limiter("profileViewsPerIp"),
  PROFILE_VIEW_LIMIT.points,
);

/** A request limit of its own, for tests and benchmarks that need other numbers or another database. */
export function createRequestLimiter(options: {
  limit: number;
  windowSeconds: number;
  keyPrefix?: string;
  connectionString?: string;
  store?: "postgres" | "memory";
}): RequestLimiter {
  const built = buildLimiter({
    points: options.limit,
    duration: options.windowSeconds,
    keyPrefix: options.keyPrefix ?? `custom-${Math.random().toString(36).slice(2)}`,
    connectionString: options.connectionString,
    store: options.store,
    blockInMemory: true,
  });
  return requestLimiter(() => built, options.limit);
}

/** Closes the database connections of the counters (scripts and tests that end on their own). */
export async function closeRateLimitStore(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  limiters = null;
  await Promise.all(all.map((p) => p.end()));
}
