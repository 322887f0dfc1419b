// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { toLocale } from "../../i18n/translator";
import { passwordResetMail, portalUrl } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { issueAuthToken } from "../auth-tokens";
import { forgotPasswordSchema } from "../schema";

/** Mails a reset link if the address has an account; the answer never tells whether it has. */
export const requestPasswordResetAction = safeAction({
  schema: forgotPasswordSchema,
  auth: "optional",
  rateLimit: (input, ctx) => [
    { limiter: "passwordResetPerIp", key: ctx.ip },
    { limiter: "passwordResetPerEmail", key: input.email },
  ],
  handler: async (input) => {
    const user = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, name: true, locale: true },
    });
    if (!user) return null;
    const token = await issueAuthToken(db, user.id, "RESET_PASSWORD", user.email);
    const locale = toLocale(user.locale);
    sendMailInBackground(
      passwordResetMail({ locale, to: user.email, name: user.name, url: portalUrl(locale, "/reset-password", { token }) }),
    );
    return null;
  },
});
