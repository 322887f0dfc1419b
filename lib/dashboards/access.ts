// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { decide, PLATFORM, type Decision, type PermissionSubject } from "../auth/permissions";
import { isRecordId } from "../validation/ids";
import { INSTITUTION_SCOPES, type DashboardScope, type InstitutionScopeKind } from "./scope";

export interface StatsInstitution {
  id: string;
  name: string;
  slug: string;
  country: string;
  regionId: string | null;
}

const institutionSelect = { id: true, name: true, slug: true, country: true, regionId: true } as const;

/**
 * The institutions whose statistics the user may see as their staff. Only institutions count:
 * a company's owner holds every company right, but a company has no dashboard.
 */
export async function statsInstitutionsOf(db: Db, user: PermissionSubject): Promise<StatsInstitution[]> {
  const ids = user.memberships.map((m) => m.organizationId);
  if (!ids.length) return [];
  const institutions = await db.organization.findMany({
    where: { id: { in: ids }, kind: "INSTITUTION" },
    select: institutionSelect,
    orderBy: { name: "asc" },
  });
  return institutions.filter((i) => decide(user, "institution.stats.view", { organizationId: i.id }).granted);
}

export function parseScopeKind(value: string | null | undefined): InstitutionScopeKind {
  return (INSTITUTION_SCOPES as readonly string[]).includes(value ?? "") ? (value as InstitutionScopeKind) : "members";
}

/**
 * The companies an institution's dashboard counts. As for verification by region
 * (lib/institutions/scope.ts), an institution without a region has no region to count: a whole
 * country is no chamber's district, so it sees its members.
 */
export function institutionScope(institution: StatsInstitution, kind: InstitutionScopeKind): DashboardScope {
  return kind === "region" && institution.regionId
    ? { kind: "region", institutionId: institution.id, country: institution.country, regionId: institution.regionId }
    : { kind: "members", institutionId: institution.id };
}

/**
 * An institution's dashboard as asked for by id (from the page's selector or an export link).
 * Whoever may not see it hears what an unknown id gets, so institution ids cannot be probed;
 * a company's id is no institution and is refused the same way.
 */
export async function institutionDashboardAccess(
  db: Db,
  user: PermissionSubject | null,
  institutionId: string | null | undefined,
): Promise<{ decision: Decision; institution: StatsInstitution | null }> {
  const institution =
    institutionId && isRecordId(institutionId)
      ? await db.organization.findFirst({ where: { id: institutionId, kind: "INSTITUTION" }, select: institutionSelect })
      : null;
  const decision = decide(user, "institution.stats.view", institution && { organizationId: institution.id });
  return { decision, institution: decision.granted ? institution : null };
}

/** The platform-wide dashboard: platform admins only. */
export function platformDashboardAccess(user: PermissionSubject | null): Decision {
  return decide(user, "platform.manage", PLATFORM);
}
