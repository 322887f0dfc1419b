// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { resendVerificationSchema } from "../schema";
import { sendVerificationLink } from "../verification";

/** Sends a new verification link to an unverified account; answers the same for any address. */
export const resendVerificationAction = safeAction({
  schema: resendVerificationSchema,
  auth: "optional",
  rateLimit: (input, ctx) => [
    { limiter: "signUpPerIp", key: ctx.ip },
    { limiter: "signUpPerEmail", key: input.email },
  ],
  handler: async (input) => {
    const user = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, name: true, locale: true, emailVerified: true },
    });
    if (user && !user.emailVerified) await sendVerificationLink(user);
    return null;
  },
});
