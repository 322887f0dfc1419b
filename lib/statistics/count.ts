// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import { getSessionUser } from "../auth/session";
import { cachedSearch } from "../cache/public-queries";
import type { SearchQuery } from "../search/types";
import { recordVisitorEvents } from "./events";
import { profileViewLimiter, searchApiLimiter, type RequestLimiter } from "../security/rate-limit";
import { profilePageEvents, searchPageEvents, visitFrom } from "./page-events";

/**
 * Counting from pages. The public pages are cached and the same for everybody, so the browser
 * reports what it was shown, and these decide what counts; a failed insert never reaches the
 * visitor.
 */

/**
 * Whether this address may still be counted within the limit (the report is answered either way).
 * An unavailable limit counts nothing rather than everything.
 */
async function withinLimit(limiter: RequestLimiter, address: string): Promise<boolean> {
  if (limiter.refusedHere(address)) return false;
  try {
    return (await limiter.take(address)).ok;
  } catch (e) {
    console.error("[statistics] limit unavailable:", (e as Error).message);
    return false;
  }
}

/**
 * A search page was shown in a browser. The page is cached and the same for everybody, so the
 * browser reports it (app/api/search/report/route.ts); the same rules as for a page decide what
 * counts (bots, prefetches, a member's own company), and one address only within the search
 * API's limit. The results are looked up again (from the cache the page used), so appearances
 * are what the portal showed, not what a report claims.
 */
export async function countReportedSearch(query: SearchQuery, requestHeaders: Headers): Promise<void> {
  const visit = visitFrom(requestHeaders, await getSessionUser());
  if (!visit || !(await withinLimit(searchApiLimiter, visit.visitor.address))) return;
  const result = await cachedSearch(query);
  await recordVisitorEvents(db, visit.visitor, searchPageEvents(visit, query, result)).catch((e: Error) =>
    console.error("[statistics] counting failed:", e.message),
  );
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
  if (!(await withinLimit(profileViewLimiter, visit.visitor.address))) return;
  await recordVisitorEvents(db, visit.visitor, profilePageEvents(visit, companyId)).catch((e: Error) =>
    console.error("[statistics] counting failed:", e.message),
  );
}
