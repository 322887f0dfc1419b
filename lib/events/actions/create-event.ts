// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { baseSlug, uniqueSlug } from "../../companies/slug";
import { enqueueSearchUpdates } from "../../search/outbox";
import { eventRecordFrom } from "../event-record";
import { eventEditorSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Creates an event as a draft of one of the caller's organizer organizations. */
export const createEventAction = safeAction({
  schema: eventEditorSchema,
  authorize: { permission: "event.create", organizationId: (input) => input.organizerId },
  handler: async (input, ctx) => {
    const organizer = await db.organization.findUnique({ where: { id: input.organizerId }, select: { kind: true } });
    // Company owners hold every permission on their company, but only chambers and agencies run events.
    if (organizer?.kind !== "INSTITUTION") throw new ActionError("forbidden");
    const { event, windows, agenda } = eventRecordFrom(input);
    const base = baseSlug(input.titleDe || input.titleEn || input.titleCs);
    for (let attempt = 0; ; attempt++) {
      try {
        return await db.$transaction(async (tx) => {
          const taken = new Set(
            (await tx.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((e) => e.slug),
          );
          const created = await tx.event.create({
            data: {
              ...event,
              slug: uniqueSlug(base, (s) => taken.has(s)),
              organizerId: input.organizerId,
              status: "DRAFT",
              meetingWindows: { create: windows },
              agendaItems: { create: agenda },
            },
            select: { id: true, slug: true },
          });
          await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.create", entityType: "Event", entityId: created.id });
          // Drafts stay out of search; the indexer decides from the status, but it must hear of every change.
          await enqueueSearchUpdates(tx, "EVENT", [created.id]);
          return created;
        });
      } catch (e) {
        // Another event may take the same slug between lookup and insert.
        if ((e as { code?: string }).code !== "P2002" || attempt >= 3) throw e;
      }
    }
  },
});
