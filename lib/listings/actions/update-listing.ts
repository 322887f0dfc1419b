// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { listingOwner } from "../access";
import { updateListingSchema } from "../schema";
import { listingData, lockListing } from "../store";
import { recordAudit } from "../../audit/log";

/** Saves an offer or request; a published one stays published with the new text. */
export const updateListingAction = safeAction({
  schema: updateListingSchema,
  authorize: { permission: "listing.update", resource: (input) => listingOwner(input.listingId) },
  handler: async (input, ctx) => {
    await db.$transaction(async (tx) => {
      const listing = await lockListing(tx, input.listingId);
      await tx.listing.update({
        where: { id: listing.id },
        data: {
          ...listingData(input),
          industries: { deleteMany: {}, create: input.industries.map((industryCode) => ({ industryCode })) },
        },
      });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "listing.update", entityType: "Listing", entityId: listing.id });
      await enqueueSearchUpdates(tx, "LISTING", [listing.id]);
    });
    return { listingId: input.listingId };
  },
});
