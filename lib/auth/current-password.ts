// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import { ActionError } from "../actions/safe-action";
import { clearLimit, consumeLimits } from "../security/rate-limit";
import { verifyPassword } from "./password";

/**
 * Confirms the signed-in user's current password before a sensitive change. Each check spends an
 * attempt first (a right password gives it back), so a stolen session cannot be used to guess
 * the password, not even with parallel requests.
 */
export async function assertCurrentPassword(userId: string, password: string, field = "currentPassword") {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true, passwordHash: true },
  });
  const limit = { limiter: "currentPasswordFailuresPerUser", key: user.id } as const;
  await consumeLimits([limit]);
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new ActionError("validation", { field, message: "Validation.currentPasswordWrong" });
  }
  await clearLimit(limit);
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}
