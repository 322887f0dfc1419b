import "server-only";
import type { SessionUser } from "../auth/session";
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
