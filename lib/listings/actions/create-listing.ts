// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { createListingSchema } from "../schema";
import { listingData } from "../store";
import { recordAudit } from "../../audit/log";

/** Creates an offer or request as a draft; it goes public with publishListingAction. */
export const createListingAction = safeAction({
  schema: createListingSchema,
  authorize: { permission: "listing.create", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    return db.$transaction(async (tx) => {
      const company = await tx.organization.findUnique({ where: { id: input.organizationId }, select: { kind: true } });
      if (company?.kind !== "COMPANY") throw new ActionError("not_found");
      const listing = await tx.listing.create({
        data: {
          organizationId: input.organizationId,
          status: "DRAFT",
          ...listingData(input),
          industries: { create: input.industries.map((industryCode) => ({ industryCode })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "listing.create", entityType: "Listing", entityId: listing.id });
      await enqueueSearchUpdates(tx, "LISTING", [listing.id]);
      return { listingId: listing.id };
    });
  },
});
