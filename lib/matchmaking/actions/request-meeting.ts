// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { registrationAsParticipant } from "../../events/access";
import { deliver, meetingMail } from "../../events/mails";
import { assertWithinCaps } from "../limits";
import { activeParticipant, assertCanMeet, contactOf } from "../participants";
import { rulesOf } from "../settings";
import { requestMeetingSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** One participant asks another of the same event for a 1:1 meeting, with a short message. */
export const requestMeetingAction = safeAction({
  schema: requestMeetingSchema,
  // Every request mails the other company; this keeps the portal from becoming a spam cannon.
  rateLimit: (_input, ctx) => [{ limiter: "mailsPerUser", key: ctx.user.id }],
  // Asking speaks for the asking company: its members only.
  authorize: { permission: "event.register", resource: (input) => registrationAsParticipant(input.fromRegistrationId) },
  handler: async (input, ctx) => {
    const { request, mail } = await db.$transaction(async (tx) => {
      const from = await activeParticipant(tx, input.fromRegistrationId);
      const to = await activeParticipant(tx, input.toRegistrationId);
      if (to.eventId !== from.eventId || to.id === from.id) throw new ActionError("not_found");
      assertCanMeet(from);
      if (to.status !== "CONFIRMED") throw new ActionError("conflict", { message: "Meetings.errors.recipientUnavailable" });

      const between = await tx.meetingRequest.findMany({
        where: {
          eventId: from.eventId,
          OR: [
            { requesterId: from.id, recipientId: to.id },
            { requesterId: to.id, recipientId: from.id },
          ],
        },
        select: { id: true, requesterId: true, status: true },
      });
      const mine = between.find((r) => r.requesterId === from.id);
      const theirs = between.find((r) => r.requesterId === to.id);
      if (theirs && (theirs.status === "PENDING" || theirs.status === "ACCEPTED")) {
        throw new ActionError("conflict", { message: "Meetings.errors.theyAskedYou" });
      }
      if (mine?.status === "DECLINED") throw new ActionError("conflict", { message: "Meetings.errors.declinedBefore" });
      if (mine && (mine.status === "PENDING" || mine.status === "ACCEPTED")) {
        throw new ActionError("conflict", { message: "Meetings.errors.alreadyRequested" });
      }
      await assertWithinCaps(tx, await rulesOf(tx, from.eventId), from, to);
      const data = { message: input.message, status: "PENDING" as const, respondedAt: null, unscheduledReason: null, requestedAt: new Date() };
      // A withdrawn or cancelled request may be renewed; the pair keeps one row.
      const saved = mine
        ? await tx.meetingRequest.update({ where: { id: mine.id }, data, select: { id: true } })
        : await tx.meetingRequest.create({
            data: { ...data, eventId: from.eventId, requesterId: from.id, recipientId: to.id },
            select: { id: true },
          });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "meeting.request", entityType: "MeetingRequest", entityId: saved.id });
      const recipient = await contactOf(tx, to.id);
      return {
        request: saved,
        mail: recipient
          ? meetingMail({ kind: "requested", recipient, event: from.event, otherCompany: from.organization.name, message: input.message })
          : null,
      };
    });
    await deliver(mail ? [mail] : []);
    return { requestId: request.id };
  },
});
