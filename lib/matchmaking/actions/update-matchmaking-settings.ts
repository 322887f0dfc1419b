// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { matchmakingSettingsSchema } from "../schema";

/**
 * The organizer sets how meetings are booked (scheduler only, or picked by the recipient),
 * whether they are on site, online or hybrid, the link pattern, the caps per participant and
 * per type, and when unanswered requests are reminded of and expire. Lowering a cap keeps
 * what participants already hold; it refuses new requests beyond it.
 */
export const updateMatchmakingSettingsAction = safeAction({
  schema: matchmakingSettingsSchema,
  authorize: {
    permission: "event.update",
    resource: async ({ eventId }) => {
      const event = await db.event.findUnique({ where: { id: eventId }, select: { organizerId: true, meetingsEnabled: true } });
      return event && { organizationId: event.organizerId, meetingsEnabled: event.meetingsEnabled };
    },
  },
  handler: async ({ eventId, ...input }, ctx) => {
    if (!ctx.resource.meetingsEnabled) throw new ActionError("conflict", { message: "Meetings.errors.meetingsOff" });
    const data = { ...input, meetingLinkPattern: input.meetingLinkPattern || null };
    await db.$transaction(async (tx) => {
      await tx.matchmakingSettings.upsert({ where: { eventId }, create: { eventId, ...data }, update: data });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "matchmaking.settings", entityType: "Event", entityId: eventId, metadata: data });
    });
    return { eventId };
  },
});
