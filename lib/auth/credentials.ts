// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "../db";
import { attemptsCounted, clearLimit, consumeLimits, RateLimitedError, recordAttempt } from "../security/rate-limit";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { signInDelayMs } from "./sign-in-delay";

export type SignInFailure = "invalid" | "unverified" | "rate_limited";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

/**
 * Checks email and password for the credentials provider. Unknown addresses cost the same
 * argon2 time as known ones, and both answer "invalid", so the form reveals nothing about
 * which addresses have accounts. "unverified" is only told to someone who knows the password.
 *
 * Wrong passwords are limited per account and client address, and that attempt is reserved
 * before the password is checked, so forty parallel guesses get no more checks than forty in a
 * row. Failures from all addresses only slow the account down (signInDelayMs): a guesser on
 * many addresses cannot lock the owner out.
 */
export async function authorizeCredentials(raw: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const fromThisAddress = { limiter: "signInFailuresPerAccountAndIp", key: `${email} ${ip}` } as const;
  const anyAddress = { limiter: "signInFailuresPerAccount", key: email } as const;
  try {
    await consumeLimits([{ limiter: "signInPerIp", key: ip }, fromThisAddress]);
  } catch (e) {
    if (e instanceof RateLimitedError) return { ok: false, reason: "rate_limited", retryAfterSeconds: e.retryAfterSeconds };
    throw e;
  }
  const delay = signInDelayMs(await attemptsCounted(anyAddress));
  if (delay > 0) await sleep(delay);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, emailVerified: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) {
    // The attempt reserved above stays spent.
    await recordAttempt(anyAddress);
    return { ok: false, reason: "invalid" };
  }
  // The right password forgives this address its earlier typos, the reserved attempt included.
  await clearLimit(fromThisAddress);
  if (!user.emailVerified) return { ok: false, reason: "unverified" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
