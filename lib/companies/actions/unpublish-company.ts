// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { lockOrganization } from "../organization-lock";
import { companyRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Takes the profile (and with it its listings) out of the directory and search; nothing is deleted. */
export const unpublishCompanyAction = safeAction({
  schema: companyRefSchema,
  authorize: { permission: "company.publish", organizationId: (input) => input.organizationId },
  handler: async ({ organizationId }, ctx) => {
    await db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, organizationId))) throw new ActionError("not_found");
      const company = await tx.organization.findUnique({
        where: { id: organizationId },
        select: { kind: true, status: true },
      });
      if (company?.kind !== "COMPANY") throw new ActionError("not_found");
      if (company.status !== "PUBLISHED") return;
      await tx.organization.update({ where: { id: organizationId }, data: { status: "UNPUBLISHED" } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "company.unpublish",
        entityType: "Organization",
        entityId: organizationId,
      });
      await enqueueSearchUpdates(tx, "COMPANY", [organizationId]);
    });
    return { organizationId };
  },
});
