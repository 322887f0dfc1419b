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
import { companyIdsInScope, companyInScope, eventInScope, utc, type DashboardScope } from "./scope";

/**
 * The dashboards' figures, each one aggregate query: the database counts, the application only
 * reshapes a few dozen rows. Counts are bigint in PostgreSQL and come back as numbers here.
 *
 * Claimed and verified are as they stood at the end of the period: a membership created later
 * or a verification given later does not count, one revoked later still does. For a period
 * ending this month that is today's state.
 */

/** The NACE division of an industry row `i`; companies are filed under classes or divisions. */
const DIVISION = Prisma.sql`CASE WHEN i."level" IN ('class', 'group') THEN COALESCE(i."parentCode", left(i."code", 2)) ELSE i."code" END`;

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

/** The companies in scope that existed at the end of the period, with their claim and verification state then. */
function companiesAtEnd(scope: DashboardScope, period: DashboardPeriod): Prisma.Sql {
  const end = utc(period.end);
  return Prisma.sql`
    SELECT c."id", c."country", c."regionId",
      EXISTS (SELECT 1 FROM "Membership" m WHERE m."organizationId" = c."id" AND m."createdAt" < ${end}) AS claimed,
      EXISTS (
        SELECT 1 FROM "CompanyVerification" v
        WHERE v."companyId" = c."id" AND v."verifiedAt" < ${end} AND (v."revokedAt" IS NULL OR v."revokedAt" >= ${end})
      ) AS verified
    FROM "Organization" c
    WHERE c."kind" = 'COMPANY' AND c."createdAt" < ${end} AND ${companyInScope(scope, "c")}`;
}

/** By country and by region in one pass over the companies. */
export async function companiesByPlace(db: Db, scope: DashboardScope, period: DashboardPeriod) {
  const rows = await db.$queryRaw<(BreakdownSqlRow & { byCountry: boolean })[]>`
    WITH comp AS (${companiesAtEnd(scope, period)})
    SELECT CASE WHEN GROUPING("country") = 0 THEN "country" ELSE "regionId" END AS key,
      GROUPING("country") = 0 AS "byCountry",
      count(*) AS total, count(*) FILTER (WHERE claimed) AS claimed, count(*) FILTER (WHERE verified) AS verified
    FROM comp
    GROUP BY GROUPING SETS (("country"), ("regionId"))`;
  return {
    byCountry: toBreakdown(rows.filter((r) => r.byCountry)),
    byRegion: toBreakdown(rows.filter((r) => !r.byCountry)),
  };
}

/**
 * A LEFT JOIN giving `d.division`: each distinct division of the company `companyId`, or one
 * NULL when it has none. The whole portal's companies meet the filing table in one hash join;
 * an institution's few thousand look theirs up by index.
 */
function divisionsOf(scope: DashboardScope, companyId: Prisma.Sql): Prisma.Sql {
  if (scope.kind === "platform") {
    return Prisma.sql`
      LEFT JOIN (
        SELECT DISTINCT oi."organizationId", ${DIVISION} AS division
        FROM "OrganizationIndustry" oi JOIN "Industry" i ON i."code" = oi."industryCode"
      ) d ON d."organizationId" = ${companyId}`;
  }
  return Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT DISTINCT ${DIVISION} AS division
      FROM "OrganizationIndustry" oi JOIN "Industry" i ON i."code" = oi."industryCode"
      WHERE oi."organizationId" = ${companyId}
      OFFSET 0
    ) d ON TRUE`;
}

/** A company filed under several classes of one division counts once there, and once in each division it has. */
export async function companiesByIndustry(db: Db, scope: DashboardScope, period: DashboardPeriod): Promise<CompanyBreakdownRow[]> {
  if (scope.kind !== "platform") {
    // A few thousand companies: their filings by index and a small sort beat one lookup each.
    const rows = await db.$queryRaw<BreakdownSqlRow[]>`
      WITH comp AS (${companiesAtEnd(scope, period)}),
      filed AS (
        SELECT DISTINCT comp."id", comp.claimed, comp.verified, ${DIVISION} AS division
        FROM comp
        JOIN "OrganizationIndustry" oi ON oi."organizationId" = comp."id"
        JOIN "Industry" i ON i."code" = oi."industryCode"
        UNION ALL
        SELECT comp."id", comp.claimed, comp.verified, NULL
        FROM comp WHERE NOT EXISTS (SELECT 1 FROM "OrganizationIndustry" oi WHERE oi."organizationId" = comp."id")
      )
      SELECT division AS key, count(*) AS total, count(*) FILTER (WHERE claimed) AS claimed, count(*) FILTER (WHERE verified) AS verified
      FROM filed GROUP BY division`;
    return toBreakdown(rows);
  }
  const rows = await db.$queryRaw<BreakdownSqlRow[]>`
    WITH comp AS (${companiesAtEnd(scope, period)})
    -- Each company's distinct divisions, made from the narrow filing table alone, then one hash
    -- join; a company without any comes out of the outer join with a NULL division.
    SELECT d.division AS key, count(*) AS total, count(*) FILTER (WHERE comp.claimed) AS claimed, count(*) FILTER (WHERE comp.verified) AS verified
    FROM comp
    ${divisionsOf(scope, Prisma.raw('comp."id"'))}
    GROUP BY d.division`;
  return toBreakdown(rows);
}

/** New companies, listings and events per month. */
export async function growth(db: Db, scope: DashboardScope, period: DashboardPeriod): Promise<GrowthRow[]> {
  const [start, end] = [utc(period.start), utc(period.end)];
  const rows = await db.$queryRaw<{ month: string; kind: string; n: bigint }[]>`
    SELECT ${MONTH_OF('c."createdAt"')} AS month, 'companies' AS kind, count(*) AS n
    FROM "Organization" c
    WHERE c."kind" = 'COMPANY' AND c."createdAt" >= ${start} AND c."createdAt" < ${end} AND ${companyInScope(scope, "c")}
    GROUP BY 1
    UNION ALL
    SELECT ${MONTH_OF('l."createdAt"')}, 'listings', count(*)
    FROM "Listing" l
    WHERE l."createdAt" >= ${start} AND l."createdAt" < ${end}
      ${
        // Every listing has its company (a foreign key): the platform needs no company row.
        scope.kind === "platform"
          ? Prisma.empty
          : Prisma.sql`AND EXISTS (SELECT 1 FROM "Organization" c WHERE c."id" = l."organizationId" AND ${companyInScope(scope, "c")})`
      }
    GROUP BY 1
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
 * Enquiries between a German and a Czech company where either side lies in scope, only whom to
 * whom and when. Each enquiry carries both companies' countries (kept exact by database
 * triggers), so no company row is read: the platform takes the year's cross-border enquiries
 * from their partial index alone; an institution's scope is a few thousand companies at most,
 * so its enquiries are found from its companies through the sender and recipient indexes,
 * which hold the countries too.
 */
function crossBorderEnquiries(scope: DashboardScope, period: DashboardPeriod): Prisma.Sql {
  const [start, end] = [utc(period.start), utc(period.end)];
  // Written exactly as the partial index's predicate, so the planner can use it.
  const crossBorder = (alias: string) =>
    Prisma.raw(
      `((${alias}."senderCountry" = 'DE' AND ${alias}."recipientCountry" = 'CZ') OR (${alias}."senderCountry" = 'CZ' AND ${alias}."recipientCountry" = 'DE'))`,
    );
  if (scope.kind === "platform") {
    return Prisma.sql`
      SELECT q."createdAt", q."recipientOrganizationId", q."senderCountry" AS "from"
      FROM "Enquiry" q
      WHERE q."createdAt" >= ${start} AND q."createdAt" < ${end} AND ${crossBorder("q")}`;
  }
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
  const rows = await db.$queryRaw<{ month: string; deToCz: bigint; czToDe: bigint }[]>`
    WITH x AS (${crossBorderEnquiries(scope, period)})
    SELECT ${MONTH_OF('x."createdAt"')} AS month,
      count(*) FILTER (WHERE x."from" = 'DE') AS "deToCz", count(*) FILTER (WHERE x."from" = 'CZ') AS "czToDe"
    FROM x GROUP BY 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return period.months.map((month) => ({ month, deToCz: num(byMonth.get(month)?.deToCz), czToDe: num(byMonth.get(month)?.czToDe) }));
}

/**
 * By the industry of the company asked: what is sought across the border. The enquiries are
 * first counted per company asked, so the industries are joined once per company rather than
 * once per enquiry; a company's divisions are distinct, so each enquiry counts once in each.
 */
export async function enquiriesByIndustry(db: Db, scope: DashboardScope, period: DashboardPeriod): Promise<EnquiryIndustryRow[]> {
  const rows = await db.$queryRaw<{ key: string | null; deToCz: bigint; czToDe: bigint }[]>`
    WITH x AS (${crossBorderEnquiries(scope, period)}),
    per AS (
      SELECT x."recipientOrganizationId",
        count(*) FILTER (WHERE x."from" = 'DE') AS de, count(*) FILTER (WHERE x."from" = 'CZ') AS cz
      FROM x GROUP BY 1
    )
    SELECT d.division AS key, sum(per.de)::bigint AS "deToCz", sum(per.cz)::bigint AS "czToDe"
    FROM per ${divisionsOf(scope, Prisma.raw('per."recipientOrganizationId"'))}
    GROUP BY d.division`;
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
