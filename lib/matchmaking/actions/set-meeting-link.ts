// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { meetingLinkSchema } from "../schema";

/** The organizer enters the video link of one meeting; empty goes back to the event's pattern. */
export const setMeetingLinkAction = safeAction({
  schema: meetingLinkSchema,
  handler: async ({ meetingId, onlineUrl }, ctx) => {
    const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { event: { select: { organizerId: true } } } });
    if (!meeting) throw new ActionError("not_found");
    ctx.authorizeFound("event.registrations.manage", { organizationId: meeting.event.organizerId });
    await db.$transaction(async (tx) => {
      await tx.meeting.update({ where: { id: meetingId }, data: { onlineUrl: onlineUrl || null } });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "meeting.link", entityType: "Meeting", entityId: meetingId });
    });
    return { meetingId };
  },
});
