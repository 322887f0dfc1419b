// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { eventOwner } from "../access";
import { checkInByCode } from "../check-in";
import { normalizeCheckInCode } from "../check-in-code";
import { checkInAttendeeSchema } from "../schema";

/** The organizer's door: a badge scanned or a code typed checks that one person in, once. */
export const checkInAttendeeAction = safeAction({
  schema: checkInAttendeeSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ eventId }) => eventOwner(eventId) },
  handler: async ({ eventId, code }, ctx) => {
    const normalized = normalizeCheckInCode(code);
    if (!normalized) throw new ActionError("validation", { message: "CheckIn.errors.malformed", field: "code" });
    return db.$transaction(async (tx) => {
      const outcome = await checkInByCode(tx, eventId, normalized, new Date());
      switch (outcome.result) {
        case "unknown":
          throw new ActionError("not_found", { message: "CheckIn.errors.unknown" });
        case "otherEvent":
          throw new ActionError("not_found", { message: "CheckIn.errors.otherEvent" });
        case "notConfirmed":
          throw new ActionError("conflict", { message: "CheckIn.errors.notConfirmed", values: { name: outcome.name } });
        case "alreadyCheckedIn":
          throw new ActionError("conflict", {
            message: "CheckIn.errors.alreadyCheckedIn",
            values: { name: outcome.name, company: outcome.company },
          });
      }
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "event.attendee.checkIn",
        entityType: "EventAttendee",
        entityId: outcome.attendeeId,
        metadata: { eventId },
      });
      return { attendeeId: outcome.attendeeId, name: outcome.name, company: outcome.company };
    });
  },
});
