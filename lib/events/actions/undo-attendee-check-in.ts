// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { attendeeAsOrganizer } from "../access";
import { undoCheckIn } from "../check-in";
import { attendeeRefSchema } from "../schema";

/** Takes back a check-in made by mistake (wrong badge, scanned twice across the room). */
export const undoAttendeeCheckInAction = safeAction({
  schema: attendeeRefSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ attendeeId }) => attendeeAsOrganizer(attendeeId) },
  handler: async ({ attendeeId }, ctx) => {
    await db.$transaction(async (tx) => {
      if (!(await undoCheckIn(tx, attendeeId))) throw new ActionError("conflict", { message: "CheckIn.errors.notCheckedIn" });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "event.attendee.undoCheckIn",
        entityType: "EventAttendee",
        entityId: attendeeId,
        metadata: { eventId: ctx.resource.eventId },
      });
    });
    return { attendeeId };
  },
});
