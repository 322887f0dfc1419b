// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { listingOwner } from "../access";
import { listingRefSchema } from "../schema";
import { lockListing } from "../store";
import { recordAudit } from "../../audit/log";

/** Takes an offer or request offline without deleting it. */
export const unpublishListingAction = safeAction({
  schema: listingRefSchema,
  authorize: { permission: "listing.update", resource: ({ listingId }) => listingOwner(listingId) },
  handler: async ({ listingId }, ctx) => {
    await db.$transaction(async (tx) => {
      const listing = await lockListing(tx, listingId);
      if (listing.status !== "PUBLISHED") return;
      await tx.listing.update({ where: { id: listingId }, data: { status: "UNPUBLISHED" } });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "listing.unpublish", entityType: "Listing", entityId: listingId });
      await enqueueSearchUpdates(tx, "LISTING", [listingId]);
    });
    return { listingId };
  },
});
