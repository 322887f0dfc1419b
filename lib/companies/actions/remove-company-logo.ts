// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { lockOrganization } from "../organization-lock";
import { removeLogo } from "../logo-storage";
import { companyRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

export const removeCompanyLogoAction = safeAction({
  schema: companyRefSchema,
  authorize: { permission: "company.update", organizationId: (input) => input.organizationId },
  handler: async ({ organizationId }, ctx) => {
    const previous = await db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, organizationId))) throw new ActionError("not_found");
      const before = await tx.organization.findUnique({
        where: { id: organizationId },
        select: { kind: true, logoPath: true },
      });
      if (before?.kind !== "COMPANY") throw new ActionError("not_found");
      if (!before.logoPath) return null;
      await tx.organization.update({ where: { id: organizationId }, data: { logoPath: null } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "company.logo.remove",
        entityType: "Organization",
        entityId: organizationId,
      });
      await enqueueSearchUpdates(tx, "COMPANY", [organizationId]);
      return before.logoPath;
    });
    await removeLogo(previous);
    return { organizationId };
  },
});
