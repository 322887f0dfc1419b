// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import { can, type PermissionSubject } from "../auth/permissions";
import { vouchableCompaniesWhere } from "./scope";
import { isSlug } from "../validation/ids";

/** Every institution, for the platform admin area. */
export async function institutionsForAdmin() {
  return db.organization.findMany({
    where: { kind: "INSTITUTION" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      institutionType: true,
      country: true,
      regionId: true,
      verificationScope: true,
      _count: { select: { memberships: true, invitations: true } },
    },
  });
}

/** The public page of an institution: who it is, its published events and how many companies it vouches for. */
export async function publicInstitution(slug: string, now = new Date()) {
  // A URL segment can hold anything (a NUL byte, 10,000 characters); only a slug reaches the database.
  if (!isSlug(slug)) return null;
  const institution = await db.organization.findFirst({
    where: { slug, kind: "INSTITUTION", status: "PUBLISHED" },
    select: {
      id: true,
      name: true,
      slug: true,
      institutionType: true,
      country: true,
      regionId: true,
      city: true,
      website: true,
      descriptionDe: true,
      descriptionCs: true,
      descriptionEn: true,
    },
  });
  if (!institution) return null;
  const [events, verifiedCompanies] = await Promise.all([
    db.event.findMany({
      where: { organizerId: institution.id, status: "PUBLISHED", endsAt: { gte: now } },
      include: { organizer: { select: { id: true, name: true, slug: true, city: true, country: true, website: true } } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 50,
    }),
    db.organization.count({
      where: {
        kind: "COMPANY",
        status: "PUBLISHED",
        verifications: { some: { institutionId: institution.id, revokedAt: null } },
      },
    }),
  ]);
  return { institution, events, verifiedCompanies };
}

/** Institutions in which the user may verify companies. */
export async function verifyingInstitutionsOf(user: PermissionSubject & { id: string }) {
  const memberships = await db.membership.findMany({
    where: { userId: user.id, organization: { kind: "INSTITUTION" } },
    orderBy: { createdAt: "asc" },
    select: { organization: { select: { id: true, name: true, verificationScope: true, regionId: true } } },
  });
  return memberships.map((m) => m.organization).filter((o) => can(user, "institution.verify", { organizationId: o.id }));
}

export const VERIFICATION_PAGE_SIZE = 50;

/** Companies the institution may vouch for, with its own active verification of each, by name. */
export async function companiesInScope(institutionId: string, options: { q?: string; page?: number } = {}) {
  const scope = await vouchableCompaniesWhere(db, institutionId);
  if (!scope) return { companies: [], total: 0 };
  const where = {
    AND: [scope, options.q ? { name: { contains: options.q, mode: "insensitive" as const } } : {}],
  };
  const page = Math.max(1, options.page ?? 1);
  const [companies, total] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * VERIFICATION_PAGE_SIZE,
      take: VERIFICATION_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        slug: true,
        city: true,
        country: true,
        ico: true,
        vatId: true,
        status: true,
        verifications: {
          where: { institutionId, revokedAt: null },
          take: 1,
          select: { id: true, verifiedAt: true, memberChecked: true, registerChecked: true },
        },
      },
    }),
    db.organization.count({ where }),
  ]);
  return { companies, total };
}

/** Active verifications of a company, oldest first: the badge names the first. */
export async function activeVerificationsOf(companyId: string) {
  return db.companyVerification.findMany({
    where: { companyId, revokedAt: null },
    orderBy: { verifiedAt: "asc" },
    select: {
      verifiedAt: true,
      memberChecked: true,
      registerChecked: true,
      institution: { select: { name: true, slug: true } },
    },
  });
}
