// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";

import { deliver, meetingMail } from "../../events/mails";
import { requestParties } from "../access";
import { activeParticipant, contactOf } from "../participants";
import { meetingRequestRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * Takes a request back before it is answered (the asking side), or calls off an accepted
 * meeting (either side), which frees its slot and table.
 */
export const withdrawMeetingRequestAction = safeAction({
  schema: meetingRequestRefSchema,
  // Either company may act; outside both the request does not exist, as an unknown id would not.
  authorize: { permission: "event.register", resource: ({ requestId }) => requestParties(requestId) },
  handler: async ({ requestId }, ctx) => {
    const mail = await db.$transaction(async (tx) => {
      const request = await tx.meetingRequest.findUnique({
        where: { id: requestId },
        select: { status: true, requesterId: true, recipientId: true },
      });
      if (!request) throw new ActionError("not_found");
      const requester = await activeParticipant(tx, request.requesterId);
      const recipient = await activeParticipant(tx, request.recipientId);
      const asRequester = ctx.actingFor.includes(ctx.resource.requesterOrganizationId);

      let kind: "cancelled" | null;
      if (request.status === "PENDING" && asRequester) {
        await tx.meetingRequest.update({ where: { id: requestId }, data: { status: "WITHDRAWN" } });
        kind = null;
      } else if (request.status === "ACCEPTED") {
        await tx.meeting.deleteMany({ where: { requestId } });
        await tx.meetingRequest.update({ where: { id: requestId }, data: { status: "CANCELLED", unscheduledReason: null } });
        kind = "cancelled";
      } else {
        throw new ActionError("conflict", { message: "Meetings.errors.notWithdrawable" });
      }
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "meeting.withdraw", entityType: "MeetingRequest", entityId: requestId });
      if (!kind) return null;
      const [other, self] = asRequester ? [recipient, requester] : [requester, recipient];
      const contact = await contactOf(tx, other.id);
      return contact ? meetingMail({ kind, recipient: contact, event: self.event, otherCompany: self.organization.name }) : null;
    });
    await deliver(mail ? [mail] : []);
    return { requestId };
  },
});
