// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { Locale } from "../i18n/routing";
import { toLocale } from "../i18n/translator";
import { verifyEmailMail } from "../mail/templates";
import { sendMailInBackground } from "../mail/transport";
import { portalUrl } from "../mail/templates";
import { db } from "../db";
import { issueAuthToken } from "./auth-tokens";
import { safeReturnPath } from "../security/return-path";

/** Sends a fresh verification link; the link keeps the page the user wanted to reach. */
export async function sendVerificationLink(
  user: { id: string; email: string; name: string | null; locale: string },
  callbackUrl?: string,
  locale: Locale = toLocale(user.locale),
): Promise<void> {
  const token = await issueAuthToken(db, user.id, "VERIFY_EMAIL", user.email);
  sendMailInBackground(
    verifyEmailMail({
      locale,
      to: user.email,
      name: user.name,
      url: portalUrl(locale, "/verify-email", { token, callbackUrl: safeReturnPath(callbackUrl) }),
    }),
  );
}
