// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { lockEvent } from "../registration";
import { eventRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * Deletes a draft or a cancelled event with everything attached. A published event has to be
 * cancelled first, so its participants are told before it disappears.
 */
export const deleteEventAction = safeAction({
  schema: eventRefSchema,
  handler: async ({ eventId }, ctx) => {
    const owner = await db.event.findUnique({ where: { id: eventId }, select: { organizerId: true } });
    if (!owner) throw new ActionError("not_found");
    ctx.authorizeFound("event.delete", { organizationId: owner.organizerId });
    await db.$transaction(async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event) throw new ActionError("not_found");
      if (event.status === "PUBLISHED") throw new ActionError("conflict", { message: "EventEditor.errors.cancelFirst" });
      await tx.event.delete({ where: { id: eventId } });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.delete", entityType: "Event", entityId: eventId, metadata: { slug: event.slug } });
      // The indexer finds the event gone and removes its document.
      await enqueueSearchUpdates(tx, "EVENT", [eventId]);
    });
    return { deleted: true };
  },
});
