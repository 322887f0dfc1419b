// SPDX-License-Identifier: EUPL-1.2
import type { Db, DbTx } from "../db/prisma";
import { openSlotsFor, type OpenSlot } from "./booking";
import { slotsOf } from "./fit";

/**
 * The slots still open to both sides of a request, read in the caller's transaction (or from
 * the plain client for the slot picker). The booking action reads them again after locking
 * the event, so what it books was open at that moment.
 */
export async function openSlotsOfRequest(
  client: DbTx | Db,
  request: { eventId: string; requesterId: string; recipientId: string },
): Promise<OpenSlot[]> {
  // The plain client and a transaction offer the same reads; only their option types differ.
  const tx = client as DbTx;
  const event = await tx.event.findUniqueOrThrow({
    where: { id: request.eventId },
    select: { meetingsEnabled: true, meetingMinutes: true, tableCount: true, meetingWindows: { select: { startsAt: true, endsAt: true } } },
  });
  const slots = slotsOf(event, event.meetingWindows);
  if (!slots.length) return [];
  const [meetings, away] = await Promise.all([
    tx.meeting.findMany({
      where: { eventId: request.eventId },
      select: { startsAt: true, endsAt: true, tableNumber: true, request: { select: { requesterId: true, recipientId: true } } },
    }),
    tx.participantUnavailability.findMany({
      where: { registrationId: { in: [request.requesterId, request.recipientId] } },
      select: { startsAt: true, endsAt: true },
    }),
  ]);
  return openSlotsFor({
    slots,
    tableCount: event.tableCount ?? 0,
    meetings: meetings.map((m) => ({
      start: m.startsAt.getTime(),
      end: m.endsAt.getTime(),
      table: m.tableNumber,
      parties: [m.request.requesterId, m.request.recipientId] as const,
    })),
    a: request.requesterId,
    b: request.recipientId,
    unavailable: away.map((u) => ({ start: u.startsAt.getTime(), end: u.endsAt.getTime() })),
  });
}
