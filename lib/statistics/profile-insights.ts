// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { companyDailyCounts } from "./aggregates";

export interface MonthlyInsights {
  /** "YYYY-MM" */
  month: string;
  profileViews: number;
  searchAppearances: number;
  searchClicks: number;
  enquiries: number;
  watchlistAdds: number;
}

export const INSIGHT_FIELDS = ["profileViews", "searchAppearances", "searchClicks", "enquiries", "watchlistAdds"] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A company's counts per month in [from, to): rolled-up days plus the raw events of days not yet
 * rolled up. Months without any count are left out.
 */
export async function profileInsights(db: Db, companyId: string, range: { from: Date; to: Date }): Promise<MonthlyInsights[]> {
  return db.$queryRawUnsafe<MonthlyInsights[]>(
    `WITH src AS (SELECT * FROM stats_event WHERE "companyId" = $1 AND day >= $2::date AND day < $3::date),
     d AS (
       SELECT day, "profileViews", "searchAppearances", "searchClicks", enquiries, "watchlistAdds"
       FROM company_daily_stat WHERE "companyId" = $1 AND day >= $2::date AND day < $3::date
       UNION ALL
       SELECT day, "profileViews", "searchAppearances", "searchClicks", enquiries, "watchlistAdds" FROM (${companyDailyCounts("src")}) r)
     SELECT to_char(date_trunc('month', day), 'YYYY-MM') AS month,
       sum("profileViews")::int AS "profileViews", sum("searchAppearances")::int AS "searchAppearances",
       sum("searchClicks")::int AS "searchClicks", sum(enquiries)::int AS enquiries, sum("watchlistAdds")::int AS "watchlistAdds"
     FROM d GROUP BY 1 ORDER BY 1 DESC`,
    companyId,
    day(range.from),
    day(range.to),
  );
}
