// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { attachmentOrThrow, threadForAction } from "../guards";
import { recordRejection } from "../sending-checks";
import { deliverEnquiryMails, enquiryMail, inboxMembers } from "../mails";
import { replyToEnquirySchema } from "../schema";
import { assertMaySendEnquiries } from "../../moderation/enforcement";

/** A message from either company in an open thread, optionally with a file (a quote, a drawing). */
export const replyToEnquiryAction = safeAction({
  schema: replyToEnquirySchema,
  rateLimit: (_input, ctx) => [{ limiter: "enquiryRepliesPerUser", key: ctx.user.id }],
  authorize: { permission: "enquiry.send", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    const outcome = await db.$transaction(async (tx) => {
      const thread = await threadForAction(tx, input);
      if (thread.enquiry.status === "CLOSED") throw new ActionError("conflict", { message: "Enquiries.errors.closed" });
      await assertMaySendEnquiries(tx, input.organizationId);
      const blocked = await tx.companyBlock.count({
        where: { blockerOrganizationId: thread.otherOrganizationId, blockedOrganizationId: input.organizationId },
      });
      if (blocked) {
        await recordRejection(tx, {
          organizationId: input.organizationId,
          userId: ctx.user.id,
          reason: "BLOCKED",
          recipients: 1,
        });
        return { kind: "blocked" as const, company: thread.other.name };
      }

      const file = await attachmentOrThrow(input.attachment);
      const now = new Date();
      // Never the email address: the name stays in the other company's inbox for good.
      const personName = ctx.user.name?.trim() || null;
      const authorName = personName ?? thread.own.name;
      const attachment = file
        ? await tx.attachment.create({
            data: { fileName: file.fileName, contentType: file.contentType, size: file.size, data: file.data },
            select: { id: true },
          })
        : null;
      const message = await tx.enquiryMessage.create({
        data: {
          enquiryId: thread.enquiry.id,
          authorOrganizationId: input.organizationId,
          authorUserId: ctx.user.id,
          authorName,
          body: input.message,
          attachmentId: attachment?.id ?? null,
          createdAt: now,
        },
        select: { id: true },
      });
      // Writing in a thread means having read it.
      await tx.enquiry.update({
        where: { id: thread.enquiry.id },
        data: { lastMessageAt: now, ...(thread.side === "sender" ? { senderReadAt: now } : { recipientReadAt: now }) },
      });
      const members = await inboxMembers(tx, thread.otherOrganizationId);
      const mails = members.map((member) =>
        enquiryMail(member, {
          kind: "reply",
          enquiryId: thread.enquiry.id,
          recipientOrganizationId: thread.otherOrganizationId,
          recipientCompany: thread.other.name,
          authorCompany: thread.own.name,
          authorName: personName,
          subject: thread.enquiry.subject,
          body: input.message,
          hasAttachment: Boolean(attachment),
        }),
      );
      return { kind: "sent" as const, messageId: message.id, mails };
    });

    if (outcome.kind === "blocked") {
      throw new ActionError("forbidden", {
        message: "Enquiries.errors.blockedReply",
        values: { company: outcome.company },
      });
    }
    await deliverEnquiryMails(outcome.mails);
    return { messageId: outcome.messageId };
  },
});
