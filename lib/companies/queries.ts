import "server-only";
import { db } from "@/lib/db";

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
} as const;

export async function listPublishedCompanies(page: number, pageSize = DIRECTORY_PAGE_SIZE) {
  const where = { kind: "COMPANY", status: "PUBLISHED" } as const;
  const [total, companies] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      select: listSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
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
