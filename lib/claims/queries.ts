// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { can, type PermissionSubject } from "../auth/permissions";
import { isManaged } from "../companies/claim-state";
import { db } from "../db";
import { claimLinkByToken } from "./links";

/** Reads for the claim pages. Contact addresses never leave here: only whether one exists. */

export const MEMBERS_PAGE_SIZE = 100;

export function claimLinkForPage(token: string) {
  return claimLinkByToken(db, token);
}

/** The institutions whose member lists the user may work on, in the order the user joined them. */
export async function memberListInstitutions(user: PermissionSubject | null) {
  if (!user) return [];
  const ids = user.memberships
    .filter((m) => can(user, "institution.members.manage", { organizationId: m.organizationId }))
    .map((m) => m.organizationId);
  if (!ids.length) return [];
  const found = await db.organization.findMany({
    where: { id: { in: ids }, kind: "INSTITUTION" },
    select: { id: true, name: true },
  });
  return found.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

/**
 * The companies an institution lists, with their claim state: managed or not, since when, and
 * the institution's latest invitation (sent, failed, used).
 */
export async function membersWithClaimState(institutionId: string, page = 1) {
  const where = { institutionId };
  const [rows, total, managedCount] = await Promise.all([
    db.institutionMember.findMany({
      where,
      orderBy: [{ company: { name: "asc" } }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        contactEmail: true,
        company: {
          select: {
            id: true,
            name: true,
            slug: true,
            city: true,
            status: true,
            memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } },
            claimLinks: {
              where: { institutionId },
              orderBy: { sentAt: "desc" },
              take: 1,
              select: { sentAt: true, failedAt: true, usedAt: true },
            },
          },
        },
      },
    }),
    db.institutionMember.count({ where }),
    db.institutionMember.count({ where: { ...where, company: { memberships: { some: {} } } } }),
  ]);
  return {
    total,
    managed: managedCount,
    pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)),
    members: rows.map((r) => ({
      id: r.company.id,
      name: r.company.name,
      slug: r.company.slug,
      city: r.company.city,
      published: r.company.status === "PUBLISHED",
      hasAddress: Boolean(r.contactEmail?.trim()),
      managedSince: r.company.memberships[0]?.createdAt ?? null,
      invitation: r.company.claimLinks[0] ?? null,
    })),
  };
}

export type MemberClaimState = Awaited<ReturnType<typeof membersWithClaimState>>["members"][number];

const requestSelect = {
  id: true,
  email: true,
  note: true,
  domainCheck: true,
  createdAt: true,
  user: { select: { name: true } },
  company: { select: { id: true, name: true, slug: true, website: true } },
} as const;

/** Open claim requests for companies this institution lists, oldest first. */
export function pendingClaimRequestsFor(institutionId: string) {
  return db.claimRequest.findMany({
    where: { status: "PENDING", company: { listedBy: { some: { institutionId } } } },
    orderBy: { createdAt: "asc" },
    select: requestSelect,
  });
}

/** Open claim requests for companies no institution lists: the platform admins' queue. */
export function pendingClaimRequestsForPlatform() {
  return db.claimRequest.findMany({
    where: { status: "PENDING", company: { listedBy: { none: {} } } },
    orderBy: { createdAt: "asc" },
    select: requestSelect,
  });
}

export type PendingClaimRequest = Awaited<ReturnType<typeof pendingClaimRequestsFor>>[number];

/**
 * What the public profile offers the visitor: "This is my company" while nobody manages it, and
 * whether the signed-in user's request is already waiting. Null once the profile is managed.
 */
export async function profileClaimState(companyId: string, userId: string | null) {
  if (await isManaged(db, companyId)) return null;
  const [pending, listed] = await Promise.all([
    userId ? db.claimRequest.count({ where: { companyId, userId, status: "PENDING" } }) : 0,
    db.institutionMember.count({ where: { companyId } }),
  ]);
  return { pending: pending > 0, reviewer: listed > 0 ? ("institution" as const) : ("platform" as const) };
}
