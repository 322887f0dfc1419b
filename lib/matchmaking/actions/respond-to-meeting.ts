// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { deliver, meetingMail } from "../../events/mails";
import { requestAsRecipient } from "../access";
import { activeParticipant, assertCanMeet, contactOf } from "../participants";
import { respondToMeetingSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** The asked company accepts or declines; the asking one hears about it by mail. */
export const respondToMeetingAction = safeAction({
  schema: respondToMeetingSchema,
  // Answering speaks for the asked company: its members only.
  authorize: { permission: "event.register", resource: ({ requestId }) => requestAsRecipient(requestId) },
  handler: async ({ requestId, accept }, ctx) => {
    const mail = await db.$transaction(async (tx) => {
      const request = await tx.meetingRequest.findUnique({
        where: { id: requestId },
        select: { id: true, status: true, requesterId: true, recipientId: true },
      });
      if (!request) throw new ActionError("not_found");
      const recipient = await activeParticipant(tx, request.recipientId);
      assertCanMeet(recipient);
      const status = accept ? "ACCEPTED" : "DECLINED";
      if (request.status === status) return null;
      if (request.status !== "PENDING") throw new ActionError("conflict", { message: "Meetings.errors.notPending" });
      // Guarded by the status, so two clicks from two team members answer once.
      const changed = await tx.meetingRequest.updateMany({
        where: { id: requestId, status: "PENDING" },
        data: { status, respondedAt: new Date() },
      });
      if (!changed.count) throw new ActionError("conflict", { message: "Meetings.errors.notPending" });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: accept ? "meeting.accept" : "meeting.decline",
        entityType: "MeetingRequest",
        entityId: requestId,
      });
      const requester = await contactOf(tx, request.requesterId);
      return requester
        ? meetingMail({
            kind: accept ? "accepted" : "declined",
            recipient: requester,
            event: recipient.event,
            otherCompany: recipient.organization.name,
          })
        : null;
    });
    await deliver(mail ? [mail] : []);
    return { requestId, accepted: accept };
  },
});
