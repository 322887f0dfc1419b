// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";

export const DIRECTORY_PAGE_SIZE = 24;

const listSelect = {
  id: true,
  slug: true,
  name: true,
  legalForm: true,
  country: true,
  regionId: true,
  city: true,
  languages: true,
  descriptionDe: true,
  descriptionCs: true,
  descriptionEn: true,
  publishedAt: true,
  // The badge names the first institution that still vouches for the company.
  verifications: {
    where: { revokedAt: null },
    orderBy: { verifiedAt: "asc" },
    take: 1,
    select: { verifiedAt: true, institution: { select: { name: true } } },
  },
} as const;

/**
 * ICU collations from the migration directory_collations. Byte order would put "Bäckerei" after
 * "Broušené sklo"; Czech also sorts "ch" after "h".
 */
const DIRECTORY_COLLATIONS: Record<Locale, string> = {
  de: "directory_de",
  cs: "directory_cs",
  en: "directory_en",
};

/** Published companies by name in the visitor's language order. */
export async function listPublishedCompanies(
  page: number,
  pageSize = DIRECTORY_PAGE_SIZE,
  locale: Locale = "de",
  options: { verifiedOnly?: boolean } = {},
) {
  const verifiedOnly = options.verifiedOnly === true;
  const where = {
    kind: "COMPANY",
    status: "PUBLISHED",
    ...(verifiedOnly ? { verifications: { some: { revokedAt: null } } } : {}),
  } as const;
  const collation = Prisma.raw(`"${DIRECTORY_COLLATIONS[locale]}"`);
  // Prisma's orderBy cannot name a collation, so the page's ids come from SQL.
  const [total, ids] = await Promise.all([
    db.organization.count({ where }),
    db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Organization"
      WHERE kind = 'COMPANY' AND status = 'PUBLISHED'
        AND (NOT ${verifiedOnly} OR EXISTS (
          SELECT 1 FROM "CompanyVerification" v WHERE v."companyId" = "Organization".id AND v."revokedAt" IS NULL))
      ORDER BY name COLLATE ${collation}, id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  const rows = await db.organization.findMany({ where: { ...where, id: { in: ids.map((r) => r.id) } }, select: listSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  // A company unpublished between the two reads is left out rather than shown.
  const companies = ids.flatMap(({ id }) => byId.get(id) ?? []);
  return { total, companies, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function newestCompanies(take = 6) {
  return db.organization.findMany({
    where: { kind: "COMPANY", status: "PUBLISHED" },
    select: listSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
  });
}

export async function getPublishedCompanyBySlug(slug: string) {
  return db.organization.findFirst({
    where: { slug, kind: "COMPANY", status: "PUBLISHED" },
    include: {
      industries: { include: { industry: true }, orderBy: { industryCode: "asc" } },
      listings: {
        where: { status: "PUBLISHED", OR: [{ validUntil: null }, { validUntil: { gte: new Date() } }] },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

export type CompanyListItem = Awaited<ReturnType<typeof newestCompanies>>[number];
export type CompanyDetail = NonNullable<Awaited<ReturnType<typeof getPublishedCompanyBySlug>>>;

/** Everything the profile editor shows; the caller has checked that the user may see it. */
export async function getCompanyForEditor(organizationId: string) {
  return db.organization.findFirst({
    where: { id: organizationId, kind: "COMPANY" },
    include: {
      industries: { select: { industryCode: true }, orderBy: { industryCode: "asc" } },
      _count: { select: { listings: true, memberships: true } },
    },
  });
}

export type CompanyForEditor = NonNullable<Awaited<ReturnType<typeof getCompanyForEditor>>>;
