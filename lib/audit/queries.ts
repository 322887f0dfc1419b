// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { zonedToUtc } from "../time/zoned";
import { isRecordId } from "../validation/ids";

/**
 * The audit-log viewer's reads. Filters arrive as the page's query parameters, so everything is
 * checked here and a bad value becomes a message, never a failed query.
 */
export const AUDIT_PAGE_SIZE = 50;
const MATCH_LIMIT = 50;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface AuditFilters {
  organization?: string;
  user?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
}

export type AuditProblem = "badDate" | "noOrganization" | "noUser";

/** Start of a calendar day in the portal's time zone, or undefined for a malformed date. */
function dayStart(value: string, plusDays = 0): Date | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  const next = new Date(Date.UTC(y, mo - 1, d + plusDays));
  return zonedToUtc(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, "Europe/Berlin");
}

async function organizationIdsMatching(query: string): Promise<string[]> {
  if (isRecordId(String(query))) return [query];
  const rows = await db.organization.findMany({
    where: { OR: [{ slug: query.toLowerCase() }, { name: { contains: query, mode: "insensitive" } }] },
    take: MATCH_LIMIT,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function userIdsMatching(query: string): Promise<string[]> {
  if (isRecordId(String(query))) return [query];
  const rows = await db.user.findMany({
    where: { email: { contains: query.toLowerCase(), mode: "insensitive" } },
    take: MATCH_LIMIT,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * Audit rows about an organization: rows on the organization itself, rows whose metadata names
 * it, and rows on its listings and events (audit rows name the thing changed, not its owner).
 */
async function organizationWhere(ids: string[]): Promise<Prisma.AuditLogWhereInput> {
  const [listings, events] = await Promise.all([
    db.listing.findMany({ where: { organizationId: { in: ids } }, select: { id: true } }),
    db.event.findMany({ where: { organizerId: { in: ids } }, select: { id: true } }),
  ]);
  return {
    OR: [
      { entityType: "Organization", entityId: { in: ids } },
      ...ids.map((id) => ({ metadata: { path: ["organizationId"], equals: id } })),
      { entityType: "Listing", entityId: { in: listings.map((l) => l.id) } },
      { entityType: "Event", entityId: { in: events.map((e) => e.id) } },
    ],
  };
}

// Control characters name nothing and PostgreSQL refuses NUL in text: they are dropped from filters.
const CONTROL = /[\u0000-\u001f\u007f]/g;
const clean = (value: string | undefined) => value?.replace(CONTROL, "").trim() || undefined;

export async function auditLogPage(raw: AuditFilters) {
  const filters = {
    ...raw,
    organization: clean(raw.organization),
    user: clean(raw.user),
    action: clean(raw.action),
    from: clean(raw.from),
    to: clean(raw.to),
  };
  const problems: AuditProblem[] = [];
  const and: Prisma.AuditLogWhereInput[] = [];
  const from = filters.from ? dayStart(filters.from) : undefined;
  const to = filters.to ? dayStart(filters.to, 1) : undefined;
  if ((filters.from && !from) || (filters.to && !to)) problems.push("badDate");
  if (from) and.push({ createdAt: { gte: from } });
  if (to) and.push({ createdAt: { lt: to } });
  if (filters.action) and.push({ action: filters.action });
  if (filters.organization) {
    const ids = await organizationIdsMatching(filters.organization);
    if (!ids.length) problems.push("noOrganization");
    and.push(ids.length ? await organizationWhere(ids) : { id: -1 });
  }
  if (filters.user) {
    const ids = await userIdsMatching(filters.user);
    if (!ids.length) problems.push("noUser");
    and.push({ actorUserId: { in: ids } });
  }
  const where: Prisma.AuditLogWhereInput = { AND: and };
  const [total, rows, actions] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  const orgIds = [...new Set(rows.flatMap((r) => (r.entityType === "Organization" && r.entityId ? [r.entityId] : [])))];
  const [actors, orgs] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true, name: true } }),
    db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }),
  ]);
  return {
    problems,
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
    rows: rows.map((r) => ({
      id: r.id.toString(),
      createdAt: r.createdAt,
      action: r.action,
      actorUserId: r.actorUserId,
      actor: actors.find((a) => a.id === r.actorUserId) ?? null,
      entityType: r.entityType,
      entityId: r.entityId,
      entityName: orgs.find((o) => o.id === r.entityId)?.name ?? null,
      metadata: r.metadata === null ? null : JSON.stringify(r.metadata),
    })),
  };
}
