// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { threadForAction } from "../guards";
import { enquiryRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Either company closes a thread when the matter is settled; nobody can reply until it is reopened. */
export const closeEnquiryAction = safeAction({
  schema: enquiryRefSchema,
  authorize: { permission: "enquiry.manage", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    await db.$transaction(async (tx) => {
      const { enquiry } = await threadForAction(tx, input);
      if (enquiry.status === "CLOSED") return;
      await tx.enquiry.update({ where: { id: enquiry.id }, data: { status: "CLOSED", closedAt: new Date() } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "enquiry.close",
        entityType: "Enquiry",
        entityId: enquiry.id,
        metadata: { organizationId: input.organizationId },
      });
    });
    return { status: "CLOSED" as const };
  },
});
