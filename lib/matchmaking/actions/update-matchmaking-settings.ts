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
  handler: async ({ eventId, ...input }, ctx) => {
    const event = await db.event.findUnique({ where: { id: eventId }, select: { organizerId: true, meetingsEnabled: true } });
    if (!event) throw new ActionError("not_found");
    ctx.authorizeFound("event.update", { organizationId: event.organizerId });
    if (!event.meetingsEnabled) throw new ActionError("conflict", { message: "Meetings.errors.meetingsOff" });
    const data = { ...input, meetingLinkPattern: input.meetingLinkPattern || null };
    await db.$transaction(async (tx) => {
      await tx.matchmakingSettings.upsert({ where: { eventId }, create: { eventId, ...data }, update: data });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "matchmaking.settings", entityType: "Event", entityId: eventId, metadata: data });
    });
    return { eventId };
  },
});
