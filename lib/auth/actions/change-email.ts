// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { toLocale } from "../../i18n/translator";
import { confirmEmailChangeMail, portalUrl } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { issueAuthToken } from "../auth-tokens";
import { assertCurrentPassword } from "../current-password";
import { changeEmailSchema } from "../schema";

/**
 * Starts an email change: the address changes only when the link mailed to the new address is
 * opened. An address that belongs to another account gets no mail, and the answer is the same.
 */
export const changeEmailAction = safeAction({
  schema: changeEmailSchema,
  rateLimit: (_input, ctx) => [{ limiter: "mailsPerUser", key: ctx.user.id }],
  handler: async (input, ctx) => {
    const user = await assertCurrentPassword(ctx.user.id, input.currentPassword);
    if (input.newEmail === user.email) {
      throw new ActionError("validation", { field: "newEmail", message: "Validation.emailUnchanged" });
    }
    const taken = await db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
    if (taken) return { pendingEmail: input.newEmail };

    const token = await issueAuthToken(db, user.id, "CHANGE_EMAIL", input.newEmail);
    const locale = toLocale(user.locale);
    sendMailInBackground(
      confirmEmailChangeMail({
        locale,
        to: input.newEmail,
        name: user.name,
        url: portalUrl(locale, "/verify-email", { token }),
      }),
    );
    return { pendingEmail: input.newEmail };
  },
});
