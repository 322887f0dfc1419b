// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";

import { companyBlockSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Lets a blocked company write to this one again. */
export const unblockCompanyAction = safeAction({
  schema: companyBlockSchema,
  authorize: { permission: "enquiry.manage", organizationId: (input) => input.organizationId },
  handler: async ({ organizationId, blockedOrganizationId }, ctx) => {
    await db.$transaction(async (tx) => {
      const removed = await tx.companyBlock.deleteMany({
        where: { blockerOrganizationId: organizationId, blockedOrganizationId },
      });
      if (!removed.count) return;
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "enquiry.unblock",
        entityType: "Organization",
        entityId: blockedOrganizationId,
        metadata: { organizationId },
      });
    });
    return { blocked: false };
  },
});
