// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { can, PLATFORM, type PermissionSubject } from "../auth/permissions";
import { currentMonth, demandSignals, monthRange, type BorderCountry, type DemandSignal } from "./demand-signals";

/**
 * Who sees which demand signals. An institution's staff see, per month, what visitors from the
 * other side of the border looked for in the institution's country and did not find, or all
 * searches that found little; platform admins choose the side themselves.
 */

export const DEMAND_VIEWS = ["crossBorder", "all"] as const;
export type DemandView = (typeof DEMAND_VIEWS)[number];

export interface StatsInstitution {
  id: string;
  name: string;
  country: string;
}

export interface DemandRequest {
  month: string;
  view: DemandView;
  /** The side of the border looked into (institutions: their own country). */
  into: BorderCountry | null;
}

const isBorderCountry = (c: string | null | undefined): c is BorderCountry => c === "DE" || c === "CZ";
const first = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : v) ?? undefined;

/** Reads month, view and side from the page's or export's query; anything unknown falls back quietly. */
export function parseDemandRequest(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
  institution: StatsInstitution | null,
  now = new Date(),
): DemandRequest {
  const get = (k: string) => (params instanceof URLSearchParams ? params.get(k) : first(params[k]));
  const monthParam = get("month");
  const month = monthParam && monthRange(monthParam) ? monthParam : currentMonth(now);
  if (institution) {
    const into = isBorderCountry(institution.country) ? institution.country : null;
    const view: DemandView = into && get("view") !== "all" ? "crossBorder" : "all";
    return { month, view, into: view === "crossBorder" ? into : null };
  }
  const into = get("into");
  return isBorderCountry(into) ? { month, view: "crossBorder", into } : { month, view: "all", into: null };
}

/** Institutions whose statistics this user may read (their own; admins use the admin page). */
export async function statsInstitutionsOf(db: Db, user: PermissionSubject & { id: string }): Promise<StatsInstitution[]> {
  const memberships = await db.membership.findMany({
    where: { userId: user.id, organization: { kind: "INSTITUTION" } },
    orderBy: { createdAt: "asc" },
    select: { organization: { select: { id: true, name: true, country: true } } },
  });
  return memberships.map((m) => m.organization).filter((o) => can(user, "institution.stats.view", { organizationId: o.id }));
}

/** The institution asked for by id, if the user may read its statistics; else the first one they may. */
export function pickInstitution(institutions: readonly StatsInstitution[], requested: string | undefined | null): StatsInstitution | null {
  return institutions.find((i) => i.id === requested) ?? (requested ? null : institutions[0] ?? null);
}

export function mayViewPlatformDemand(user: PermissionSubject | null): boolean {
  return can(user, "platform.manage", PLATFORM);
}

export async function demandFor(db: Db, request: DemandRequest): Promise<DemandSignal[]> {
  const range = monthRange(request.month)!;
  return demandSignals(db, { ...range, lookingInto: request.into ?? undefined });
}
