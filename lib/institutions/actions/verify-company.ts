// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { lockOrganization } from "../../companies/organization-lock";
import { enqueueSearchUpdates } from "../../search/outbox";
import { verifyCompanySchema } from "../schema";
import { mayVouchFor } from "../scope";

/**
 * Institution staff vouch for a company: it is their member and/or its register number was
 * checked. The verification carries the institution, the date and who signed it; the search
 * documents of the company pick up the badge through the outbox.
 */
export const verifyCompanyAction = safeAction({
  schema: verifyCompanySchema,
  authorize: { permission: "institution.verify", organizationId: (input) => input.institutionId },
  handler: async (input, ctx) => {
    const verification = await db.$transaction(async (tx) => {
      // Two staff members verifying the same company at once: the lock lets one of them through.
      if (!(await lockOrganization(tx, input.companyId))) throw new ActionError("not_found");
      if (!(await mayVouchFor(tx, input.institutionId, input.companyId))) {
        throw new ActionError("forbidden", { message: "Institutions.errors.outOfScope" });
      }
      const active = await tx.companyVerification.findFirst({
        where: { companyId: input.companyId, institutionId: input.institutionId, revokedAt: null },
        select: { id: true },
      });
      if (active) throw new ActionError("conflict", { message: "Institutions.errors.alreadyVerified" });
      const row = await tx.companyVerification.create({
        data: {
          companyId: input.companyId,
          institutionId: input.institutionId,
          memberChecked: input.memberChecked,
          registerChecked: input.registerChecked,
          verifiedById: ctx.user.id,
        },
        select: { id: true, verifiedAt: true },
      });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "company.verify",
        entityType: "CompanyVerification",
        entityId: row.id,
        metadata: {
          companyId: input.companyId,
          institutionId: input.institutionId,
          memberChecked: input.memberChecked,
          registerChecked: input.registerChecked,
        },
      });
      await enqueueSearchUpdates(tx, "COMPANY", [input.companyId]);
      return row;
    });
    return { verificationId: verification.id, verifiedAt: verification.verifiedAt.toISOString() };
  },
});
