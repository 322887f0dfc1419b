/**
 * Token-bucket rate limiting kept in process memory. Good enough for one server process and a
 * public read-only API; several instances behind a load balancer each count on their own.
 */
export interface RateLimitDecision {
  ok: boolean;
  limit: number;
  /** Whole requests still allowed right now. */
  remaining: number;
  /** Seconds until the next request would be allowed (0 when ok). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(key: string, now?: number): RateLimitDecision;
  reset(): void;
}

export interface RateLimiterOptions {
  /** Requests allowed per window; also the burst size. */
  limit: number;
  windowMs: number;
  /** Bounds memory when many distinct clients appear; the least recently seen are forgotten first. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export function createRateLimiter({ limit, windowMs, maxKeys = 50_000 }: RateLimiterOptions): RateLimiter {
  if (!(limit >= 1) || !(windowMs > 0)) throw new Error("rate limit needs limit >= 1 and windowMs > 0");
  const refillPerMs = limit / windowMs;
  // Map iteration order is insertion order; re-inserting on every hit makes it an LRU.
  const buckets = new Map<string, Bucket>();

  function take(key: string, now = Date.now()): RateLimitDecision {
    const previous = buckets.get(key);
    let tokens = limit;
    if (previous) {
      buckets.delete(key);
      tokens = Math.min(limit, previous.tokens + Math.max(0, now - previous.updatedAt) * refillPerMs);
    } else if (buckets.size >= maxKeys) {
      const oldest = buckets.keys().next().value;
      if (oldest !== undefined) buckets.delete(oldest);
    }
    const ok = tokens >= 1;
    if (ok) tokens -= 1;
    buckets.set(key, { tokens, updatedAt: now });
    return {
      ok,
      limit,
      remaining: Math.floor(tokens),
      retryAfterSeconds: ok ? 0 : Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000)),
    };
  }

  return { take, reset: () => buckets.clear() };
}

/**
 * The client address as reported by the reverse proxy in front of the app. Without such a proxy
 * a client can send its own X-Forwarded-For and dodge the limit, so production runs behind one.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip")?.trim() || "unknown";
}
