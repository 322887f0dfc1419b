// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { redirect } from "../i18n/navigation";
import type { Locale } from "../i18n/routing";
import { safeReturnPath } from "../security/return-path";
import { getSessionUser, type SessionUser } from "./session";

/**
 * For signed-in pages: the user, or a redirect to sign-in that comes back to `path` (the
 * locale-less path with its query, e.g. "/account/team?org=…").
 */
export async function requireUser(locale: Locale, path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}${path}` } }, locale });
  }
  return user!;
}

/** Sign-in and sign-up pages send visitors who are already signed in on their way. */
export async function redirectIfSignedIn(locale: Locale, callbackUrl: string | undefined): Promise<void> {
  const user = await getSessionUser();
  if (!user) return;
  const path = safeReturnPath(callbackUrl);
  redirect({ href: path ? withoutLocale(path) : "/account", locale });
}

// callbackUrl carries the locale it was created in; next-intl's redirect adds the current one.
function withoutLocale(path: string): string {
  return path.replace(/^\/(de|cs|en)(?=[/?#]|$)/, "") || "/";
}
