// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { eventOwner } from "../access";
import { eventRecordFrom } from "../event-record";
import { deliver } from "../mails";
import { lockEvent, promoteFromWaitlist, REGISTRATION_TX } from "../registration";
import { updateEventSchema } from "../schema";
import { meetingsOutside } from "../../matchmaking/fit";
import { recordAudit } from "../../audit/log";

/**
 * Saves the editor. Refuses changes that would break what participants already hold: fewer
 * places than are taken, or meeting windows and tables that no longer fit scheduled meetings.
 * More places move the waiting list up at once.
 */
export const updateEventAction = safeAction({
  schema: updateEventSchema,
  authorize: { permission: "event.update", resource: (input) => eventOwner(input.eventId) },
  handler: async (input, ctx) => {
    const { event, windows, agenda } = eventRecordFrom(input);

    const { slug, mails } = await db.$transaction(async (tx) => {
      const current = await lockEvent(tx, input.eventId);
      if (!current) throw new ActionError("not_found");
      if (current.status === "CANCELLED") throw new ActionError("conflict", { message: "EventEditor.errors.cancelled" });
      if (event.capacity < current.seatsTaken) {
        throw new ActionError("validation", {
          field: "capacity",
          message: "EventEditor.errors.capacityBelowTaken",
          values: { taken: current.seatsTaken },
        });
      }
      const meetings = await tx.meeting.findMany({
        where: { eventId: input.eventId },
        select: { startsAt: true, endsAt: true, tableNumber: true },
      });
      const outside = meetingsOutside(meetings, event, windows);
      if (outside > 0) throw new ActionError("conflict", { message: "EventEditor.errors.meetingsOutside", values: { count: outside } });
      await tx.event.update({
        where: { id: input.eventId },
        data: {
          ...event,
          meetingWindows: { deleteMany: {}, create: windows },
          agendaItems: { deleteMany: {}, create: agenda },
        },
      });
      const promoted = await promoteFromWaitlist(tx, input.eventId);
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.update", entityType: "Event", entityId: input.eventId });
      await enqueueSearchUpdates(tx, "EVENT", [input.eventId]);
      return { slug: current.slug, mails: promoted };
    }, REGISTRATION_TX);
    await deliver(mails);
    return { id: input.eventId, slug };
  },
});
