// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { recordAudit } from "../../audit/log";
import { safeAction } from "../../actions/safe-action";
import { toLocale } from "../../i18n/translator";
import { passwordChangedMail } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { assertCurrentPassword } from "../current-password";
import { hashPassword } from "../password";
import { changePasswordSchema } from "../schema";

/**
 * Replaces the password and ends every session of the account, this one included; the
 * settings form signs in again with the new password right away.
 */
export const changePasswordAction = safeAction({
  schema: changePasswordSchema,
  handler: async (input, ctx) => {
    const user = await assertCurrentPassword(ctx.user.id, input.currentPassword);
    const passwordHash = await hashPassword(input.newPassword);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await tx.authToken.deleteMany({ where: { userId: user.id, purpose: "RESET_PASSWORD" } });
      await recordAudit(tx, { actorUserId: user.id, action: "user.password_changed", entityType: "User", entityId: user.id });
    });
    sendMailInBackground(passwordChangedMail({ locale: toLocale(user.locale), to: user.email, name: user.name }));
    return { email: user.email };
  },
});
