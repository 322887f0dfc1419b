// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { lockEvent } from "../../events/registration";
import { requestAsOrganizer } from "../access";
import { slotsOf } from "../fit";
import { isDoubleBooking } from "../participants";
import { placeMeetingSchema } from "../schema";
import { overlaps } from "../slots";
import { recordAudit } from "../../audit/log";

/**
 * The organizer puts an accepted request at a slot and table by hand, as a new meeting or by
 * moving its meeting. Hand-placed meetings are pinned: later scheduler runs leave them alone.
 * The database refuses a slot that the table or either participant already uses.
 */
export const placeMeetingAction = safeAction({
  schema: placeMeetingSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ requestId }) => requestAsOrganizer(requestId) },
  handler: async ({ requestId, slotStart, tableNumber }, ctx) => {
    const request = ctx.resource;
    try {
      return await db.$transaction(async (tx) => {
        const event = await lockEvent(tx, request.eventId);
        if (!event) throw new ActionError("not_found");
        if (request.status !== "ACCEPTED") throw new ActionError("conflict", { message: "Meetings.errors.notAccepted" });
        const windows = await tx.meetingWindow.findMany({ where: { eventId: event.id } });
        const slot = slotsOf(event, windows).find((s) => s.start === slotStart);
        if (!slot) throw new ActionError("validation", { field: "slotStart", message: "Meetings.errors.notASlot" });
        if (tableNumber > (event.tableCount ?? 0)) {
          throw new ActionError("validation", { field: "tableNumber", message: "Meetings.errors.noSuchTable" });
        }
        const away = await tx.participantUnavailability.findMany({
          where: { registrationId: { in: [request.requesterId, request.recipientId] } },
          select: { startsAt: true, endsAt: true },
        });
        if (away.some((u) => overlaps({ start: u.startsAt.getTime(), end: u.endsAt.getTime() }, slot))) {
          throw new ActionError("conflict", { message: "Meetings.errors.participantUnavailable" });
        }
        const times = { startsAt: new Date(slot.start), endsAt: new Date(slot.end), tableNumber, pinned: true };
        const meeting = await tx.meeting.upsert({
          where: { requestOfEvent: { requestId, eventId: event.id } },
          create: { ...times, requestId, eventId: event.id },
          update: times,
          select: { id: true },
        });
        await tx.meetingRequest.update({ where: { id: requestId }, data: { unscheduledReason: null } });
        await recordAudit(tx, { actorUserId: ctx.user.id, action: "meeting.place", entityType: "Meeting", entityId: meeting.id, metadata: { slotStart, tableNumber } });
        return { meetingId: meeting.id };
      });
    } catch (e) {
      if (isDoubleBooking(e)) throw new ActionError("conflict", { message: "Meetings.errors.slotTaken" });
      throw e;
    }
  },
});
