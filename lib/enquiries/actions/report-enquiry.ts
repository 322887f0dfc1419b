"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { threadForAction } from "../guards";
import { reportEnquirySchema } from "../schema";

/** Reports the other company's messages in a thread (spam, fraud, insults) to the platform's admins. */
export const reportEnquiryAction = safeAction({
  schema: reportEnquirySchema,
  handler: async (input, ctx) => {
    const report = await db.$transaction(async (tx) => {
      const thread = await threadForAction(tx, ctx, { ...input, permission: "enquiry.manage" });
      const created = await tx.abuseReport.create({
        data: {
          enquiryId: thread.enquiry.id,
          reporterOrganizationId: input.organizationId,
          reporterUserId: ctx.user.id,
          reportedOrganizationId: thread.otherOrganizationId,
          reason: input.reason,
        },
        select: { id: true },
      });
      await tx.auditLog.create({
        data: {
          actorUserId: ctx.user.id,
          action: "enquiry.report",
          entityType: "AbuseReport",
          entityId: created.id,
          metadata: { enquiryId: thread.enquiry.id, reportedOrganizationId: thread.otherOrganizationId },
        },
      });
      return created;
    });
    return { reportId: report.id };
  },
});
