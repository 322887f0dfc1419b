// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { registrationAsParticipant } from "../../events/access";
import { ACTIVE } from "../../events/registration";
import { activeParticipant } from "../participants";
import { participantTypeSchema } from "../schema";

/** A participant says whether it comes to buy or to supply; caps per type count from then on. */
export const setParticipantTypeAction = safeAction({
  schema: participantTypeSchema,
  authorize: { permission: "event.register", resource: ({ registrationId }) => registrationAsParticipant(registrationId) },
  handler: async ({ registrationId, participantType }, ctx) => {
    await db.$transaction(async (tx) => {
      const participant = await activeParticipant(tx, registrationId);
      if (!ACTIVE.includes(participant.status)) throw new ActionError("conflict", { message: "Registration.errors.notActive" });
      await tx.eventRegistration.update({ where: { id: registrationId }, data: { participantType } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "matchmaking.participant_type",
        entityType: "EventRegistration",
        entityId: registrationId,
        metadata: { participantType },
      });
    });
    return { registrationId, participantType };
  },
});
