// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { deliver } from "../../events/mails";
import { lockEvent, REGISTRATION_TX } from "../../events/registration";
import { requestAsRecipient } from "../access";
import { meetingBookedMail } from "../mails";
import { openSlotsOfRequest } from "../open-slots";
import { activeParticipant, assertCanMeet, contactOf, isDoubleBooking } from "../participants";
import { bookMeetingSlotSchema } from "../schema";
import { meetingLinkOf, rulesOf } from "../settings";

/**
 * The recipient of a request accepts it and books it at once, at a slot where both sides and
 * a table are free. Bookings of one event queue on the event's row lock, so the slot list the
 * action reads is the one it writes into; the exclusion constraint on meeting claims refuses a
 * double booking even if that lock were ever missed. Requests accepted without a slot (the
 * plain accept button) stay for the organizer's scheduler.
 */
export const bookMeetingSlotAction = safeAction({
  schema: bookMeetingSlotSchema,
  // Picking the time answers the request for the asked company: its members only.
  authorize: { permission: "event.register", resource: ({ requestId }) => requestAsRecipient(requestId) },
  handler: async ({ requestId, slotStart }, ctx) => {
    try {
      const { meeting, mail } = await db.$transaction(async (tx) => {
        const request = await tx.meetingRequest.findUnique({
          where: { id: requestId },
          select: { id: true, eventId: true, status: true, requesterId: true, recipientId: true },
        });
        if (!request) throw new ActionError("not_found");
        const recipient = await activeParticipant(tx, request.recipientId);
        const event = await lockEvent(tx, request.eventId);
        if (!event) throw new ActionError("not_found");
        assertCanMeet(recipient);
        const rules = await rulesOf(tx, event.id);
        if (rules.bookingMode !== "PICK_SLOT") throw new ActionError("conflict", { message: "Meetings.errors.slotPickingOff" });
        const changed = await tx.meetingRequest.updateMany({
          where: { id: requestId, status: "PENDING" },
          data: { status: "ACCEPTED", respondedAt: new Date(), unscheduledReason: null },
        });
        if (!changed.count) throw new ActionError("conflict", { message: "Meetings.errors.notPending" });
        const slot = (await openSlotsOfRequest(tx, request)).find((s) => s.start === slotStart);
        if (!slot) throw new ActionError("conflict", { message: "Meetings.errors.slotTaken" });
        // Pinned: the participants chose this time, so a re-planning run must not move it.
        const meeting = await tx.meeting.create({
          data: {
            eventId: event.id,
            requestId,
            startsAt: new Date(slot.start),
            endsAt: new Date(slot.end),
            tableNumber: slot.table,
            pinned: true,
          },
          select: { id: true, startsAt: true, endsAt: true, tableNumber: true, onlineUrl: true },
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "meeting.book",
          entityType: "Meeting",
          entityId: meeting.id,
          metadata: { requestId, slotStart, tableNumber: slot.table },
        });
        const requester = await contactOf(tx, request.requesterId);
        const mail = requester
          ? meetingBookedMail({
              recipient: requester,
              event: recipient.event,
              meeting: { ...meeting, otherCompany: recipient.organization.name, link: meetingLinkOf(rules, event, meeting) },
            })
          : null;
        return { meeting, mail };
      }, REGISTRATION_TX);
      await deliver(mail ? [mail] : []);
      return { meetingId: meeting.id, startsAt: meeting.startsAt.toISOString(), tableNumber: meeting.tableNumber };
    } catch (e) {
      if (isDoubleBooking(e)) throw new ActionError("conflict", { message: "Meetings.errors.slotTaken" });
      throw e;
    }
  },
});
