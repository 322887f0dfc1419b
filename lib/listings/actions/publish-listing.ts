// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { listingOwner } from "../access";
import { listingRefSchema } from "../schema";
import { lockListing } from "../store";
import { recordAudit } from "../../audit/log";
import { assertNotTakenDown } from "../../moderation/enforcement";

/** Makes an offer or request public; it shows once its company's profile is published, until its end date. */
export const publishListingAction = safeAction({
  schema: listingRefSchema,
  authorize: { permission: "listing.update", resource: ({ listingId }) => listingOwner(listingId) },
  handler: async ({ listingId }, ctx) => {
    await db.$transaction(async (tx) => {
      const listing = await lockListing(tx, listingId);
      if (listing.status === "PUBLISHED") return;
      await assertNotTakenDown(tx, { organizationId: listing.organizationId, listingId });
      // It would never show; better to say so than to publish into the void.
      if (listing.validUntil && listing.validUntil < new Date()) {
        throw new ActionError("conflict", { message: "Listings.errors.expired" });
      }
      await tx.listing.update({ where: { id: listingId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "listing.publish", entityType: "Listing", entityId: listingId });
      await enqueueSearchUpdates(tx, "LISTING", [listingId]);
    });
    return { listingId };
  },
});
