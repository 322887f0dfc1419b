// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import type { OutgoingMail } from "../../mail/transport";
import { deliver } from "../mails";
import { ACTIVE, lockEvent, mailAbout } from "../registration";
import { eventOwner } from "../access";
import { eventRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * Calls a published event off. The page stays reachable with a notice (people may have links),
 * search drops it, and everyone still registered hears about it in their language.
 */
export const cancelEventAction = safeAction({
  schema: eventRefSchema,
  authorize: { permission: "event.publish", resource: ({ eventId }) => eventOwner(eventId) },
  handler: async ({ eventId }, ctx) => {
    const mails = await db.$transaction(async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event) throw new ActionError("not_found");
      if (event.status === "CANCELLED") return [];
      if (event.status !== "PUBLISHED") throw new ActionError("conflict", { message: "EventEditor.errors.notPublished" });
      await tx.event.update({ where: { id: eventId }, data: { status: "CANCELLED" } });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.cancel", entityType: "Event", entityId: eventId });
      await enqueueSearchUpdates(tx, "EVENT", [eventId]);
      const registered = await tx.eventRegistration.findMany({
        where: { eventId, status: { in: [...ACTIVE] } },
        select: { id: true },
      });
      const out: OutgoingMail[] = [];
      for (const r of registered) {
        const mail = await mailAbout(tx, r.id, "eventCancelled");
        if (mail) out.push(mail);
      }
      return out;
    });
    await deliver(mails);
    return { eventId };
  },
});
