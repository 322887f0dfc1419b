// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { threadForAction } from "../guards";
import { deliverEnquiryMails } from "../mails";
import { abuseReportMail, platformAdmins } from "../report-mails";
import { reportedMessagesSnapshot } from "../report-snapshot";
import { reportEnquirySchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** A company reports the same thread once a day; the team has it after the first time. */
const REPEAT_WINDOW_MS = 24 * 3600_000;

/**
 * Reports the other company's messages in a thread (spam, fraud, insults) to the platform's
 * admins. The report keeps a copy of the subject, the reported company and its messages, since
 * admins do not read threads and the thread may be deleted with either company; each admin is
 * told by mail.
 */
export const reportEnquiryAction = safeAction({
  schema: reportEnquirySchema,
  rateLimit: (_input, ctx) => [{ limiter: "abuseReportsPerUser", key: ctx.user.id }],
  authorize: { permission: "enquiry.manage", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    const outcome = await db.$transaction(async (tx) => {
      const thread = await threadForAction(tx, input);
      // Two colleagues (or two clicks) reporting at once make one report.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`abuse-report:${thread.enquiry.id}:${input.organizationId}`}, 0))`;
      const earlier = await tx.abuseReport.findFirst({
        where: {
          enquiryId: thread.enquiry.id,
          reporterOrganizationId: input.organizationId,
          createdAt: { gt: new Date(Date.now() - REPEAT_WINDOW_MS) },
        },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      });
      if (earlier) return { reportId: earlier.id, alreadyReported: true, mails: [] };

      const messages = await tx.enquiryMessage.findMany({
        where: { enquiryId: thread.enquiry.id, authorOrganizationId: thread.otherOrganizationId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 500,
        select: { authorName: true, authorUserId: true, body: true, createdAt: true },
      });
      const created = await tx.abuseReport.create({
        data: {
          enquiryId: thread.enquiry.id,
          reporterOrganizationId: input.organizationId,
          reporterUserId: ctx.user.id,
          reportedOrganizationId: thread.otherOrganizationId,
          reason: input.reason,
          subject: thread.enquiry.subject,
          reportedOrganizationName: thread.other.name,
          reportedMessages: reportedMessagesSnapshot(messages),
          reportedAuthorUserIds: [...new Set(messages.flatMap((m) => (m.authorUserId ? [m.authorUserId] : [])))],
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "enquiry.report",
        entityType: "AbuseReport",
        entityId: created.id,
        metadata: { enquiryId: thread.enquiry.id, reportedOrganizationId: thread.otherOrganizationId },
      });
      const admins = await platformAdmins(tx);
      if (!admins.length) console.warn(`[enquiries] abuse report ${created.id}: no platform admin to notify`);
      const facts = {
        reportId: created.id,
        reporterCompany: thread.own.name,
        reportedCompany: thread.other.name,
        subject: thread.enquiry.subject,
        reason: input.reason,
      };
      return { reportId: created.id, alreadyReported: false, mails: admins.map((a) => abuseReportMail(a, facts)) };
    });
    await deliverEnquiryMails(outcome.mails);
    return { reportId: outcome.reportId, alreadyReported: outcome.alreadyReported };
  },
});
