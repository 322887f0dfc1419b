// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { toLocale } from "../../i18n/translator";
import { accountExistsMail, portalUrl } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { hashPassword } from "../password";
import { signUpSchema } from "../schema";
import { sendVerificationLink } from "../verification";
import { safeReturnPath } from "../../security/return-path";

/**
 * Creates an account and mails a verification link. Whether the address is new or already
 * registered, the answer and its timing are the same; the owner of an existing account gets a
 * mail saying so instead of a second account.
 */
export const signUpAction = safeAction({
  schema: signUpSchema,
  auth: "optional",
  rateLimit: (input, ctx) => [
    { limiter: "signUpPerIp", key: ctx.ip },
    { limiter: "signUpPerEmail", key: input.email },
  ],
  handler: async (input, ctx) => {
    // Hashed in every branch, so an existing address does not answer faster.
    const passwordHash = await hashPassword(input.password);
    const existing = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, name: true, locale: true, emailVerified: true },
    });

    if (existing?.emailVerified) {
      const locale = toLocale(existing.locale);
      sendMailInBackground(
        accountExistsMail({
          locale,
          to: existing.email,
          name: existing.name,
          signInUrl: portalUrl(locale, "/sign-in", { callbackUrl: safeReturnPath(input.callbackUrl) }),
          resetUrl: portalUrl(locale, "/forgot-password"),
        }),
      );
      return null;
    }

    // Nobody has proven to own an unverified address yet: the latest sign-up sets the password,
    // and only whoever reads the mailbox can activate it.
    const user = existing
      ? await db.user.update({
          where: { id: existing.id },
          data: { name: input.name, passwordHash, locale: ctx.locale },
          select: { id: true, email: true, name: true, locale: true },
        })
      : await db.user
          .create({
            data: { email: input.email, name: input.name, passwordHash, locale: ctx.locale },
            select: { id: true, email: true, name: true, locale: true },
          })
          .catch(async (e: { code?: string }) => {
            // A concurrent sign-up with the same address won the race; answer as if it were ours.
            if (e.code === "P2002") return null;
            throw e;
          });
    if (user) await sendVerificationLink(user, input.callbackUrl, ctx.locale);
    return null;
  },
});
