// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { lockOrganization } from "../organization-lock";
import { deleteOrganizationInTx } from "../deletion";
import { removeLogo } from "../logo-storage";
import { deleteCompanySchema } from "../schema";

/**
 * Deletes a company for good: profile, team, listings and search documents in one transaction,
 * then its logo file. Only owners may; they confirm by typing the company's name.
 */
export const deleteCompanyAction = safeAction({
  schema: deleteCompanySchema,
  authorize: { permission: "company.delete", organizationId: (input) => input.organizationId },
  handler: async ({ organizationId, confirmName }, ctx) => {
    const removed = await db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, organizationId))) throw new ActionError("not_found");
      const company = await tx.organization.findUnique({
        where: { id: organizationId },
        select: { kind: true, name: true },
      });
      if (company?.kind !== "COMPANY") throw new ActionError("not_found");
      if (company.name.trim().toLocaleLowerCase() !== confirmName.toLocaleLowerCase()) {
        throw new ActionError("validation", { field: "confirmName", message: "CompanyEditor.delete.nameMismatch" });
      }
      return deleteOrganizationInTx(tx, organizationId, { actorUserId: ctx.user.id, reason: "owner" });
    });
    await removeLogo(removed?.logoPath);
    return { deleted: true };
  },
});
