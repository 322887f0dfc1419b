// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { lockEvent } from "../registration";
import { eventOwner } from "../access";
import { eventRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Puts a draft online: event list, home page and (through the outbox) search. */
export const publishEventAction = safeAction({
  schema: eventRefSchema,
  authorize: { permission: "event.publish", resource: ({ eventId }) => eventOwner(eventId) },
  handler: async ({ eventId }, ctx) => {
    return db.$transaction(async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event) throw new ActionError("not_found");
      if (event.status === "PUBLISHED") return { slug: event.slug };
      if (event.status === "CANCELLED") throw new ActionError("conflict", { message: "EventEditor.errors.cancelled" });
      if (event.endsAt.getTime() <= Date.now()) throw new ActionError("conflict", { message: "EventEditor.errors.inPast" });
      await tx.event.update({ where: { id: eventId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.publish", entityType: "Event", entityId: eventId });
      await enqueueSearchUpdates(tx, "EVENT", [eventId]);
      return { slug: event.slug };
    });
  },
});
