// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { translateKey } from "../../i18n/translator";
import { enqueueSearchUpdates } from "../../search/outbox";
import { lockOrganization } from "../organization-lock";
import { missingForPublication } from "../publication";
import { companyRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";
import { assertNotTakenDown } from "../../moderation/enforcement";

/** Puts the profile into the directory and search; refused while it lacks the minimum fields. */
export const publishCompanyAction = safeAction({
  schema: companyRefSchema,
  authorize: { permission: "company.publish", organizationId: (input) => input.organizationId },
  handler: async ({ organizationId }, ctx) => {
    return db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, organizationId))) throw new ActionError("not_found");
      const company = await tx.organization.findUnique({
        where: { id: organizationId },
        include: { _count: { select: { industries: true } } },
      });
      if (company?.kind !== "COMPANY") throw new ActionError("not_found");
      await assertNotTakenDown(tx, { organizationId });
      const missing = missingForPublication({ ...company, industryCount: company._count.industries });
      if (missing.length) {
        const list = missing
          .map((r) => translateKey(ctx.locale, `CompanyEditor.publication.requirements.${r}`))
          .join(", ");
        throw new ActionError("conflict", { message: "CompanyEditor.publication.notReady", values: { missing: list } });
      }
      const publishedAt = company.publishedAt ?? new Date();
      await tx.organization.update({ where: { id: organizationId }, data: { status: "PUBLISHED", publishedAt } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "company.publish",
        entityType: "Organization",
        entityId: organizationId,
      });
      // The indexer rebuilds the company together with its listings, which become findable too.
      await enqueueSearchUpdates(tx, "COMPANY", [organizationId]);
      return { slug: company.slug };
    });
  },
});
