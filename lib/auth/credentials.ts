import "server-only";
import { db } from "../db";
import { assertNotLimited, clearLimit, consumeLimits, RateLimitedError, recordFailure } from "../security/limiters";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";

export type SignInFailure = "invalid" | "unverified" | "rate_limited";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

/**
 * Checks email and password for the credentials provider. Unknown addresses cost the same
 * argon2 time as known ones, and both answer "invalid", so the form reveals nothing about
 * which addresses have accounts. "unverified" is only told to someone who knows the password.
 */
export async function authorizeCredentials(raw: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const accountLimit = { limiter: "signInFailuresPerAccount", key: email } as const;
  try {
    await consumeLimits([{ limiter: "signInPerIp", key: ip }]);
    await assertNotLimited(accountLimit);
  } catch (e) {
    if (e instanceof RateLimitedError) return { ok: false, reason: "rate_limited", retryAfterSeconds: e.retryAfterSeconds };
    throw e;
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, emailVerified: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) {
    await recordFailure(accountLimit);
    return { ok: false, reason: "invalid" };
  }
  await clearLimit(accountLimit);
  if (!user.emailVerified) return { ok: false, reason: "unverified" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
