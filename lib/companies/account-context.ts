// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { requireUser } from "../auth/guards";
import type { SessionUser } from "../auth/session";
import type { Locale } from "../i18n/routing";
import { organizationsOf } from "../team/queries";

/**
 * The companies a signed-in user works on, and the one a page is about: the `org` parameter if
 * the user belongs to it, else the first. Pages never show a company the user is not part of.
 */
export async function companiesForAccount(user: SessionUser, requested: string | undefined) {
  const companies = (await organizationsOf(user.id)).filter((o) => o.kind === "COMPANY");
  const current = companies.find((c) => c.id === requested) ?? companies[0] ?? null;
  return { companies, current };
}

/**
 * For an account page about one company: the signed-in user with their companies and the one
 * shown. Visitors are sent to sign in and come back to the same page, `?org=` included.
 */
export async function accountCompany(locale: Locale, path: string, requested: string | undefined) {
  const user = await requireUser(locale, requested ? `${path}?org=${encodeURIComponent(requested)}` : path);
  return { user, ...(await companiesForAccount(user, requested)) };
}
