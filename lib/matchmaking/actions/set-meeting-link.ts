// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { meetingAsOrganizer } from "../access";
import { meetingLinkSchema } from "../schema";

/** The organizer enters the video link of one meeting; empty goes back to the event's pattern. */
export const setMeetingLinkAction = safeAction({
  schema: meetingLinkSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ meetingId }) => meetingAsOrganizer(meetingId) },
  handler: async ({ meetingId, onlineUrl }, ctx) => {
    await db.$transaction(async (tx) => {
      await tx.meeting.update({ where: { id: meetingId }, data: { onlineUrl: onlineUrl || null } });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "meeting.link", entityType: "Meeting", entityId: meetingId });
    });
    return { meetingId };
  },
});
