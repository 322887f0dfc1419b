// SPDX-License-Identifier: EUPL-1.2
import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db/prisma";
import { MEETING_OUTCOMES } from "../matchmaking/schema";
import type {
  CompanyBreakdownRow,
  DashboardFigures,
  EnquiryIndustryRow,
  EnquiryMonthRow,
  EventMonthRow,
  FigureId,
  GrowthRow,
  OutcomeCounts,
} from "./figures";
import type { DashboardPeriod } from "./period";
import { companyIdsInScope, eventInScope, utc, type DashboardScope } from "./scope";

/**
 * The dashboards' figures, each one aggregate query: the database counts, the application only
 * reshapes a few dozen rows. Counts are bigint in PostgreSQL and come back as numbers here.
 *
 * Claimed and verified are as they stood at the end of the period: a membership created later
 * or a verification given later does not count, one revoked later still does. For a period
 * ending this month that is today's state.
 *
 * The platform and a region read the monthly rollups the database keeps exact by triggers
 * (migrations dashboard_rollups and dashboard_rollup_levels): a few rows per month and division
 * instead of every company and enquiry. A member list is not a dimension of those, so an
 * institution's members are counted from the companies' own rollup rows (dashboard_company),
 * looked up one per member.
 */

const MONTH_OF = (column: string) => Prisma.raw(`to_char(date_trunc('month', ${column}), 'YYYY-MM')`);

const num = (v: bigint | number | null | undefined) => Number(v ?? 0);

type BreakdownSqlRow = { key: string | null; total: bigint; claimed: bigint; verified: bigint };

function toBreakdown(rows: BreakdownSqlRow[]): CompanyBreakdownRow[] {
  return rows
    .map((r) => {
      const total = num(r.total);
      const claimed = num(r.claimed);
      return { key: r.key ?? "", total, claimed, unclaimed: total - claimed, verified: num(r.verified) };
    })
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/** A month's first day as the rollups key it. */
const monthDate = (date: Date) => Prisma.sql`${date.toISOString().slice(0, 10)}::date`;

/** The last month of the period: the rollups' state at the period's end is the sum up to it. */
const lastMonth = (period: DashboardPeriod) => Prisma.sql`${`${period.to}-01`}::date`;

type PlaceScope = Exclude<DashboardScope, { kind: "members" }>;

/**
 * Which of the rollups' levels a figure reads: the whole platform (country and region '*'), each
 * country (region '*') or each place. A region's dashboard reads its own place at every level.
 */
function level(scope: PlaceScope, of: "whole" | "countries" | "places"): Prisma.Sql {
  if (scope.kind === "region") return Prisma.sql`"country" = ${scope.country} AND "region" = ${scope.regionId}`;
  if (of === "whole") return Prisma.sql`"country" = '*' AND "region" = '*'`;
  if (of === "countries") return Prisma.sql`"country" <> '*' AND "region" = '*'`;
  return Prisma.sql`"country" <> '*' AND "region" <> '*'`;
}

/**
 * The company rollup's monthly rows, folded or still pending. `*` rows count each organization
 * once, the others once per NACE division ('' for none).
 */
function companyMonths(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT "month", "country", "region", "division", "companies", "claimed", "verified", "listings" FROM dashboard_company_month WHERE ${where}
    UNION ALL
    SELECT "month", "country", "region", "division", "companies", "claimed", "verified", "listings" FROM dashboard_company_delta WHERE ${where}
  )`;
}

/**
 * Each member's fact row `f`, looked up by its key: LATERAL with OFFSET 0 keeps the planner from
 * hashing every company's row for a few thousand members.
 */
function memberFacts(institutionId: string): Prisma.Sql {
  return Prisma.sql`(SELECT im."companyId" FROM "InstitutionMember" im WHERE im."institutionId" = ${institutionId}) im
    CROSS JOIN LATERAL (SELECT * FROM dashboard_company fact WHERE fact."id" = im."companyId" OFFSET 0) f`;
}

/** An institution's members as the rollup describes each, with their state at the end of the period. */
function membersAtEnd(institutionId: string, period: DashboardPeriod): Prisma.Sql {
  const last = lastMonth(period);
  return Prisma.sql`
    SELECT f."country", f."region", f."divisions", f."claimed" <= ${last} AS claimed, f."verified" @> ${last} AS verified
    FROM ${memberFacts(institutionId)}
    WHERE f."isCompany" AND f."created" <= ${last}`;
}

const BREAKDOWN_BY_PLACE = Prisma.sql`
  CASE WHEN GROUPING("country") = 0 THEN "country" ELSE "region" END AS key, GROUPING("country") = 0 AS "byCountry"`;

/** By country and by region in one pass. */
export async function companiesByPlace(db: Db, scope: DashboardScope, period: DashboardPeriod) {
  const rows =
    scope.kind === "members"
      ? await db.$queryRaw<(BreakdownSqlRow & { byCountry: boolean })[]>`
          SELECT ${BREAKDOWN_BY_PLACE}, count(*) AS total, count(*) FILTER (WHERE claimed) AS claimed, count(*) FILTER (WHERE verified) AS verified
          FROM (${membersAtEnd(scope.institutionId, period)}) comp
          GROUP BY GROUPING SETS (("country"), ("region"))`
      : await db.$queryRaw<(BreakdownSqlRow & { byCountry: boolean })[]>`
          SELECT "country" AS key, TRUE AS "byCountry", sum("companies") AS total, sum("claimed") AS claimed, sum("verified") AS verified
          FROM ${companyMonths(Prisma.sql`${level(scope, "countries")} AND "division" = '*' AND "month" <= ${lastMonth(period)}`)} m
          GROUP BY "country" HAVING sum("companies") > 0
          UNION ALL
          SELECT "region", FALSE, sum("companies"), sum("claimed"), sum("verified")
          FROM ${companyMonths(Prisma.sql`${level(scope, "places")} AND "division" = '*' AND "month" <= ${lastMonth(period)}`)} m
          GROUP BY "region" HAVING sum("companies") > 0`;
  return {
    byCountry: toBreakdown(rows.filter((r) => r.byCountry)),
    byRegion: toBreakdown(rows.filter((r) => !r.byCountry)),
  };
}

/** A company filed under several classes of one division counts once there, and once in each division it has. */
export async function companiesByIndustry(db: Db, scope: DashboardScope, period: DashboardPeriod): Promise<CompanyBreakdownRow[]> {
  const rows =
    scope.kind === "members"
      ? await db.$queryRaw<BreakdownSqlRow[]>`
          SELECT d.division AS key, count(*) AS total, count(*) FILTER (WHERE comp.claimed) AS claimed, count(*) FILTER (WHERE comp.verified) AS verified
          FROM (${membersAtEnd(scope.institutionId, period)}) comp
          CROSS JOIN LATERAL unnest(CASE WHEN cardinality(comp."divisions") = 0 THEN ARRAY[''] ELSE comp."divisions" END) d(division)
          GROUP BY d.division`
      : await db.$queryRaw<BreakdownSqlRow[]>`
          SELECT "division" AS key, sum("companies") AS total, sum("claimed") AS claimed, sum("verified") AS verified
          FROM ${companyMonths(Prisma.sql`${level(scope, "whole")} AND "division" <> '*' AND "month" <= ${lastMonth(period)}`)} m
          GROUP BY "division"
          HAVING sum("companies") > 0`;
  return toBreakdown(rows);
}

/** New companies, listings and events per month. */
export async function growth(db: Db, scope: DashboardScope, period: DashboardPeriod): Promise<GrowthRow[]> {
  const [start, end] = [utc(period.start), utc(period.end)];
  const inPeriod = (column: Prisma.Sql) => Prisma.sql`${column} >= ${monthDate(period.start)} AND ${column} < ${monthDate(period.end)}`;
  const organizations =
    scope.kind === "members"
      ? Prisma.sql`
          SELECT to_char(f."created", 'YYYY-MM') AS month, 'companies' AS kind, count(*) AS n
          FROM ${memberFacts(scope.institutionId)}
          WHERE f."isCompany" AND ${inPeriod(Prisma.sql`f."created"`)}
          GROUP BY 1
          UNION ALL
          SELECT to_char(l.month, 'YYYY-MM'), 'listings', count(*)
          FROM ${memberFacts(scope.institutionId)} CROSS JOIN LATERAL unnest(f."listings") l(month)
          WHERE ${inPeriod(Prisma.sql`l.month`)}
          GROUP BY 1`
      : Prisma.sql`
          SELECT to_char(m."month", 'YYYY-MM') AS month, k.kind, sum(CASE k.kind WHEN 'companies' THEN m."companies" ELSE m."listings" END) AS n
          FROM ${companyMonths(Prisma.sql`${level(scope, "whole")} AND "division" = '*' AND ${inPeriod(Prisma.sql`"month"`)}`)} m
          CROSS JOIN (VALUES ('companies'), ('listings')) k(kind)
          GROUP BY 1, 2`;
  const rows = await db.$queryRaw<{ month: string; kind: string; n: bigint }[]>`
    ${organizations}
    UNION ALL
    SELECT ${MONTH_OF('e."createdAt"')}, 'events', count(*)
    FROM "Event" e
    WHERE e."status" <> 'DRAFT' AND e."createdAt" >= ${start} AND e."createdAt" < ${end} AND ${eventInScope(scope, "e")}
    GROUP BY 1`;
  const byMonth = new Map(period.months.map((month) => [month, { month, companies: 0, listings: 0, events: 0 }]));
  for (const r of rows) {
    const row = byMonth.get(r.month);
    if (row) row[r.kind as "companies" | "listings" | "events"] = num(r.n);
  }
  return [...byMonth.values()];
}

/**
 * The enquiry rollup's monthly rows in the period: cross-border enquiries by their companies'
 * current places, counted at the sender's and at the recipient's place and once for the
 * platform. `*` rows count each enquiry once, the others once per division of the company asked
 * ('' for none).
 */
function enquiryMonths(scope: PlaceScope, period: DashboardPeriod, division: Prisma.Sql): Prisma.Sql {
  const where = Prisma.sql`${level(scope, "whole")} AND ${division} AND "month" >= ${monthDate(period.start)} AND "month" < ${monthDate(period.end)}`;
  return Prisma.sql`(
    SELECT "month", "fromCountry", "division", "enquiries" FROM dashboard_enquiry_month WHERE ${where}
    UNION ALL
    SELECT "month", "fromCountry", "division", "enquiries" FROM dashboard_enquiry_delta WHERE ${where}
  )`;
}

/**
 * An institution's members' enquiries between a German and a Czech company, where either side is
 * a member: only whom to whom and when. Each enquiry carries both companies' countries (kept
 * exact by database triggers), so no company row is read; a member list is a few thousand
 * companies at most, so its enquiries are found from its companies through the sender and
 * recipient indexes, which hold the countries too.
 */
function membersCrossBorderEnquiries(scope: Extract<DashboardScope, { kind: "members" }>, period: DashboardPeriod): Prisma.Sql {
  const [start, end] = [utc(period.start), utc(period.end)];
  const crossBorder = (alias: string) =>
    Prisma.raw(
      `((${alias}."senderCountry" = 'DE' AND ${alias}."recipientCountry" = 'CZ') OR (${alias}."senderCountry" = 'CZ' AND ${alias}."recipientCountry" = 'DE'))`,
    );
  // LATERAL with OFFSET 0 keeps the planner from turning these lookups back into hash joins
  // over every enquiry. An enquiry between two companies in scope is taken once, from its sender.
  return Prisma.sql`
    WITH scoped AS MATERIALIZED (${companyIdsInScope(scope)})
    SELECT q.* FROM scoped CROSS JOIN LATERAL (
      SELECT e."createdAt", e."recipientOrganizationId", e."senderCountry" AS "from" FROM "Enquiry" e
      WHERE e."senderOrganizationId" = scoped."id" AND e."createdAt" >= ${start} AND e."createdAt" < ${end}
        AND ${crossBorder("e")} OFFSET 0
    ) q
    UNION ALL
    SELECT q."createdAt", q."recipientOrganizationId", q."from" FROM scoped CROSS JOIN LATERAL (
      SELECT e."createdAt", e."recipientOrganizationId", e."senderOrganizationId", e."senderCountry" AS "from" FROM "Enquiry" e
      WHERE e."recipientOrganizationId" = scoped."id" AND e."createdAt" >= ${start} AND e."createdAt" < ${end}
        AND ${crossBorder("e")} OFFSET 0
    ) q
    -- Outside the lookups, so the senders in scope are hashed once rather than once per company.
    WHERE NOT EXISTS (SELECT 1 FROM scoped both_sides WHERE both_sides."id" = q."senderOrganizationId")`;
}

export async function enquiriesByMonth(db: Db, scope: DashboardScope, period: DashboardPeriod): Promise<EnquiryMonthRow[]> {
  const rows =
    scope.kind === "members"
      ? await db.$queryRaw<{ month: string; deToCz: bigint; czToDe: bigint }[]>`
          WITH x AS (${membersCrossBorderEnquiries(scope, period)})
          SELECT ${MONTH_OF('x."createdAt"')} AS month,
            count(*) FILTER (WHERE x."from" = 'DE') AS "deToCz", count(*) FILTER (WHERE x."from" = 'CZ') AS "czToDe"
          FROM x GROUP BY 1`
      : await db.$queryRaw<{ month: string; deToCz: bigint; czToDe: bigint }[]>`
          SELECT to_char(m."month", 'YYYY-MM') AS month,
            sum(m."enquiries") FILTER (WHERE m."fromCountry" = 'DE') AS "deToCz", sum(m."enquiries") FILTER (WHERE m."fromCountry" = 'CZ') AS "czToDe"
          FROM ${enquiryMonths(scope, period, Prisma.sql`"division" = '*'`)} m
          GROUP BY 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return period.months.map((month) => ({ month, deToCz: num(byMonth.get(month)?.deToCz), czToDe: num(byMonth.get(month)?.czToDe) }));
}

/**
 * By the industry of the company asked: what is sought across the border. A company's divisions
 * are distinct, so each enquiry counts once in each. For members the enquiries are first counted
 * per company asked, so its divisions are looked up once per company rather than per enquiry.
 */
export async function enquiriesByIndustry(db: Db, scope: DashboardScope, period: DashboardPeriod): Promise<EnquiryIndustryRow[]> {
  const rows =
    scope.kind === "members"
      ? await db.$queryRaw<{ key: string | null; deToCz: bigint; czToDe: bigint }[]>`
          WITH x AS (${membersCrossBorderEnquiries(scope, period)}),
          per AS (
            SELECT x."recipientOrganizationId",
              count(*) FILTER (WHERE x."from" = 'DE') AS de, count(*) FILTER (WHERE x."from" = 'CZ') AS cz
            FROM x GROUP BY 1
          )
          SELECT d.division AS key, sum(per.de)::bigint AS "deToCz", sum(per.cz)::bigint AS "czToDe"
          FROM per
          CROSS JOIN LATERAL (SELECT fact."divisions" FROM dashboard_company fact WHERE fact."id" = per."recipientOrganizationId" OFFSET 0) f
          CROSS JOIN LATERAL unnest(CASE WHEN cardinality(f."divisions") = 0 THEN ARRAY[''] ELSE f."divisions" END) d(division)
          GROUP BY d.division`
      : await db.$queryRaw<{ key: string | null; deToCz: bigint; czToDe: bigint }[]>`
          SELECT m."division" AS key,
            sum(m."enquiries") FILTER (WHERE m."fromCountry" = 'DE') AS "deToCz", sum(m."enquiries") FILTER (WHERE m."fromCountry" = 'CZ') AS "czToDe"
          FROM ${enquiryMonths(scope, period, Prisma.sql`"division" <> '*'`)} m
          GROUP BY 1
          HAVING sum(m."enquiries") <> 0`;
  return rows
    .map((r) => ({ key: r.key ?? "", deToCz: num(r.deToCz), czToDe: num(r.czToDe) }))
    .sort((a, b) => b.deToCz + b.czToDe - (a.deToCz + a.czToDe) || a.key.localeCompare(b.key));
}

/**
 * Published events by the month they take place: confirmed registrations, meetings held and
 * the outcomes participants reported. A meeting counts as held once it is over, unless a
 * participant said it did not take place.
 */
export async function eventsByMonth(db: Db, scope: DashboardScope, period: DashboardPeriod, now: Date): Promise<EventMonthRow[]> {
  const rows = await db.$queryRaw<{ month: string; kind: string; n: bigint }[]>`
    WITH ev AS (
      SELECT e."id", ${MONTH_OF('e."startsAt"')} AS month
      FROM "Event" e
      WHERE e."status" = 'PUBLISHED' AND e."startsAt" >= ${utc(period.start)} AND e."startsAt" < ${utc(period.end)} AND ${eventInScope(scope, "e")}
    )
    SELECT month, 'events' AS kind, count(*) AS n FROM ev GROUP BY 1
    UNION ALL
    SELECT ev.month, 'registrations', count(*)
    FROM ev JOIN "EventRegistration" r ON r."eventId" = ev."id" WHERE r."status" = 'CONFIRMED' GROUP BY 1
    UNION ALL
    SELECT ev.month, 'meetingsHeld', count(*)
    FROM ev JOIN "Meeting" mt ON mt."eventId" = ev."id"
    WHERE mt."endsAt" <= ${utc(now)}
      AND NOT EXISTS (SELECT 1 FROM "MeetingFeedback" f WHERE f."meetingId" = mt."id" AND f."outcome" = 'NOT_HELD')
    GROUP BY 1
    UNION ALL
    SELECT ev.month, f."outcome"::text, count(*)
    FROM ev JOIN "Meeting" mt ON mt."eventId" = ev."id" JOIN "MeetingFeedback" f ON f."meetingId" = mt."id"
    GROUP BY 1, 2`;
  const empty = (): OutcomeCounts => Object.fromEntries(MEETING_OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
  const byMonth = new Map<string, EventMonthRow>(
    period.months.map((month) => [month, { month, events: 0, registrations: 0, meetingsHeld: 0, outcomes: empty() }]),
  );
  for (const r of rows) {
    const row = byMonth.get(r.month);
    if (!row) continue;
    if (r.kind === "events" || r.kind === "registrations" || r.kind === "meetingsHeld") row[r.kind] = num(r.n);
    else row.outcomes[r.kind as keyof OutcomeCounts] = num(r.n);
  }
  return [...byMonth.values()];
}

/** Every figure at once; the queries run side by side on the pool. */
export async function dashboardFigures(db: Db, scope: DashboardScope, period: DashboardPeriod, now: Date): Promise<DashboardFigures> {
  const [places, companiesByIndustryRows, growthRows, enquiries, enquiriesByIndustryRows, events] = await Promise.all([
    companiesByPlace(db, scope, period),
    companiesByIndustry(db, scope, period),
    growth(db, scope, period),
    enquiriesByMonth(db, scope, period),
    enquiriesByIndustry(db, scope, period),
    eventsByMonth(db, scope, period, now),
  ]);
  return {
    companiesByCountry: places.byCountry,
    companiesByRegion: places.byRegion,
    companiesByIndustry: companiesByIndustryRows,
    growth: growthRows,
    enquiries,
    enquiriesByIndustry: enquiriesByIndustryRows,
    events,
  };
}

/** One figure, for its CSV export. */
export async function figureData(db: Db, figure: FigureId, scope: DashboardScope, period: DashboardPeriod, now: Date) {
  switch (figure) {
    case "companies-by-country":
      return { figure, rows: (await companiesByPlace(db, scope, period)).byCountry } as const;
    case "companies-by-region":
      return { figure, rows: (await companiesByPlace(db, scope, period)).byRegion } as const;
    case "companies-by-industry":
      return { figure, rows: await companiesByIndustry(db, scope, period) } as const;
    case "growth":
      return { figure, rows: await growth(db, scope, period) } as const;
    case "enquiries":
      return { figure, rows: await enquiriesByMonth(db, scope, period) } as const;
    case "enquiries-by-industry":
      return { figure, rows: await enquiriesByIndustry(db, scope, period) } as const;
    case "events":
      return { figure, rows: await eventsByMonth(db, scope, period, now) } as const;
  }
}
