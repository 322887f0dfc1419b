// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { PLATFORM } from "../../auth/permissions";
import { recordAudit } from "../../audit/log";
import { setVerificationScopeSchema } from "../schema";

/**
 * Platform admins decide what an institution may vouch for. Verifications already given stay;
 * the scope applies to the next one.
 */
export const setVerificationScopeAction = safeAction({
  schema: setVerificationScopeSchema,
  authorize: { permission: "platform.manage", resource: async () => PLATFORM },
  handler: async (input, ctx) => {
    await db.$transaction(async (tx) => {
      const institution = await tx.organization.findUnique({
        where: { id: input.institutionId },
        select: { kind: true, regionId: true, verificationScope: true },
      });
      if (!institution || institution.kind !== "INSTITUTION") throw new ActionError("not_found");
      if (input.verificationScope === "REGION" && !institution.regionId) {
        throw new ActionError("validation", { field: "verificationScope", message: "Validation.institution.regionForScope" });
      }
      if (institution.verificationScope === input.verificationScope) return;
      await tx.organization.update({ where: { id: input.institutionId }, data: { verificationScope: input.verificationScope } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "institution.scope",
        entityType: "Organization",
        entityId: input.institutionId,
        metadata: { from: institution.verificationScope, to: input.verificationScope },
      });
    });
    return null;
  },
});
