// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";

/** Whose listing this is, for `authorize.resource`; null for an unknown id. */
export async function listingOwner(listingId: string) {
  return db.listing.findUnique({ where: { id: listingId }, select: { organizationId: true } });
}
