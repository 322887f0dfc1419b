// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { lockOrganization } from "../../companies/organization-lock";
import { enqueueSearchUpdates } from "../../search/outbox";
import { revokeVerificationSchema } from "../schema";

/**
 * Staff of the institution that gave a verification take it back. The row stays, dated and
 * with the reason, so the record shows who vouched when; the badge disappears from the profile
 * and, through the outbox, from search.
 */
export const revokeVerificationAction = safeAction({
  schema: revokeVerificationSchema,
  authorize: {
    permission: "institution.verify",
    resource: async ({ verificationId }) => {
      const found = await db.companyVerification.findUnique({
        where: { id: verificationId },
        select: { institutionId: true, companyId: true },
      });
      return found && { organizationId: found.institutionId, companyId: found.companyId };
    },
  },
  handler: async (input, ctx) => {
    const { companyId } = ctx.resource;
    await db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, companyId))) throw new ActionError("not_found");
      const { count } = await tx.companyVerification.updateMany({
        where: { id: input.verificationId, revokedAt: null },
        data: { revokedAt: new Date(), revokedById: ctx.user.id, revocationReason: input.reason },
      });
      if (count !== 1) throw new ActionError("conflict", { message: "Institutions.errors.alreadyRevoked" });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "company.verification_revoke",
        entityType: "CompanyVerification",
        entityId: input.verificationId,
        metadata: { companyId, institutionId: ctx.resource.organizationId, reason: input.reason },
      });
      await enqueueSearchUpdates(tx, "COMPANY", [companyId]);
    });
    return null;
  },
});
