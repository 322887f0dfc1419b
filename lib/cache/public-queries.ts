// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { cache } from "react";
import { getPublishedCompanyBySlug, listPublishedCompanies, newestCompanies } from "@/lib/companies/queries";
import { upcomingEvents } from "@/lib/events/queries";
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
