// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { threadForAction } from "../guards";
import { enquiryRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Takes a closed thread up again, e.g. when the supplier's offer needs another round. */
export const reopenEnquiryAction = safeAction({
  schema: enquiryRefSchema,
  authorize: { permission: "enquiry.manage", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    await db.$transaction(async (tx) => {
      const { enquiry } = await threadForAction(tx, input);
      if (enquiry.status === "OPEN") return;
      await tx.enquiry.update({ where: { id: enquiry.id }, data: { status: "OPEN", closedAt: null } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "enquiry.reopen",
        entityType: "Enquiry",
        entityId: enquiry.id,
        metadata: { organizationId: input.organizationId },
      });
    });
    return { status: "OPEN" as const };
  },
});
