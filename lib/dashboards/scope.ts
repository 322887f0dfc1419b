// SPDX-License-Identifier: EUPL-1.2
import { Prisma } from "../generated/prisma/client";

/**
 * Whose companies a dashboard counts. Platform admins see the whole portal; an institution
 * sees either the companies it lists (its members) or every company in its region. Events are
 * always the institution's own: companies do not organize events.
 */
export type DashboardScope =
  | { kind: "platform" }
  | { kind: "members"; institutionId: string }
  | { kind: "region"; institutionId: string; country: string; regionId: string };

export const INSTITUTION_SCOPES = ["members", "region"] as const;
export type InstitutionScopeKind = (typeof INSTITUTION_SCOPES)[number];

/** SQL: the ids of an institution's companies, as a column "id". */
export function companyIdsInScope(scope: Exclude<DashboardScope, { kind: "platform" }>): Prisma.Sql {
  if (scope.kind === "members") {
    return Prisma.sql`SELECT im."companyId" AS "id" FROM "InstitutionMember" im WHERE im."institutionId" = ${scope.institutionId}`;
  }
  return Prisma.sql`SELECT c."id" FROM "Organization" c WHERE c."kind" = 'COMPANY' AND c."country" = ${scope.country} AND c."regionId" = ${scope.regionId}`;
}

/** SQL condition: the event row `alias` belongs to the dashboard. */
export function eventInScope(scope: DashboardScope, alias: string): Prisma.Sql {
  if (scope.kind === "platform") return Prisma.sql`TRUE`;
  return Prisma.sql`${Prisma.raw(`${alias}."organizerId"`)} = ${scope.institutionId}`;
}

/** A point in time as the `timestamp(3)` columns store it: UTC without a zone. */
export function utc(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString().replace("Z", "")}::timestamp`;
}
