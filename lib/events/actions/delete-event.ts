// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { lockEvent } from "../registration";
import { eventOwner } from "../access";
import { eventRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * Deletes a draft or a cancelled event with everything attached. A published event has to be
 * cancelled first, so its participants are told before it disappears.
 */
export const deleteEventAction = safeAction({
  schema: eventRefSchema,
  authorize: { permission: "event.delete", resource: ({ eventId }) => eventOwner(eventId) },
  handler: async ({ eventId }, ctx) => {
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
