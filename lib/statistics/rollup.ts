// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { companyDailyCounts, demandDailyRows } from "./aggregates";
import { forgetCachedSalt, utcDay } from "./visitor";

export interface RollupSummary {
  events: number;
  companyDays: number;
  demandRows: number;
  saltsDeleted: number;
}

// Any constant shared by all instances: only one of them rolls up at a time.
const ROLLUP_LOCK = 7_140_114;

/**
 * Turns the raw events of finished (UTC) days into daily counts and deletes them, and deletes the
 * visitor salts of finished days, and folds the dashboards' pending deltas into their monthly
 * counts (lib/dashboards/queries.ts). Safe to run from several instances at once: one takes the
 * lock and the others skip this round. Runs from the scheduler (lib/alerts/scheduler.ts).
 */
export async function rollUpStatistics(db: Db, now = new Date()): Promise<RollupSummary | null> {
  const today = utcDay(now);
  const summary = await db.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${ROLLUP_LOCK}) AS locked`;
    if (!locked) return null;
    // One statement: the rows deleted are exactly the rows counted, even while new ones arrive.
    const [counts] = await tx.$queryRawUnsafe<{ events: number; companyDays: number; demandRows: number }[]>(
      `WITH moved AS (DELETE FROM stats_event WHERE day < $1::date RETURNING *),
       companies AS (
         INSERT INTO company_daily_stat ("companyId", day, "profileViews", "searchAppearances", "searchClicks", enquiries, "watchlistAdds")
         SELECT c.* FROM (${companyDailyCounts("moved")}) c JOIN "Organization" o ON o.id = c."companyId"
         ON CONFLICT ("companyId", day) DO UPDATE SET
           "profileViews" = company_daily_stat."profileViews" + EXCLUDED."profileViews",
           "searchAppearances" = company_daily_stat."searchAppearances" + EXCLUDED."searchAppearances",
           "searchClicks" = company_daily_stat."searchClicks" + EXCLUDED."searchClicks",
           enquiries = company_daily_stat.enquiries + EXCLUDED.enquiries,
           "watchlistAdds" = company_daily_stat."watchlistAdds" + EXCLUDED."watchlistAdds"
         RETURNING 1),
       demand AS (
         INSERT INTO search_demand_daily (day, query, locale, country, region, industry, searches, visitors, results)
         ${demandDailyRows("moved")}
         ON CONFLICT (day, query, locale, country, region, industry) DO UPDATE SET
           searches = search_demand_daily.searches + EXCLUDED.searches,
           visitors = search_demand_daily.visitors + EXCLUDED.visitors,
           results = GREATEST(search_demand_daily.results, EXCLUDED.results)
         RETURNING 1)
       SELECT (SELECT count(*) FROM moved)::int AS events, (SELECT count(*) FROM companies)::int AS "companyDays",
              (SELECT count(*) FROM demand)::int AS "demandRows"`,
      today,
    );
    const saltsDeleted = await tx.$executeRaw`DELETE FROM visitor_salt WHERE day < ${today}::date`;
    // The dashboards' pending deltas join their monthly counts, which keeps the deltas the
    // dashboards add up on every request few.
    await tx.$executeRaw`SELECT dashboard_fold()`;
    return { ...counts, saltsDeleted };
  });
  if (summary?.saltsDeleted) forgetCachedSalt();
  return summary;
}

/** Describes a round for the scheduler's log, or null when there was nothing to do. */
export function describeRollup(s: RollupSummary | null): string | null {
  if (!s || (!s.events && !s.saltsDeleted)) return null;
  return `rolled up ${s.events} counting events into ${s.companyDays} company days and ${s.demandRows} demand rows; deleted ${s.saltsDeleted} visitor salts`;
}
