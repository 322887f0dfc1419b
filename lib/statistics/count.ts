// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { after } from "next/server";
import { headers } from "next/headers";
import { db } from "../db";
import { getSessionUser } from "../auth/session";
import type { SearchQuery, SearchResult } from "../search/types";
import { recordVisitorEvents, type VisitorEvent } from "./events";
import { profileViewLimiter } from "../security/rate-limit";
import { profilePageEvents, searchPageEvents, visitFrom, type PageVisit } from "./page-events";

/**
 * Counting from pages. The request only reads what it has anyway (headers, the session user the
 * page loads too); the one insert runs after the response has been sent, and a failed insert
 * never reaches the visitor.
 */

async function currentVisit(): Promise<PageVisit | null> {
  return visitFrom(await headers(), await getSessionUser());
}

function later(visit: PageVisit, events: VisitorEvent[]): void {
  if (!events.length) return;
  after(() =>
    recordVisitorEvents(db, visit.visitor, events).catch((e: Error) =>
      console.error("[statistics] counting failed:", e.message),
    ),
  );
}

export async function countSearch(query: SearchQuery, result: SearchResult): Promise<void> {
  const visit = await currentVisit();
  if (visit) later(visit, searchPageEvents(visit, query, result));
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
