// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import type { Lang } from "../i18n/localized";
import { CONCEPTS } from "../search/data/concepts";
import { conceptMatcher } from "../search/concepts";
import { demandDailyRows } from "./aggregates";

/** A query is shown only once at least this many distinct visitors searched it. */
export const MIN_VISITORS = 3;

export type BorderCountry = "DE" | "CZ";

/** The interface language of each side of the border. */
const LANGUAGE_OF: Record<BorderCountry, Lang> = { DE: "de", CZ: "cs" };
const OTHER_SIDE: Record<BorderCountry, BorderCountry> = { DE: "CZ", CZ: "DE" };

export interface DemandSignalOptions {
  /** First day counted (UTC, inclusive). */
  from: Date;
  /** Day after the last day counted (UTC, exclusive). */
  to: Date;
  /**
   * Only searches that looked across the border into this country: searches filtered to it and
   * made in another interface language than its own, and searches without a country filter made
   * in the other side's language (a Czech visitor's search on the German side is for DE).
   */
  lookingInto?: BorderCountry;
  /** Only searches filtered to this region. */
  regionId?: string;
  limit?: number;
}

export interface DemandSignal {
  /** Normalized words (lower case, no diacritics). */
  query: string;
  /** Interface language the visitors searched in. */
  locale: string;
  country: string | null;
  region: string | null;
  industry: string | null;
  searches: number;
  /** Distinct visitors, each counted once per day. */
  visitors: number;
  /** The most results any of these searches found (at most FEW_RESULTS). */
  results: number;
  conceptIds: string[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Searches that found little or nothing, over rolled-up days and today's raw events alike, each
 * shown only after MIN_VISITORS distinct visitors. Most visitors first.
 */
export async function demandSignals(db: Db, options: DemandSignalOptions): Promise<DemandSignal[]> {
  const params: unknown[] = [day(options.from), day(options.to), MIN_VISITORS, Math.min(options.limit ?? 500, 5000)];
  const where: string[] = [];
  if (options.lookingInto) {
    const country = options.lookingInto;
    params.push(country, LANGUAGE_OF[country], LANGUAGE_OF[OTHER_SIDE[country]]);
    const [c, own, other] = [params.length - 2, params.length - 1, params.length];
    where.push(`((d.country = $${c} AND d.locale <> $${own}) OR (d.country = '' AND d.locale = $${other}))`);
  }
  if (options.regionId) {
    params.push(options.regionId);
    where.push(`d.region = $${params.length}`);
  }
  const rows = await db.$queryRawUnsafe<Omit<DemandSignal, "conceptIds">[]>(
    `WITH src AS (SELECT * FROM stats_event WHERE kind = 'SEARCH' AND day >= $1::date AND day < $2::date),
     d AS (
       SELECT day, query, locale, country, region, industry, searches, visitors, results
       FROM search_demand_daily WHERE day >= $1::date AND day < $2::date
       UNION ALL ${demandDailyRows("src")})
     SELECT d.query, d.locale, nullif(d.country, '') AS country, nullif(d.region, '') AS region,
            nullif(d.industry, '') AS industry, sum(d.searches)::int AS searches, sum(d.visitors)::int AS visitors,
            max(d.results)::int AS results
     FROM d ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     GROUP BY d.query, d.locale, d.country, d.region, d.industry
     HAVING sum(d.visitors) >= $3
     ORDER BY visitors DESC, searches DESC, d.query
     LIMIT $4`,
    ...params,
  );
  const matcher = conceptMatcher();
  return rows.map((r) => ({ ...r, conceptIds: matcher.conceptIds([r.query]) }));
}

const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

/** A concept's first label in the reader's language. */
export function conceptLabel(id: string, lang: Lang): string {
  const c = CONCEPT_BY_ID.get(id);
  return c?.[lang][0] ?? c?.en[0] ?? id;
}

/** The calendar month "YYYY-MM" as [first day, first day of the next month) in UTC. */
export function monthRange(month: string): { from: Date; to: Date } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  if (year < 2000 || year > 2999) return null;
  return { from: new Date(Date.UTC(year, index, 1)), to: new Date(Date.UTC(year, index + 1, 1)) };
}

export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}
