// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { cache } from "react";
import { getPublishedCompanyBySlug, listPublishedCompanies, newestCompanies } from "@/lib/companies/queries";
import { upcomingEvents } from "@/lib/events/queries";
import { getSearchEngine } from "@/lib/search";
import type { SearchQuery, SearchResult } from "@/lib/search/types";
import { cachedQuery } from "./cached-query";
import { PUBLIC_TAGS } from "./public-tags";

/**
 * What the public pages that look the same to every visitor read, from Next.js's cache. A
 * publish, edit, deletion, verification or takedown invalidates the tags in its own transaction
 * (lib/search/outbox.ts), on every instance. What a visitor's session decides (the header's
 * account link, enquiry, watchlist and claim controls) is never part of these results.
 */

const MINUTE = 60;

export const cachedNewestCompanies = cachedQuery("newest-companies", newestCompanies, [PUBLIC_TAGS.companies], 10 * MINUTE);

/** Events leave the list when they end, which no write announces. */
export const cachedUpcomingEvents = cachedQuery("upcoming-events", upcomingEvents, [PUBLIC_TAGS.events], MINUTE);

export const cachedPublishedCompanies = cachedQuery("published-companies", listPublishedCompanies, [PUBLIC_TAGS.companies], 10 * MINUTE);

/**
 * A profile shows listings until their validity ends, which no write announces. Per request
 * once: the page and its metadata both ask.
 */
export const cachedPublishedCompanyBySlug = cache(
  cachedQuery("published-company", getPublishedCompanyBySlug, [PUBLIC_TAGS.companies], MINUTE),
);

/**
 * Search results as the search page shows them. They follow the search index, which takes a
 * change a moment after it was committed: the search worker drops them once it has
 * (PUBLIC_TAGS.search). A failed search throws and is not kept.
 */
export const cachedSearch = cachedQuery(
  "search",
  async (query: SearchQuery): Promise<SearchResult> => (await getSearchEngine()).search(query),
  [PUBLIC_TAGS.search],
  MINUTE,
);
