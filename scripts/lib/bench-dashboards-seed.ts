// SPDX-License-Identifier: EUPL-1.2
/**
 * The dashboard benchmark's portal: 100,000 companies and a year of activity, written by
 * set-based SQL in a few seconds instead of row by row. Ids start with "b" and a kind letter,
 * so the data can be recognised and is never mistaken for a real portal's.
 */
import type pg from "pg";
import { REGIONS } from "../../lib/geo/places";

export const BENCH_COMPANIES = 100_000;
export const BENCH_INSTITUTIONS = 10;
export const BENCH_LISTINGS = 150_000;
export const BENCH_ENQUIRIES = 300_000;
export const BENCH_EVENTS = 500;
const REGISTRATIONS_PER_EVENT = 40;
const MEETINGS_PER_EVENT = 15;

const NOW = `(now() AT TIME ZONE 'UTC')`;
const WITHIN_A_YEAR = `(${NOW} - random() * interval '365 days')`;

export async function seedBenchPortal(client: pg.Client, log: (line: string) => void): Promise<void> {
  const de = REGIONS.filter((r) => r.country === "DE").map((r) => r.id);
  const cz = REGIONS.filter((r) => r.country === "CZ").map((r) => r.id);
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${Math.round(performance.now() - t0)} ms`);
  };
  await client.query("BEGIN");
  await step(
    "institutions",
    `INSERT INTO "Organization" ("id", "kind", "slug", "name", "country", "regionId", "status", "languages", "certifications", "createdAt", "updatedAt")
     SELECT 'bi' || g, 'INSTITUTION', 'bench-institution-' || g, 'Bench Kammer ' || g,
       CASE WHEN g <= 6 THEN 'DE' ELSE 'CZ' END,
       CASE WHEN g <= 6 THEN ($1::text[])[1 + g % cardinality($1::text[])] ELSE ($2::text[])[1 + g % cardinality($2::text[])] END,
       'PUBLISHED', '{}', '{}', ${NOW} - interval '5 years', ${NOW}
     FROM generate_series(1, ${BENCH_INSTITUTIONS}) g`,
    [de, cz],
  );
  // 55 % German, 40 % Czech, 5 % Polish; seven in ten registered before the year.
  await step(
    "companies",
    `INSERT INTO "Organization" ("id", "kind", "slug", "name", "country", "regionId", "status", "languages", "certifications", "createdAt", "updatedAt")
     SELECT 'bc' || g, 'COMPANY', 'bench-company-' || g, 'Bench Firma ' || g, country,
       CASE country WHEN 'DE' THEN ($1::text[])[1 + g % cardinality($1::text[])] WHEN 'CZ' THEN ($2::text[])[1 + g % cardinality($2::text[])] END,
       'PUBLISHED', '{}', '{}', created, ${NOW}
     FROM (
       SELECT g, CASE WHEN g % 20 < 11 THEN 'DE' WHEN g % 20 < 19 THEN 'CZ' ELSE 'PL' END AS country,
         CASE WHEN g % 10 < 7 THEN ${NOW} - interval '365 days' - random() * interval '4 years' ELSE ${WITHIN_A_YEAR} END AS created
       FROM generate_series(1, ${BENCH_COMPANIES}) g
     ) c`,
    [de, cz],
  );
  await step(
    "users of claimed companies",
    `INSERT INTO "User" ("id", "email", "emailVerified", "updatedAt")
     SELECT 'bu' || g, 'bench-' || g || '@example.test', ${NOW}, ${NOW} FROM generate_series(1, ${BENCH_COMPANIES}) g WHERE g % 5 < 2`,
  );
  await step(
    "memberships (40 % claimed)",
    `INSERT INTO "Membership" ("id", "userId", "organizationId", "role", "createdAt")
     SELECT 'bm' || g, 'bu' || g, 'bc' || g, 'OWNER', LEAST(o."createdAt" + random() * interval '60 days', ${NOW})
     FROM generate_series(1, ${BENCH_COMPANIES}) g JOIN "Organization" o ON o."id" = 'bc' || g WHERE g % 5 < 2`,
  );
  await step(
    "industries (one or two classes each)",
    `WITH classes AS (SELECT array_agg("code" ORDER BY "code") AS a FROM "Industry" WHERE "level" = 'class')
     INSERT INTO "OrganizationIndustry" ("organizationId", "industryCode")
     SELECT 'bc' || g, a[1 + (g::bigint * 7) % cardinality(a)] FROM generate_series(1, ${BENCH_COMPANIES}) g, classes
     UNION
     SELECT 'bc' || g, a[1 + (g::bigint * 13 + 5) % cardinality(a)] FROM generate_series(1, ${BENCH_COMPANIES}) g, classes WHERE g % 2 = 0
     ON CONFLICT DO NOTHING`,
  );
  await step(
    "institution member lists",
    `INSERT INTO "InstitutionMember" ("id", "institutionId", "companyId", "updatedAt")
     SELECT 'bim-' || i."id" || '-' || c."id", i."id", c."id", ${NOW}
     FROM "Organization" i JOIN "Organization" c ON c."regionId" = i."regionId" AND c."kind" = 'COMPANY'
     WHERE i."kind" = 'INSTITUTION' AND i."id" LIKE 'bi%' AND right(c."id", 1) IN ('0', '3', '6')`,
  );
  await step(
    "verifications (10 %, some revoked)",
    `INSERT INTO "CompanyVerification" ("id", "companyId", "institutionId", "memberChecked", "registerChecked", "verifiedAt", "revokedAt")
     SELECT 'bv' || g, 'bc' || g, 'bi' || (1 + g % ${BENCH_INSTITUTIONS}), true, g % 3 = 0, ${WITHIN_A_YEAR},
       CASE WHEN g % 100 = 3 THEN ${NOW} - random() * interval '30 days' END
     FROM generate_series(1, ${BENCH_COMPANIES}) g WHERE g % 10 = 3`,
  );
  await step(
    "listings",
    `INSERT INTO "Listing" ("id", "organizationId", "kind", "status", "createdAt", "updatedAt")
     SELECT 'bl' || g, 'bc' || (1 + (g::bigint * 7919) % ${BENCH_COMPANIES}), CASE WHEN g % 2 = 0 THEN 'OFFER' ELSE 'REQUEST' END::"ListingKind",
       'PUBLISHED', ${WITHIN_A_YEAR}, ${NOW}
     FROM generate_series(1, ${BENCH_LISTINGS}) g`,
  );
  await step(
    "enquiries",
    `INSERT INTO "Enquiry" ("id", "batchId", "senderOrganizationId", "recipientOrganizationId", "subject", "createdAt", "lastMessageAt", "updatedAt")
     SELECT 'bq' || g, 'bb' || g, 'bc' || (1 + (g::bigint * 7919) % ${BENCH_COMPANIES}), 'bc' || (1 + (g::bigint * 104729 + 17) % ${BENCH_COMPANIES}),
       'Bench', t, t, t
     FROM (SELECT g, ${WITHIN_A_YEAR} AS t FROM generate_series(1, ${BENCH_ENQUIRIES}) g) q`,
  );
  await step(
    "events",
    `INSERT INTO "Event" ("id", "slug", "organizerId", "type", "titleDe", "startsAt", "endsAt", "capacity", "status", "meetingsEnabled", "languages", "createdAt", "updatedAt")
     SELECT 'be' || g, 'bench-event-' || g, 'bi' || (1 + g % ${BENCH_INSTITUTIONS}), 'MATCHMAKING', 'Bench ' || g, s, s + interval '4 hours', 500,
       CASE WHEN g % 25 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END::"EventStatus", true, '{}', s - interval '30 days', ${NOW}
     FROM (SELECT g, ${WITHIN_A_YEAR} AS s FROM generate_series(1, ${BENCH_EVENTS}) g) e`,
  );
  // Registrations are inserted with capacity to spare; the seats trigger counts them.
  await step(
    "registrations",
    `INSERT INTO "EventRegistration" ("id", "eventId", "organizationId", "status", "participantName", "languages", "updatedAt")
     SELECT 'br' || e || '-' || k, 'be' || e, 'bc' || (1 + ((e * ${REGISTRATIONS_PER_EVENT} + k) * 31) % ${BENCH_COMPANIES}),
       CASE WHEN k % 10 = 9 THEN 'CANCELLED' ELSE 'CONFIRMED' END::"RegistrationStatus", 'Bench', '{}', ${NOW}
     FROM generate_series(1, ${BENCH_EVENTS}) e, generate_series(0, ${REGISTRATIONS_PER_EVENT - 1}) k`,
  );
  await step(
    "meeting requests",
    `INSERT INTO "MeetingRequest" ("id", "eventId", "requesterId", "recipientId", "message", "status", "updatedAt")
     SELECT 'bmr' || e || '-' || k, 'be' || e, 'br' || e || '-' || k, 'br' || e || '-' || (k + 20), 'Bench', 'ACCEPTED', ${NOW}
     FROM generate_series(1, ${BENCH_EVENTS}) e, generate_series(0, ${MEETINGS_PER_EVENT - 1}) k`,
  );
  await step(
    "meetings",
    `INSERT INTO "Meeting" ("id", "eventId", "requestId", "startsAt", "endsAt", "tableNumber", "updatedAt")
     SELECT 'bmt' || e.g || '-' || k, 'be' || e.g, 'bmr' || e.g || '-' || k, ev."startsAt" + k * interval '20 minutes',
       ev."startsAt" + (k + 1) * interval '20 minutes', k + 1, ${NOW}
     FROM generate_series(1, ${BENCH_EVENTS}) e(g) JOIN "Event" ev ON ev."id" = 'be' || e.g, generate_series(0, ${MEETINGS_PER_EVENT - 1}) k`,
  );
  await step(
    "meeting feedback",
    `INSERT INTO "MeetingFeedback" ("id", "meetingId", "registrationId", "outcome", "updatedAt")
     SELECT 'bf' || m."id" || '-' || side, m."id", CASE side WHEN 0 THEN r."requesterId" ELSE r."recipientId" END,
       (ARRAY['NOT_HELD', 'NO_INTEREST', 'INFORMATIVE', 'COOPERATION_LIKELY'])[1 + (hashtext(m."id") & 3)]::"MeetingOutcome", ${NOW}
     FROM "Meeting" m JOIN "MeetingRequest" r ON r."id" = m."requestId", generate_series(0, 1) side
     WHERE m."id" LIKE 'bmt%' AND (hashtext(m."id" || side) & 7) < 5`,
  );
  await client.query("COMMIT");
  // As the scheduler would have by now: the dashboards' deltas joined their monthly counts.
  await step("dashboard rollups folded", "SELECT dashboard_fold()");
  // As autovacuum would have by now: statistics for the planner, and the visibility map that lets
  // index-only scans skip the table.
  await step("vacuum analyze", "VACUUM ANALYZE");
}
