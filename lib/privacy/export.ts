// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { logoUrl } from "../companies/logo-url";
import { profileInsights } from "../statistics/profile-insights";

export const EXPORT_FORMAT = "grenzpartner-personal-data/1";

const ALL_TIME = { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(Date.UTC(2999, 0, 1)) };

/** What the portal counts, stated where a person looks for what is stored about them. */
const COUNTING_NOTE =
  "Visits and searches are counted without your name, your user id or your IP address: a visitor is a hash of " +
  "address and browser with a key that changes every day and is deleted when the day is over. Raw counting " +
  "events are turned into daily totals after their day and then deleted. Your own visits to a company you " +
  "belong to are not counted for it. Each company's monthly totals are listed under profileStatistics.";

/**
 * Everything the portal stores about a user (GDPR Art. 15 and 20): the account, memberships,
 * the companies the user belongs to with their offers and requests, invitations the user sent,
 * event registrations the user made, the user's saved searches and enquiry messages, the
 * companies' watchlists, and the user's own entries in the audit log. Other members
 * of a company appear as a count only: their data is theirs to request.
 */
export async function buildPersonalDataExport(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      emailVerified: true,
      createdAt: true,
      updatedAt: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          createdAt: true,
          organization: {
            include: {
              industries: { select: { industryCode: true }, orderBy: { industryCode: "asc" } },
              listings: {
                orderBy: { createdAt: "asc" },
                include: { industries: { select: { industryCode: true }, orderBy: { industryCode: "asc" } } },
              },
              watchlist: {
                orderBy: { createdAt: "asc" },
                select: { note: true, createdAt: true, watched: { select: { slug: true, name: true } } },
              },
              _count: { select: { memberships: true } },
            },
          },
        },
      },
      invitationsSent: {
        orderBy: { createdAt: "asc" },
        select: { email: true, role: true, createdAt: true, expiresAt: true, organizationId: true },
      },
    },
  });
  if (!user) return null;

  const [registrations, activity, savedSearches, enquiryMessages] = await Promise.all([
    db.eventRegistration.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        status: true,
        participantName: true,
        languages: true,
        note: true,
        createdAt: true,
        organizationId: true,
        event: { select: { slug: true, titleDe: true, titleCs: true, titleEn: true, startsAt: true } },
      },
    }),
    db.auditLog.findMany({
      where: { actorUserId: userId },
      orderBy: { createdAt: "asc" },
      select: { action: true, entityType: true, entityId: true, createdAt: true },
    }),
    db.savedSearch.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { name: true, query: true, filters: true, locale: true, frequency: true, createdAt: true },
    }),
    db.enquiryMessage.findMany({
      where: { authorUserId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        enquiryId: true,
        authorOrganizationId: true,
        body: true,
        createdAt: true,
        enquiry: { select: { subject: true } },
        attachment: { select: { fileName: true, size: true } },
      },
    }),
  ]);

  const { memberships, invitationsSent, ...account } = user;
  // A company's profile figures are counts without names; they belong with its other data.
  const statistics = await Promise.all(
    memberships.map(({ organization: o }) => (o.kind === "COMPANY" ? profileInsights(db, o.id, ALL_TIME) : Promise.resolve([]))),
  );
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    account,
    memberships: memberships.map((m) => ({
      organizationId: m.organization.id,
      organizationName: m.organization.name,
      role: m.role,
      memberSince: m.createdAt,
    })),
    companies: memberships.map(({ organization: o }, index) => ({
      id: o.id,
      kind: o.kind,
      slug: o.slug,
      status: o.status,
      publishedAt: o.publishedAt,
      name: o.name,
      legalForm: o.legalForm,
      country: o.country,
      regionId: o.regionId,
      city: o.city,
      postalCode: o.postalCode,
      street: o.street,
      website: o.website,
      email: o.email,
      phone: o.phone,
      foundedYear: o.foundedYear,
      employees: o.employees,
      ico: o.ico,
      vatId: o.vatId,
      languages: o.languages,
      certifications: o.certifications,
      industries: o.industries.map((i) => i.industryCode),
      description: { de: o.descriptionDe, cs: o.descriptionCs, en: o.descriptionEn },
      logo: o.logoPath ? logoUrl(o.logoPath) : null,
      memberCount: o._count.memberships,
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
      listings: o.listings.map((l) => ({
        id: l.id,
        kind: l.kind,
        category: l.category,
        status: l.status,
        title: { de: l.titleDe, cs: l.titleCs, en: l.titleEn },
        description: { de: l.descriptionDe, cs: l.descriptionCs, en: l.descriptionEn },
        industries: l.industries.map((i) => i.industryCode),
        validUntil: l.validUntil,
        createdAt: l.createdAt,
        updatedAt: l.updatedAt,
      })),
      watchlist: o.watchlist.map((w) => ({ company: w.watched.name, slug: w.watched.slug, note: w.note, addedAt: w.createdAt })),
      profileStatistics: statistics[index],
    })),
    invitationsSent,
    eventRegistrations: registrations.map(({ event, ...r }) => ({
      ...r,
      event: {
        slug: event.slug,
        title: { de: event.titleDe, cs: event.titleCs, en: event.titleEn },
        startsAt: event.startsAt,
      },
    })),
    savedSearches,
    enquiryMessages: enquiryMessages.map(({ enquiry, ...m }) => ({ ...m, subject: enquiry.subject })),
    activity,
    counting: COUNTING_NOTE,
  };
}

export type PersonalDataExport = NonNullable<Awaited<ReturnType<typeof buildPersonalDataExport>>>;
