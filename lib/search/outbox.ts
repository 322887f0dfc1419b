// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import { invalidatePublicData, TAGS_FOR_ENTITY } from "../cache/public-tags";

export type SearchEntityType = "COMPANY" | "LISTING" | "EVENT";

/**
 * Records that searchable entities changed. Must be called with the transaction that changes
 * them, so the search index and the cached public pages can never miss a committed change.
 */
export async function enqueueSearchUpdates(
  tx: DbTx,
  entityType: SearchEntityType,
  entityIds: readonly string[],
): Promise<void> {
  if (!entityIds.length) return;
  // One statement for any number of ids: imports enqueue thousands at once.
  await tx.$executeRaw`INSERT INTO "SearchOutbox" ("entityType", "entityId")
    SELECT ${entityType}::"SearchEntity", unnest(${[...entityIds]}::text[])`;
  // Every change public pages show passes through here, so their cached data follows it too.
  await invalidatePublicData(tx, TAGS_FOR_ENTITY[entityType]);
}
