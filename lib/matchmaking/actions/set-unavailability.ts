// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { localInputToDate } from "../../events/local-time";
import { registrationAsParticipant } from "../../events/access";
import { ACTIVE } from "../../events/registration";
import { activeParticipant } from "../participants";
import { unavailabilitySchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * Replaces the times a participant cannot meet anyone. Meetings already placed in such a
 * time stay until the organizer re-plans or moves them; the scheduler honours the times from
 * its next run on.
 */
export const setUnavailabilityAction = safeAction({
  schema: unavailabilitySchema,
  authorize: { permission: "event.register", resource: ({ registrationId }) => registrationAsParticipant(registrationId) },
  handler: async ({ registrationId, periods }, ctx) => {
    await db.$transaction(async (tx) => {
      const participant = await activeParticipant(tx, registrationId);
      if (!ACTIVE.includes(participant.status)) throw new ActionError("conflict", { message: "Registration.errors.notActive" });
      await tx.participantUnavailability.deleteMany({ where: { registrationId } });
      await tx.participantUnavailability.createMany({
        data: periods.map((p) => ({ registrationId, startsAt: localInputToDate(p.startsAt), endsAt: localInputToDate(p.endsAt) })),
      });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "meeting.unavailability", entityType: "EventRegistration", entityId: registrationId });
    });
    return { registrationId, periods: periods.length };
  },
});
