// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "@/lib/db";
import { divisionOf } from "./industries";
import { summarizeOutcomes, type OutcomeRow } from "./outcome-report";

const sideSelect = {
  select: {
    id: true,
    organization: {
      select: {
        name: true,
        country: true,
        industries: { select: { industry: { select: { code: true, level: true, parentCode: true } } } },
      },
    },
  },
} as const;

/** Every answer given about the event's meetings, with both companies, oldest meeting first. */
export async function feedbackOfEvent(eventId: string) {
  const rows = await db.meetingFeedback.findMany({
    where: { meeting: { eventId } },
    select: {
      outcome: true,
      note: true,
      updatedAt: true,
      registrationId: true,
      meeting: {
        select: { startsAt: true, tableNumber: true, request: { select: { requesterId: true, requester: sideSelect, recipient: sideSelect } } },
      },
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { meeting: { tableNumber: "asc" } }, { id: "asc" }],
  });
  return rows.map((f) => {
    const { requester, recipient } = f.meeting.request;
    const [own, other] = f.registrationId === requester.id ? [requester, recipient] : [recipient, requester];
    return {
      outcome: f.outcome,
      note: f.note,
      answeredAt: f.updatedAt,
      startsAt: f.meeting.startsAt,
      tableNumber: f.meeting.tableNumber,
      own: own.organization,
      other: other.organization,
      industries: [...new Set(own.organization.industries.map((i) => divisionOf(i.industry)))].sort(),
    };
  });
}

export async function outcomeReport(eventId: string) {
  const rows = await feedbackOfEvent(eventId);
  const input: OutcomeRow[] = rows.map((r) => ({ outcome: r.outcome, ownCountry: r.own.country, otherCountry: r.other.country, industries: r.industries }));
  return { ...summarizeOutcomes(input), answers: rows.length };
}

/** The reminder mails sent for an event, newest first, for the organizer. */
export async function remindersOfEvent(eventId: string) {
  const rows = await db.meetingReminder.findMany({
    where: { eventId },
    select: { id: true, kind: true, sentAt: true, email: true, registration: { select: { organization: { select: { name: true } } } } },
    orderBy: [{ sentAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  const grouped = await db.meetingReminder.groupBy({ by: ["kind"], where: { eventId }, _count: { _all: true } });
  const counts = { AGENDA: 0, PENDING_REQUEST: 0, FEEDBACK: 0 };
  for (const g of grouped) counts[g.kind] = g._count._all;
  return { counts, rows };
}
