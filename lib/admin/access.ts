// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { notFound } from "next/navigation";
import { isPlatformManager } from "../auth/permissions";
import { requireUser } from "../auth/guards";
import type { SessionUser } from "../auth/session";
import type { Locale } from "../i18n/routing";

/**
 * For pages of the platform admin area: the signed-in platform admin, a sign-in redirect for
 * visitors, and "not found" for everyone else, so the area does not announce itself. The
 * layout checks this too, but a page renders alongside its layout, so each page asks again.
 */
export async function requirePlatformAdmin(locale: Locale, path: string): Promise<SessionUser> {
  const user = await requireUser(locale, path);
  if (!isPlatformManager(user)) notFound();
  return user;
}
