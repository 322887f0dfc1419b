// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingRequestStatus } from "@/lib/generated/prisma/enums";
import { slotsOf } from "./fit";
import { divisionOf } from "./industries";
import { industriesNamedBy } from "./industry-words";
import { needsInterpreter } from "./languages";
import type { ParticipantFilter } from "./schema";
import { meetingLinkOf, rulesOf } from "./settings";

const companySelect = {
  select: {
    id: true,
    name: true,
    slug: true,
    country: true,
    city: true,
    status: true,
    industries: { select: { industry: { select: { code: true, level: true, parentCode: true, nameDe: true, nameCs: true, nameEn: true } } } },
    listings: {
      where: { status: "PUBLISHED" },
      select: { kind: true, titleDe: true, titleCs: true, titleEn: true },
      take: 6,
      orderBy: { createdAt: "asc" },
    },
  },
} as const;

/**
 * The confirmed participants another participant may ask for a meeting. Inside the event they
 * see each other whether or not they chose to be listed publicly: that is what registering for
 * a matchmaking day is for.
 */
export async function browseParticipants(eventId: string, selfId: string, filter: ParticipantFilter) {
  const and: Prisma.EventRegistrationWhereInput[] = [{ eventId, status: "CONFIRMED", id: { not: selfId } }];
  if (filter.country) and.push({ organization: { country: filter.country } });
  if (filter.language) and.push({ languages: { has: filter.language } });
  if (filter.industry) {
    const code = filter.industry;
    and.push({
      organization: { industries: { some: { OR: [{ industryCode: code }, { industry: { parentCode: code } }] } } },
    });
  }
  if (filter.q) {
    const words = { contains: filter.q, mode: "insensitive" as const };
    const listingKind = filter.side === "offers" ? "OFFER" : filter.side === "seeks" ? "REQUEST" : undefined;
    const listingMatch: Prisma.ListingWhereInput = {
      status: "PUBLISHED",
      ...(listingKind ? { kind: listingKind } : {}),
      OR: [{ titleDe: words }, { titleCs: words }, { titleEn: words }],
    };
    const notes: Prisma.EventRegistrationWhereInput[] =
      filter.side === "offers" ? [{ note: words }] : filter.side === "seeks" ? [{ lookingFor: words }] : [{ note: words }, { lookingFor: words }];
    // Trade words find the companies filed under the industries they name, as in the industry
    // picker. An industry says what a company does, never what it seeks.
    const industries = filter.side === "seeks" ? [] : industriesNamedBy(filter.q);
    const industryMatch: Prisma.EventRegistrationWhereInput[] = industries.length
      ? [{ organization: { industries: { some: { industryCode: { in: industries } } } } }]
      : [];
    and.push({
      OR: [...notes, { organization: { name: words } }, { organization: { listings: { some: listingMatch } } }, ...industryMatch],
    });
  } else if (filter.side === "offers") {
    and.push({ OR: [{ note: { not: null } }, { organization: { listings: { some: { status: "PUBLISHED", kind: "OFFER" } } } }] });
  } else if (filter.side === "seeks") {
    and.push({ OR: [{ lookingFor: { not: null } }, { organization: { listings: { some: { status: "PUBLISHED", kind: "REQUEST" } } } }] });
  }
  const [participants, requests] = await Promise.all([
    db.eventRegistration.findMany({
      where: { AND: and },
      select: { id: true, participantName: true, languages: true, note: true, lookingFor: true, organization: companySelect },
      orderBy: [{ organization: { name: "asc" } }, { id: "asc" }],
      take: 200,
    }),
    db.meetingRequest.findMany({
      where: { eventId, OR: [{ requesterId: selfId }, { recipientId: selfId }] },
      select: { requesterId: true, recipientId: true, status: true },
    }),
  ]);
  const withMe = new Map<string, { status: MeetingRequestStatus; mine: boolean }>();
  for (const r of requests) {
    const other = r.requesterId === selfId ? r.recipientId : r.requesterId;
    withMe.set(other, { status: r.status, mine: r.requesterId === selfId });
  }
  return participants.map((p) => ({ ...p, request: withMe.get(p.id) ?? null }));
}

export type BrowsedParticipant = Awaited<ReturnType<typeof browseParticipants>>[number];

/** Choices for the browser's filters, from the confirmed participants only. */
export async function participantFacets(eventId: string) {
  const rows = await db.eventRegistration.findMany({
    where: { eventId, status: "CONFIRMED" },
    select: {
      languages: true,
      organization: { select: { country: true, industries: { select: { industry: { select: { code: true, level: true, parentCode: true } } } } } },
    },
  });
  const countries = new Set<string>();
  const languages = new Set<string>();
  const divisions = new Set<string>();
  for (const r of rows) {
    countries.add(r.organization.country);
    r.languages.forEach((l) => languages.add(l));
    r.organization.industries.forEach((i) => divisions.add(divisionOf(i.industry)));
  }
  const industries = await db.industry.findMany({
    where: { code: { in: [...divisions] } },
    select: { code: true, nameDe: true, nameCs: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  return { countries: [...countries].sort(), languages: [...languages].sort(), industries };
}

const partySelect = {
  select: { id: true, participantName: true, languages: true, organization: { select: { name: true, slug: true, country: true } } },
} as const;

/** Requests to and from one participant, newest first, each with its meeting if placed. */
export async function meetingRequestsOf(registrationId: string) {
  return db.meetingRequest.findMany({
    where: { OR: [{ requesterId: registrationId }, { recipientId: registrationId }] },
    select: {
      id: true,
      status: true,
      message: true,
      createdAt: true,
      requesterId: true,
      unscheduledReason: true,
      requester: partySelect,
      recipient: partySelect,
      meeting: { select: { startsAt: true, endsAt: true, tableNumber: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

/** A participant's meetings in time order, each with the other side and an interpreter flag. */
export async function agendaOf(registrationId: string) {
  const me = await db.eventRegistration.findUnique({
    where: { id: registrationId },
    select: {
      id: true,
      participantName: true,
      languages: true,
      participantType: true,
      event: { select: { id: true, slug: true } },
      organization: { select: { name: true } },
      unavailability: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
    },
  });
  if (!me) return null;
  const meetings = await db.meeting.findMany({
    where: { request: { OR: [{ requesterId: registrationId }, { recipientId: registrationId }] } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      tableNumber: true,
      onlineUrl: true,
      feedback: { where: { registrationId }, select: { outcome: true, note: true } },
      request: { select: { id: true, requesterId: true, message: true, requester: partySelect, recipient: partySelect } },
    },
    orderBy: [{ startsAt: "asc" }, { tableNumber: "asc" }],
  });
  const rules = await rulesOf(db, me.event.id);
  return {
    me,
    rules,
    meetings: meetings.map((m) => {
      const other = m.request.requesterId === registrationId ? m.request.recipient : m.request.requester;
      return {
        id: m.id,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        tableNumber: m.tableNumber,
        other,
        interpreter: needsInterpreter(me.languages, other.languages),
        link: meetingLinkOf(rules, me.event, m),
        feedback: m.feedback[0] ?? null,
        // Each side can say what came of a meeting once it has begun.
        feedbackOpen: m.startsAt.getTime() <= Date.now(),
      };
    }),
  };
}

export type Agenda = NonNullable<Awaited<ReturnType<typeof agendaOf>>>;

/** The organizer's view: slots, every accepted request with its meeting or its reason, and counts. */
export async function scheduleOfEvent(eventId: string) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { meetingsEnabled: true, meetingMinutes: true, tableCount: true, meetingWindows: { orderBy: { startsAt: "asc" } } },
  });
  if (!event) return null;
  const requests = await db.meetingRequest.findMany({
    where: { eventId },
    select: {
      id: true,
      status: true,
      message: true,
      unscheduledReason: true,
      createdAt: true,
      requester: { select: { ...partySelect.select, status: true } },
      recipient: { select: { ...partySelect.select, status: true } },
      meeting: { select: { id: true, startsAt: true, endsAt: true, tableNumber: true, pinned: true, onlineUrl: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const counts: Record<string, number> = {};
  for (const r of requests) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const accepted = requests
    .filter((r) => r.status === "ACCEPTED")
    .map((r) => ({ ...r, interpreter: needsInterpreter(r.requester.languages, r.recipient.languages) }))
    .sort(
      (a, b) =>
        (a.meeting?.startsAt.getTime() ?? Infinity) - (b.meeting?.startsAt.getTime() ?? Infinity) ||
        (a.meeting?.tableNumber ?? 0) - (b.meeting?.tableNumber ?? 0),
    );
  return {
    slots: slotsOf(event, event.meetingWindows),
    tableCount: event.tableCount ?? 0,
    counts,
    accepted,
    pending: requests.filter((r) => r.status === "PENDING"),
  };
}

export type EventSchedule = NonNullable<Awaited<ReturnType<typeof scheduleOfEvent>>>;
