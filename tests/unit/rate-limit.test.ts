import { describe, expect, it } from "vitest";
import { clientAddress, createRateLimiter } from "@/lib/http/rate-limit";

describe("createRateLimiter", () => {
  it("allows the limit within a window, then refuses with a retry time", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", t0).ok)).toEqual([true, true, true]);
    const refused = limiter.take("a", t0);
    expect(refused.ok).toBe(false);
    expect(refused.remaining).toBe(0);
    // One request's worth refills in windowMs / limit = 20 s.
    expect(refused.retryAfterSeconds).toBe(20);
  });

  it("refills over time instead of resetting at a window edge", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000 });
    limiter.take("a", 0);
    limiter.take("a", 0);
    expect(limiter.take("a", 4_000).ok).toBe(false);
    expect(limiter.take("a", 5_100).ok).toBe(true);
    expect(limiter.take("a", 5_200).ok).toBe(false);
  });

  it("counts every client on its own", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 0).ok).toBe(false);
    expect(limiter.take("b", 0).ok).toBe(true);
  });

  it("forgets the least recently seen clients when full", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0);
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("c", 0).ok).toBe(false);
  });
});

describe("clientAddress", () => {
  it("takes the first forwarded address", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
