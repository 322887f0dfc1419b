import "server-only";
import { db } from "../db";
import { ActionError } from "../actions/safe-action";
import { assertNotLimited, clearLimit, recordFailure } from "../security/limiters";
import { verifyPassword } from "./password";

/**
 * Confirms the signed-in user's current password before a sensitive change. Wrong guesses count
 * against the same limit as failed sign-ins, so a stolen session cannot be used to guess it.
 */
export async function assertCurrentPassword(userId: string, password: string, field = "currentPassword") {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true, passwordHash: true },
  });
  const limit = { limiter: "signInFailuresPerAccount", key: user.email } as const;
  await assertNotLimited(limit);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(limit);
    throw new ActionError("validation", { field, message: "Validation.currentPasswordWrong" });
  }
  await clearLimit(limit);
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}
