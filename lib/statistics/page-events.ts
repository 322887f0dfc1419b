// SPDX-License-Identifier: EUPL-1.2
import { clientAddress } from "../http/client-address";
import { routing } from "../i18n/routing";
import type { SearchQuery, SearchResult } from "../search/types";
import { normalizeSearchWords, type Visitor, type VisitorEvent } from "./events";
import { isCountedAgent } from "./visitor";

/** What counting needs to know about one page request, decided before anything is written. */
export interface PageVisit {
  visitor: Visitor;
  /** Organizations the signed-in visitor belongs to: their own profile's numbers ignore them. */
  ownOrganizations: ReadonlySet<string>;
  referer: string | null;
  host: string | null;
}

/**
 * A report a cached page sends after loading that another site made the browser send: never
 * counted. Browsers name the sender in Sec-Fetch-Site; without it, the request is taken as the
 * page's own.
 */
export function sentFromAnotherSite(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  return Boolean(site && site !== "same-origin");
}

/**
 * A request that counts, or null: link prefetches render pages nobody looked at, and crawlers
 * and clients without a user agent are not people. The address is the one rate limits use
 * (never a header a client could forge).
 */
export function visitFrom(
  headers: Headers,
  user: { memberships: readonly { organizationId: string }[] } | null,
  hops?: number,
): PageVisit | null {
  if (headers.get("next-router-prefetch") || /prefetch/i.test(headers.get("sec-purpose") ?? headers.get("purpose") ?? "")) return null;
  const userAgent = headers.get("user-agent");
  if (!isCountedAgent(userAgent)) return null;
  return {
    visitor: { address: clientAddress(headers, hops), userAgent },
    ownOrganizations: new Set(user?.memberships.map((m) => m.organizationId) ?? []),
    referer: headers.get("referer"),
    host: headers.get("host"),
  };
}

/** A search results page: the search itself (first page, with words) and every organization it showed. */
export function searchPageEvents(visit: PageVisit, query: SearchQuery, result: SearchResult): VisitorEvent[] {
  const events: VisitorEvent[] = [];
  const words = normalizeSearchWords(query.q);
  if (words && query.page === 1) {
    events.push({
      kind: "SEARCH",
      query: words,
      locale: query.locale,
      country: query.filters.country,
      region: query.filters.region,
      industry: query.filters.industry,
      results: result.total,
    });
  }
  const shown = new Set(result.hits.map((h) => h.organizationId).filter((id): id is string => Boolean(id)));
  for (const companyId of shown) {
    if (!visit.ownOrganizations.has(companyId)) events.push({ kind: "SEARCH_APPEARANCE", companyId });
  }
  return events;
}

const SEARCH_PATH = new RegExp(`^/(${routing.locales.join("|")})/search/?$`);

/** Whether the page was opened from the portal's own search results. */
function cameFromSearch(visit: PageVisit): boolean {
  if (!visit.referer) return false;
  try {
    const from = new URL(visit.referer);
    return from.host === visit.host && SEARCH_PATH.test(from.pathname);
  } catch {
    return false;
  }
}

/** A public company profile was shown: a view, and a click from search when it came from there. */
export function profilePageEvents(visit: PageVisit, companyId: string): VisitorEvent[] {
  if (visit.ownOrganizations.has(companyId)) return [];
  const events: VisitorEvent[] = [{ kind: "PROFILE_VIEW", companyId }];
  if (cameFromSearch(visit)) events.push({ kind: "SEARCH_CLICK", companyId });
  return events;
}
