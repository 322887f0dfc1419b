// SPDX-License-Identifier: EUPL-1.2
"use server";

import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";

import { attachmentOrThrow, rejectionError } from "../guards";
import { lockSending, recordRejection, SEND_AUDIT_ACTION, sendingRejection } from "../sending-checks";
import { deliverEnquiryMails, enquiryMail, inboxMembers } from "../mails";
import { deliveryCounts, sendClaimMails } from "../mailed-delivery";
import { recipientRoutes } from "../recipient-delivery";
import { issueClaimLink } from "../../claims/links";
import { companyLocale } from "../../claims/company-locale";
import { ENQUIRY_LIMITS, sendEnquirySchema } from "../schema";
import { recordAudit } from "../../audit/log";
import { assertMaySendEnquiries } from "../../moderation/enforcement";
import { recordCompanyEvents } from "../../statistics/events";

/**
 * Sends one enquiry to one supplier or the same enquiry to several (up to ten): one thread per
 * recipient, all sharing a batch id and one stored copy of the attachment. The recipients'
 * members are told by mail. A company nobody manages yet gets the enquiry by mail at the address
 * its institution keeps, with a link that claims the profile and opens the thread; one without
 * an address gets nothing, and its thread only tells the sender so. The answer counts each kind,
 * after the mails were tried, so the sender never reads "sent" for a mail that failed.
 */
export const sendEnquiryAction = safeAction({
  schema: sendEnquirySchema,
  rateLimit: (_input, ctx) => [{ limiter: "enquiriesPerUser", key: ctx.user.id }],
  // Members only, platform admins included: a company's correspondence (permissions.ts).
  authorize: { permission: "enquiry.send", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    const { organizationId } = input;

    const recipientIds = [...new Set(input.recipientIds)];
    if (recipientIds.includes(organizationId)) {
      throw new ActionError("validation", { field: "recipientIds", message: "Enquiries.errors.toSelf" });
    }
    if (recipientIds.length > ENQUIRY_LIMITS.recipients) {
      throw new ActionError("validation", {
        field: "recipientIds",
        message: "Enquiries.errors.tooManyRecipients",
        values: { max: ENQUIRY_LIMITS.recipients },
      });
    }
    const file = await attachmentOrThrow(input.attachment);
    const now = new Date();

    const outcome = await db.$transaction(async (tx) => {
      const sender = await tx.organization.findUnique({
        where: { id: organizationId },
        select: { id: true, name: true, kind: true, status: true },
      });
      if (sender?.kind !== "COMPANY") throw new ActionError("not_found");
      await assertMaySendEnquiries(tx, organizationId);
      const recipients = (
        await tx.organization.findMany({
          where: { id: { in: recipientIds }, kind: "COMPANY", status: "PUBLISHED" },
          select: { id: true, name: true, country: true, languages: true },
        })
      ).sort((a, b) => recipientIds.indexOf(a.id) - recipientIds.indexOf(b.id));
      if (recipients.length !== recipientIds.length) {
        throw new ActionError("not_found", { message: "Enquiries.errors.recipientUnavailable" });
      }
      const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { createdAt: true } });
      const routes = await recipientRoutes(tx, recipientIds);
      // Left out: nothing can reach them, so they count for no limit and get no message.
      const reachableIds = recipientIds.filter((id) => routes.get(id)?.route !== "none");
      if (!reachableIds.length) {
        throw new ActionError("validation", { field: "recipientIds", message: "Claims.errors.noneReachable" });
      }

      await lockSending(tx, organizationId, ctx.user.id);
      // A double click or a resent form: the first submission's threads, no new ones, no new mails.
      // The company lock above orders such submissions, so the second one sees the first's rows.
      if (input.submissionKey) {
        const earlier = await tx.enquiry.findMany({
          where: { senderOrganizationId: organizationId, submissionKey: input.submissionKey },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, batchId: true, delivery: true },
        });
        if (earlier.length) {
          return {
            kind: "repeated" as const,
            batchId: earlier[0].batchId,
            enquiryIds: earlier.map((e) => e.id),
            counts: deliveryCounts(earlier.map((e) => e.delivery)),
          };
        }
      }
      const rejection = await sendingRejection(tx, {
        organization: { id: organizationId, published: sender.status === "PUBLISHED" },
        user: { id: ctx.user.id, createdAt: user.createdAt },
        recipientIds: reachableIds,
        now,
      });
      if (rejection) {
        // Committed with the transaction, then reported to the sender below.
        await recordRejection(tx, {
          organizationId,
          userId: ctx.user.id,
          reason: rejection.reason,
          recipients: reachableIds.length,
        });
        return { kind: "rejected" as const, rejection };
      }

      const attachment = file
        ? await tx.attachment.create({
            data: { fileName: file.fileName, contentType: file.contentType, size: file.size, data: file.data },
            select: { id: true },
          })
        : null;
      const batchId = randomUUID();
      // Never the email address: the name stays in the recipient's inbox for good.
      const personName = ctx.user.name?.trim() || null;
      const authorName = personName ?? sender.name;
      const threads = [];
      const claimMails = [];
      for (const recipient of recipients) {
        const route = routes.get(recipient.id)!;
        const enquiry = await tx.enquiry.create({
          data: {
            batchId,
            senderOrganizationId: organizationId,
            recipientOrganizationId: recipient.id,
            senderUserId: ctx.user.id,
            submissionKey: input.submissionKey ?? null,
            subject: input.subject,
            delivery: route.route === "members" ? "MEMBERS" : route.route === "mail" ? "MAILED" : "UNDELIVERABLE",
            // Nobody can answer a thread that reached nobody.
            ...(route.route === "none" ? { status: "CLOSED" as const, closedAt: now } : {}),
            lastMessageAt: now,
            senderReadAt: now,
            createdAt: now,
            messages: {
              create: {
                authorOrganizationId: organizationId,
                authorUserId: ctx.user.id,
                authorName,
                body: input.message,
                attachmentId: attachment?.id ?? null,
                createdAt: now,
              },
            },
          },
          select: { id: true },
        });
        threads.push({ enquiryId: enquiry.id, recipient, route: route.route });
        if (route.route === "mail") {
          const locale = companyLocale(recipient);
          const link = await issueClaimLink(tx, {
            companyId: recipient.id,
            email: route.email!,
            locale,
            sentById: ctx.user.id,
            enquiryId: enquiry.id,
            now,
          });
          claimMails.push({
            enquiryId: enquiry.id,
            locale,
            to: route.email!,
            token: link.token,
            recipientCompany: recipient.name,
          });
        }
      }
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        // The per-user daily limit counts the recipients listed here (sending-checks.ts).
        action: SEND_AUDIT_ACTION,
        entityType: "Enquiry",
        entityId: batchId,
        metadata: {
          organizationId,
          recipients: reachableIds,
          ...(reachableIds.length < recipients.length
            ? { unreachable: recipientIds.filter((id) => !reachableIds.includes(id)) }
            : {}),
        },
        createdAt: now,
      });

      const mails = [];
      for (const { enquiryId, recipient, route } of threads) {
        if (route !== "members") continue;
        for (const member of await inboxMembers(tx, recipient.id)) {
          mails.push(
            enquiryMail(member, {
              kind: "new",
              enquiryId,
              recipientOrganizationId: recipient.id,
              recipientCompany: recipient.name,
              authorCompany: sender.name,
              authorName: personName,
              subject: input.subject,
              body: input.message,
              hasAttachment: Boolean(attachment),
            }),
          );
        }
      }
      // The recipients' profile insights count what reached them, in this transaction.
      await recordCompanyEvents(tx, "ENQUIRY", threads.filter((t) => t.route !== "none").map((t) => t.recipient.id));
      return {
        kind: "sent" as const,
        threads,
        batchId,
        mails,
        claimMails,
        authorCompany: sender.name,
        authorName: personName,
        hasAttachment: Boolean(attachment),
      };
    });

    if (outcome.kind === "rejected") throw rejectionError(outcome.rejection, ctx.locale, now);
    if (outcome.kind === "repeated") {
      return { batchId: outcome.batchId, enquiryIds: outcome.enquiryIds, counts: outcome.counts };
    }
    const [, failed] = await Promise.all([
      deliverEnquiryMails(outcome.mails),
      sendClaimMails(outcome.claimMails, {
        senderCompany: outcome.authorCompany,
        authorName: outcome.authorName,
        subject: input.subject,
        body: input.message,
        hasAttachment: outcome.hasAttachment,
      }),
    ]);
    const counts = deliveryCounts(
      outcome.threads.map((t) =>
        t.route === "members" ? "MEMBERS" : t.route === "none" ? "UNDELIVERABLE" : failed.has(t.enquiryId) ? "MAIL_FAILED" : "MAILED",
      ),
    );
    return { batchId: outcome.batchId, enquiryIds: outcome.threads.map((t) => t.enquiryId), counts };
  },
});
