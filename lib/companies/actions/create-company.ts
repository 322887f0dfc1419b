// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { createCompanySchema } from "../create-company-schema";
import { enqueueSearchUpdates } from "../../search/outbox";
import { baseSlug, uniqueSlug } from "../slug";
import { recordAudit } from "../../audit/log";

/**
 * Registers a company as an unpublished draft with the caller as its first owner. Any signed-in
 * user may do this; the profile is filled in and published later.
 */
export const createCompanyAction = safeAction({
  schema: createCompanySchema,
  rateLimit: (_input, ctx) => [{ limiter: "companiesPerUser", key: ctx.user.id }],
  handler: async (input, ctx) => {
    const base = baseSlug(input.name);
    // A concurrent registration may take the same slug between lookup and insert; try again.
    for (let attempt = 0; ; attempt++) {
      try {
        return await db.$transaction(async (tx) => {
          const similar = await tx.organization.findMany({
            where: { slug: { startsWith: base } },
            select: { slug: true },
          });
          const taken = new Set(similar.map((o) => o.slug));
          const organization = await tx.organization.create({
            data: {
              kind: "COMPANY",
              status: "DRAFT",
              name: input.name,
              country: input.country,
              slug: uniqueSlug(base, (s) => taken.has(s)),
            },
            select: { id: true, slug: true },
          });
          await tx.membership.create({
            data: { organizationId: organization.id, userId: ctx.user.id, role: "OWNER" },
          });
          await recordAudit(tx, {
            actorUserId: ctx.user.id,
            action: "company.create",
            entityType: "Organization",
            entityId: organization.id,
          });
          // Drafts are not searchable, but the outbox records every change and the indexer decides.
          await enqueueSearchUpdates(tx, "COMPANY", [organization.id]);
          return organization;
        });
      } catch (e) {
        if ((e as { code?: string }).code !== "P2002" || attempt >= 3) throw e;
      }
    }
  },
});
