// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";

import { companyBlockSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** The company receives no more enquiries or replies from the blocked one; threads stay readable. */
export const blockCompanyAction = safeAction({
  schema: companyBlockSchema,
  authorize: { permission: "enquiry.manage", organizationId: (input) => input.organizationId },
  handler: async ({ organizationId, blockedOrganizationId }, ctx) => {
    if (blockedOrganizationId === organizationId)
      throw new ActionError("validation", { message: "Enquiries.errors.blockSelf" });
    await db.$transaction(async (tx) => {
      const blocker = await tx.organization.count({ where: { id: organizationId, kind: "COMPANY" } });
      // Only a company the blocker knows of: a published one, or one it shares a thread with.
      // Any other id, an unpublished company's included, gets the answer of an unknown one.
      const known = await tx.organization.count({
        where: {
          id: blockedOrganizationId,
          kind: "COMPANY",
          OR: [
            { status: "PUBLISHED" },
            { enquiriesSent: { some: { recipientOrganizationId: organizationId } } },
            { enquiriesReceived: { some: { senderOrganizationId: organizationId } } },
          ],
        },
      });
      if (!blocker || !known) throw new ActionError("not_found");
      const created = await tx.companyBlock.createMany({
        data: [{ blockerOrganizationId: organizationId, blockedOrganizationId, createdByUserId: ctx.user.id }],
        skipDuplicates: true,
      });
      if (!created.count) return;
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "enquiry.block",
        entityType: "Organization",
        entityId: blockedOrganizationId,
        metadata: { organizationId },
      });
    });
    return { blocked: true };
  },
});
