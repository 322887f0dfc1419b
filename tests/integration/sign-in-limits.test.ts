// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { changePasswordAction } from "@/lib/auth/actions/change-password";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { withTestSession } from "@/lib/auth/test-session";
import { attemptsCounted, resetAllLimits } from "@/lib/security/rate-limit";
import { createUser, TEST_PASSWORD } from "./support/accounts";

// Counts how often a password is actually checked against its hash.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    verifyPassword: (...args: Parameters<typeof real.verifyPassword>) => {
      checks.count++;
      return real.verifyPassword(...args);
    },
  };
});

afterAll(() => testDb.drop());
beforeEach(async () => {
  await resetAllLimits();
  checks.count = 0;
});

const guesses = (email: string, ip: string, n: number) =>
  Promise.all(Array.from({ length: n }, (_, i) => authorizeCredentials({ email, password: `guess number ${i}` }, ip)));

const reasons = (results: { ok: boolean; reason?: string }[]) =>
  results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.reason ?? "ok"]: (acc[r.reason ?? "ok"] ?? 0) + 1 }), {});

describe("wrong passwords", () => {
  it("forty parallel guesses from one address get ten password checks; the owner elsewhere signs in", async () => {
    const owner = await createUser();
    const results = await guesses(owner.email, "198.51.100.1", 40);
    expect(checks.count).toBe(10);
    expect(reasons(results)).toEqual({ invalid: 10, rate_limited: 30 });

    // That address stays refused for this account, whatever it sends…
    expect(await authorizeCredentials({ email: owner.email, password: TEST_PASSWORD }, "198.51.100.1")).toMatchObject({
      ok: false,
      reason: "rate_limited",
      retryAfterSeconds: expect.any(Number),
    });
    // …while the owner from their own address is not locked out.
    expect(await authorizeCredentials({ email: owner.email, password: TEST_PASSWORD }, "192.0.2.50")).toMatchObject({
      ok: true,
      user: { id: owner.id },
    });
  });

  it("guesses from many addresses slow the account down but do not lock the owner out", async () => {
    const owner = await createUser();
    for (const ip of ["198.51.100.11", "198.51.100.12", "198.51.100.13"]) {
      expect(reasons(await guesses(owner.email, ip, 12))).toEqual({ invalid: 10, rate_limited: 2 });
    }
    expect(checks.count).toBe(30);
    // Past the free failures, so every attempt on the account now waits before its check.
    expect(await attemptsCounted({ limiter: "signInFailuresPerAccount", key: owner.email })).toBe(30);
    expect(await authorizeCredentials({ email: owner.email, password: TEST_PASSWORD }, "192.0.2.51")).toMatchObject({ ok: true });
  });

  it("a signed-in session gets ten wrong current passwords, also in parallel, with a localized refusal", async () => {
    const user = await createUser();
    const results = await withTestSession(
      user,
      () =>
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            changePasswordAction({ currentPassword: `wrong guess ${i}`, newPassword: "ein ganz neues Passwort" }),
          ),
        ),
      { locale: "de" },
    );
    expect(checks.count).toBe(10);
    const refused = results.filter((r) => !r.ok && r.code === "rate_limited");
    expect(refused).toHaveLength(10);
    expect(refused[0]).toMatchObject({ formError: expect.stringMatching(/^Zu viele Versuche\. Bitte versuchen Sie es in \d+ Minuten erneut\.$/) });
    expect(results.filter((r) => !r.ok && r.code === "validation")).toHaveLength(10);
  });
});

describe("counters in the database", () => {
  it("are shared by two instances of the portal and survive a restart", async () => {
    const first = await import("@/lib/security/rate-limit");
    vi.resetModules();
    // A second copy of the module: its own connections and memory, like another `next start`.
    const second = await import("@/lib/security/rate-limit");
    expect(second).not.toBe(first);

    const check = { limiter: "signUpPerIp", key: "203.0.113.80" } as const;
    for (let i = 0; i < 5; i++) await first.consumeLimits([check]);
    for (let i = 0; i < 5; i++) await second.consumeLimits([check]);
    await expect(first.consumeLimits([check])).rejects.toBeInstanceOf(first.RateLimitedError);

    await second.closeRateLimitStore();
    vi.resetModules();
    const restarted = await import("@/lib/security/rate-limit");
    await expect(restarted.consumeLimits([check])).rejects.toBeInstanceOf(restarted.RateLimitedError);
    await restarted.closeRateLimitStore();
  });
});
