// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import { getSessionUser } from "../auth/session";
import type { SearchQuery, SearchResult } from "../search/types";
import { recordVisitorEvents } from "./events";
import { profileViewLimiter } from "../security/rate-limit";
import { profilePageEvents, searchPageEvents, visitFrom } from "./page-events";

/**
 * Counting from pages. The public pages are cached and the same for everybody, so the browser
 * reports what it was shown, and these decide what counts; a failed insert never reaches the
 * visitor.
 */

/**
 * A search page was shown in a browser. The page is cached and the same for everybody, so the
 * browser reports it (app/api/search/report/route.ts) with the results it was shown; the same
 * rules as for a page decide what counts (bots, prefetches, a member's own company).
 */
export async function countReportedSearch(query: SearchQuery, result: SearchResult, requestHeaders: Headers): Promise<void> {
  const visit = visitFrom(requestHeaders, await getSessionUser());
  if (!visit) return;
  await recordVisitorEvents(db, visit.visitor, searchPageEvents(visit, query, result)).catch((e: Error) =>
    console.error("[statistics] counting failed:", e.message),
  );
}

/** Whether this address may still add a profile view this hour (PROFILE_VIEW_LIMIT_PER_ADDRESS). */
async function withinViewLimit(address: string): Promise<boolean> {
  if (profileViewLimiter.refusedHere(address)) return false;
  try {
    return (await profileViewLimiter.take(address)).ok;
  } catch (e) {
    console.error("[statistics] view limit unavailable:", (e as Error).message);
    return false;
  }
}

/**
 * A company profile was shown. The profile page is cached and the same for everybody, so the
 * browser reports the view itself (app/api/companies/[slug]/views/route.ts); `referer` is the
 * page's own referrer, which tells a click from the portal's search results.
 */
export async function countProfileView(
  companyId: string,
  requestHeaders: Headers,
  referer: string | null,
): Promise<void> {
  const headers = new Headers(requestHeaders);
  if (referer) headers.set("referer", referer);
  else headers.delete("referer");
  const visit = visitFrom(headers, await getSessionUser());
  // Nobody waits for this report's answer, so the insert runs before it.
  if (!visit) return;
  if (!(await withinViewLimit(visit.visitor.address))) return;
  await recordVisitorEvents(db, visit.visitor, profilePageEvents(visit, companyId)).catch((e: Error) =>
    console.error("[statistics] counting failed:", e.message),
  );
}
