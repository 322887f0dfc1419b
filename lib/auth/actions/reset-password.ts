// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { toLocale } from "../../i18n/translator";
import { passwordChangedMail } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { clearLimit } from "../../security/rate-limit";
import { consumeAuthToken, findValidAuthToken } from "../auth-tokens";
import { hashPassword } from "../password";
import { resetPasswordSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * Sets a new password from a mailed link and signs the account out everywhere. Following the
 * link proves control of the address, so an unverified account counts as verified afterwards.
 */
export const resetPasswordAction = safeAction({
  schema: resetPasswordSchema,
  auth: "optional",
  handler: async (input) => {
    // A first look, so a dead link costs no password hashing; the link is used up below.
    const token = await findValidAuthToken(db, input.token, ["RESET_PASSWORD"]);
    if (!token || token.email !== token.user.email) {
      throw new ActionError("not_found", { message: "Auth.reset.invalidLink" });
    }
    const { user } = token;
    const passwordHash = await hashPassword(input.password);
    await db.$transaction(async (tx) => {
      // Two requests with the same link (a double click, a replay): only the one that takes the
      // token sets a password.
      const taken = await consumeAuthToken(tx, input.token, ["RESET_PASSWORD"]);
      if (!taken || taken.userId !== user.id) throw new ActionError("not_found", { message: "Auth.reset.invalidLink" });
      await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, emailVerified: user.emailVerified ?? new Date(), sessionVersion: { increment: 1 } },
      });
      await tx.authToken.deleteMany({ where: { userId: user.id, purpose: "RESET_PASSWORD" } });
      await recordAudit(tx, { actorUserId: user.id, action: "user.password_reset", entityType: "User", entityId: user.id });
    });
    await clearLimit({ limiter: "signInFailuresPerAccount", key: user.email });
    sendMailInBackground(passwordChangedMail({ locale: toLocale(user.locale), to: user.email, name: user.name }));
    return null;
  },
});
