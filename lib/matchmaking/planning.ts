// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { DbTx } from "../db/prisma";
import { slotsOf } from "./fit";
import type { FixedMeeting, SchedulerInput } from "./scheduler";

/**
 * Everything the scheduler needs about one event, read in the caller's transaction. Only
 * accepted requests between two confirmed participants are planned; meetings already placed
 * come back as fixed, so a run never moves what participants have been told.
 */
export async function loadSchedulerInput(tx: DbTx, eventId: string): Promise<SchedulerInput> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { meetingsEnabled: true, meetingMinutes: true, tableCount: true, meetingWindows: true },
  });
  const participants = await tx.eventRegistration.findMany({
    where: { eventId, status: "CONFIRMED" },
    select: { id: true, unavailability: { select: { startsAt: true, endsAt: true } } },
    orderBy: { id: "asc" },
  });
  const requests = await tx.meetingRequest.findMany({
    where: { eventId, status: "ACCEPTED", requester: { status: "CONFIRMED" }, recipient: { status: "CONFIRMED" } },
    select: { id: true, requesterId: true, recipientId: true },
    // Oldest first: with equal constraints, who asked first is planned first.
    orderBy: [{ respondedAt: "asc" }, { id: "asc" }],
  });
  const placed = await tx.meeting.findMany({
    where: { eventId },
    select: {
      startsAt: true,
      endsAt: true,
      tableNumber: true,
      request: { select: { id: true, requesterId: true, recipientId: true } },
    },
  });
  const fixed: FixedMeeting[] = placed.map((m) => ({
    id: m.request.id,
    a: m.request.requesterId,
    b: m.request.recipientId,
    start: m.startsAt.getTime(),
    end: m.endsAt.getTime(),
    table: m.tableNumber,
  }));
  return {
    slots: slotsOf(event, event.meetingWindows),
    tableCount: event.tableCount ?? 0,
    participants: participants.map((p) => ({
      id: p.id,
      unavailable: p.unavailability.map((u) => ({ start: u.startsAt.getTime(), end: u.endsAt.getTime() })),
    })),
    requests: requests.map((r) => ({ id: r.id, a: r.requesterId, b: r.recipientId })),
    fixed,
  };
}
