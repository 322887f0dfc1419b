// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { lockOrganization } from "../organization-lock";
import { missingForPublication, REQUIREMENT_FIELD } from "../publication";
import { companyProfileSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * Saves the whole profile from the editor. A published profile stays publishable: removing
 * what publication requires is refused instead of silently leaving a half-empty page online.
 */
export const updateCompanyProfileAction = safeAction({
  schema: companyProfileSchema,
  authorize: { permission: "company.update", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    const { organizationId, industries, description, ...fields } = input;
    await db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, organizationId))) throw new ActionError("not_found");
      const current = await tx.organization.findUnique({
        where: { id: organizationId },
        select: { kind: true, status: true },
      });
      if (current?.kind !== "COMPANY") throw new ActionError("not_found");

      const data = {
        ...fields,
        descriptionDe: description.de || null,
        descriptionCs: description.cs || null,
        descriptionEn: description.en || null,
      };
      if (current.status === "PUBLISHED") {
        const missing = missingForPublication({ ...data, industryCount: industries.length });
        if (missing.length) {
          throw new ActionError("validation", {
            field: REQUIREMENT_FIELD[missing[0]],
            message: `CompanyEditor.publication.requiredWhilePublished.${missing[0]}`,
          });
        }
      }
      await tx.organization.update({
        where: { id: organizationId },
        data: {
          ...data,
          industries: { deleteMany: {}, create: industries.map((industryCode) => ({ industryCode })) },
        },
      });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "company.update",
        entityType: "Organization",
        entityId: organizationId,
      });
      await enqueueSearchUpdates(tx, "COMPANY", [organizationId]);
    });
    return { organizationId };
  },
});
