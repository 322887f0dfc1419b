// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { listingOwner } from "../access";
import { listingRefSchema } from "../schema";
import { lockListing } from "../store";
import { recordAudit } from "../../audit/log";

/** Deletes an offer or request; the form asks for confirmation first. */
export const deleteListingAction = safeAction({
  schema: listingRefSchema,
  authorize: { permission: "listing.delete", resource: ({ listingId }) => listingOwner(listingId) },
  handler: async ({ listingId }, ctx) => {
    await db.$transaction(async (tx) => {
      const listing = await lockListing(tx, listingId);
      await tx.listing.delete({ where: { id: listingId } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "listing.delete",
        entityType: "Listing",
        entityId: listingId,
        metadata: { organizationId: listing.organizationId },
      });
      await enqueueSearchUpdates(tx, "LISTING", [listingId]);
    });
    return { deleted: true };
  },
});
