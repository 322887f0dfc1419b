// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { registrationAsParticipant } from "../../events/access";
import { meetingFeedbackSchema } from "../schema";

/**
 * One side of a meeting says what came of it. Possible once the meeting has begun; saying it
 * again replaces the earlier answer, so a participant can correct it.
 */
export const recordMeetingFeedbackAction = safeAction({
  schema: meetingFeedbackSchema,
  // Said for one side of the meeting, by that company's members.
  authorize: { permission: "event.register", resource: ({ registrationId }) => registrationAsParticipant(registrationId) },
  handler: async ({ meetingId, registrationId, outcome, note }, ctx) => {
    const meeting = await db.meeting.findUnique({
      where: { id: meetingId },
      select: { startsAt: true, request: { select: { requesterId: true, recipientId: true } } },
    });
    if (!meeting) throw new ActionError("not_found");
    // A participant of another meeting learns nothing about this one.
    if (meeting.request.requesterId !== registrationId && meeting.request.recipientId !== registrationId) throw new ActionError("not_found");
    if (meeting.startsAt.getTime() > Date.now()) throw new ActionError("conflict", { message: "Meetings.errors.feedbackTooEarly" });
    const data = { outcome, note: note || null };
    await db.$transaction(async (tx) => {
      const saved = await tx.meetingFeedback.upsert({
        where: { meetingId_registrationId: { meetingId, registrationId } },
        create: { meetingId, registrationId, ...data },
        update: data,
        select: { id: true },
      });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "meeting.feedback", entityType: "Meeting", entityId: meetingId, metadata: { feedbackId: saved.id, outcome } });
    });
    return { meetingId, outcome };
  },
});
