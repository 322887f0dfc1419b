// SPDX-License-Identifier: EUPL-1.2
import { FEW_RESULTS } from "./events";

/**
 * The SQL that turns raw events into daily counts. The rollup and the reads of days not yet
 * rolled up share it, so a day's figures are the same before and after the rollup.
 */

/**
 * A company's counts per day from raw events in relation `src`. Visitors' actions count once per
 * visitor and day (a reload is not a second view); enquiries and watchlist additions are actions
 * of companies and count each time.
 */
export function companyDailyCounts(src: string): string {
  return `
    SELECT e."companyId", e.day,
      count(DISTINCT e.visitor) FILTER (WHERE e.kind = 'PROFILE_VIEW')::int AS "profileViews",
      count(DISTINCT e.visitor) FILTER (WHERE e.kind = 'SEARCH_APPEARANCE')::int AS "searchAppearances",
      count(DISTINCT e.visitor) FILTER (WHERE e.kind = 'SEARCH_CLICK')::int AS "searchClicks",
      count(*) FILTER (WHERE e.kind = 'ENQUIRY')::int AS enquiries,
      count(*) FILTER (WHERE e.kind = 'WATCHLIST_ADD')::int AS "watchlistAdds"
    FROM ${src} e
    WHERE e."companyId" IS NOT NULL
    GROUP BY e."companyId", e.day`;
}

/** How long after a search a longer query starting with the same words means it was typed on. */
const TYPED_ON_WITHIN = "1 minute";

/**
 * Demand signals per day from raw events in relation `src`: searches with words that found at
 * most FEW_RESULTS results. The search box searches while the visitor types, so a query the same
 * visitor soon extended ("schweis" → "schweissen") is an unfinished word, not a demand.
 */
export function demandDailyRows(src: string): string {
  return `
    SELECT s.day, s.query, s.locale,
      coalesce(s.country, '') AS country, coalesce(s.region, '') AS region, coalesce(s.industry, '') AS industry,
      count(*)::int AS searches, count(DISTINCT s.visitor)::int AS visitors, max(s.results)::int AS results
    FROM ${src} s
    WHERE s.kind = 'SEARCH' AND s.results <= ${FEW_RESULTS} AND s.query <> '' AND s.locale IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM ${src} l
        WHERE l.kind = 'SEARCH' AND l.visitor = s.visitor AND l.day = s.day
          AND l."createdAt" > s."createdAt" AND l."createdAt" <= s."createdAt" + interval '${TYPED_ON_WITHIN}'
          AND l.query <> s.query AND starts_with(l.query, s.query))
    GROUP BY s.day, s.query, s.locale, coalesce(s.country, ''), coalesce(s.region, ''), coalesce(s.industry, '')`;
}
