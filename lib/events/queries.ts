// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "@/lib/db";
import type { PermissionSubject } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { divisionOf } from "@/lib/matchmaking/industries";

const organizerSelect = { select: { id: true, name: true, slug: true, city: true, country: true, website: true } } as const;

export async function upcomingEvents(take = 20) {
  return db.event.findMany({
    where: { status: "PUBLISHED", endsAt: { gte: new Date() } },
    include: { organizer: organizerSelect },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
  });
}

export async function getPublishedEventBySlug(slug: string) {
  return db.event.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "CANCELLED"] } },
    include: {
      organizer: organizerSelect,
      agendaItems: { orderBy: [{ startsAt: "asc" }, { id: "asc" }] },
      meetingWindows: { orderBy: { startsAt: "asc" } },
      registrations: {
        where: { status: "CONFIRMED", listed: true, organization: { status: "PUBLISHED" } },
        include: { organization: { select: { name: true, slug: true, country: true, city: true } } },
        orderBy: { createdAt: "asc" },
      },
      _count: { select: { registrations: { where: { status: "CONFIRMED" } } } },
    },
  });
}

export type EventListItem = Awaited<ReturnType<typeof upcomingEvents>>[number];
export type EventDetail = NonNullable<Awaited<ReturnType<typeof getPublishedEventBySlug>>>;

// Signed-in participants ------------------------------------------------------------------

/** The companies the user may register, each with its registration for this event if any. */
export async function registrationOptions(user: PermissionSubject & { id: string }, eventId: string) {
  const memberships = await db.membership.findMany({
    where: { userId: user.id, organization: { kind: "COMPANY" } },
    orderBy: { createdAt: "asc" },
    select: {
      organization: {
        select: {
          id: true,
          name: true,
          slug: true,
          country: true,
          city: true,
          status: true,
          languages: true,
          registrations: {
            where: { eventId },
            select: {
              id: true,
              status: true,
              participantName: true,
              languages: true,
              note: true,
              lookingFor: true,
              listed: true,
              checkedInAt: true,
            },
          },
        },
      },
    },
  });
  return memberships
    .map((m) => m.organization)
    .filter((o) => can(user, "event.register", { organizationId: o.id }))
    .map(({ registrations, ...company }) => ({ company, registration: registrations[0] ?? null }));
}

export type RegistrationOption = Awaited<ReturnType<typeof registrationOptions>>[number];

/** Where the user stands at this event: their company's active registration, if any. */
export async function myParticipation(user: PermissionSubject & { id: string }, slug: string) {
  const event = await db.event.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "CANCELLED"] } },
    include: { organizer: organizerSelect, meetingWindows: { orderBy: { startsAt: "asc" } } },
  });
  if (!event) return null;
  const options = await registrationOptions(user, event.id);
  // A user in several companies acts for the first one that is in the game.
  const active = options.find((o) => o.registration && o.registration.status !== "CANCELLED" && o.registration.status !== "REJECTED");
  return { event, options, active: active ?? null };
}

// Organizers --------------------------------------------------------------------------------

/** Organizer organizations in which the user may create events. */
export async function organizerOrganizationsOf(user: PermissionSubject & { id: string }) {
  const memberships = await db.membership.findMany({
    where: { userId: user.id, organization: { kind: "INSTITUTION" } },
    orderBy: { createdAt: "asc" },
    select: { organization: { select: { id: true, name: true, slug: true, country: true } } },
  });
  return memberships.map((m) => m.organization).filter((o) => can(user, "event.create", { organizationId: o.id }));
}

export async function eventsOfOrganizers(organizerIds: readonly string[]) {
  return db.event.findMany({
    where: { organizerId: { in: [...organizerIds] } },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    include: {
      organizer: { select: { name: true } },
      _count: { select: { registrations: { where: { status: { in: ["PENDING", "CONFIRMED", "WAITLISTED"] } } } } },
    },
  });
}

export async function eventForEditor(eventId: string) {
  return db.event.findUnique({
    where: { id: eventId },
    include: {
      organizer: { select: { id: true, name: true } },
      meetingWindows: { orderBy: { startsAt: "asc" } },
      agendaItems: { orderBy: [{ startsAt: "asc" }, { id: "asc" }] },
    },
  });
}

export type EventForEditor = NonNullable<Awaited<ReturnType<typeof eventForEditor>>>;

const registrationRowSelect = {
  id: true,
  status: true,
  participantName: true,
  languages: true,
  note: true,
  lookingFor: true,
  listed: true,
  checkedInAt: true,
  statusChangedAt: true,
  createdAt: true,
  user: { select: { email: true } },
  organization: {
    select: {
      id: true,
      name: true,
      slug: true,
      country: true,
      city: true,
      status: true,
      industries: {
        select: { industryCode: true, industry: { select: { code: true, level: true, parentCode: true } } },
      },
    },
  },
} as const;

/** Every registration of an event, the waiting list in the order it moves up. */
export async function registrationsOfEvent(eventId: string) {
  return db.eventRegistration.findMany({
    where: { eventId },
    select: registrationRowSelect,
    orderBy: [{ status: "asc" }, { statusChangedAt: "asc" }, { id: "asc" }],
  });
}

export type RegistrationRow = Awaited<ReturnType<typeof registrationsOfEvent>>[number];

/** Head counts for the dashboard: by status, and confirmed participants by country and industry. */
export async function registrationStats(eventId: string) {
  const rows = await registrationsOfEvent(eventId);
  const byStatus: Record<string, number> = {};
  const byCountry = new Map<string, number>();
  const byIndustry = new Map<string, number>();
  for (const r of rows) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    if (r.status !== "CONFIRMED") continue;
    byCountry.set(r.organization.country, (byCountry.get(r.organization.country) ?? 0) + 1);
    // A company in several classes of one division counts once for that division.
    const divisions = new Set(r.organization.industries.map((i) => divisionOf(i.industry)));
    if (!divisions.size) divisions.add("");
    for (const d of divisions) byIndustry.set(d, (byIndustry.get(d) ?? 0) + 1);
  }
  const codes = [...byIndustry.keys()].filter(Boolean);
  const names = await db.industry.findMany({ where: { code: { in: codes } }, select: { code: true, nameDe: true, nameCs: true, nameEn: true } });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    byStatus,
    checkedIn: rows.filter((r) => r.status === "CONFIRMED" && r.checkedInAt).length,
    byCountry: sorted(byCountry).map(([country, count]) => ({ country, count })),
    byIndustry: sorted(byIndustry).map(([code, count]) => ({ code, count, names: names.find((n) => n.code === code) ?? null })),
  };
}
