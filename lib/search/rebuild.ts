// SPDX-License-Identifier: EUPL-1.2
/**
 * Brings the search index up to date in bulk: a full reindex while outbox workers pause, after
 * which the outbox rows it covered are removed. Used by `npm run search:reindex` and by the seed
 * after large imports, where replaying hundreds of thousands of outbox rows would take far longer.
 */
import type { Db } from "../db/prisma";
import { bulkBuildThreads, databaseDocuments } from "./document-source";
import type { SearchEngine } from "./types";
import { drainOutbox, outboxStatus, REINDEX_LOCK_KEY } from "./worker";
import { invalidatePublicData, PUBLIC_TAGS } from "../cache/public-tags";

export interface RebuildResult {
  indexed: number;
  /** Outbox rows committed before the reindex started, now covered by it. */
  outboxCleared: number;
}

export async function rebuildSearchIndex(
  prisma: Db,
  engine: SearchEngine,
  opts: { batchSize?: number; workers?: number; onProgress?: (documents: number) => void } = {},
): Promise<RebuildResult> {
  // The lock lives as long as this transaction; workers try it shared before each batch and
  // pause, so no change is applied to an index that is about to be replaced.
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock($1::bigint)`, REINDEX_LOCK_KEY);
      // The outbox rows this statement sees were committed before it began, so every document
      // read afterwards already contains their changes. A higher id says nothing of the kind:
      // ids are drawn when a row is inserted, and a transaction holding a lower one may commit
      // after the reindex read its entity. Such rows stay for the workers, which apply them
      // again from the then current data once the reindex is done.
      await tx.$executeRawUnsafe(
        `CREATE TEMPORARY TABLE search_outbox_covered ON COMMIT DROP AS SELECT id FROM "SearchOutbox"`,
      );
      // Read with one statement per batch; the PostgreSQL engine builds them in worker threads.
      const { indexed } = await engine.reindex(databaseDocuments(prisma, opts));
      const outboxCleared = await tx.$executeRawUnsafe(
        `DELETE FROM "SearchOutbox" o USING search_outbox_covered c WHERE o.id = c.id`,
      );
      // Cached result pages were made from the old index.
      await invalidatePublicData(tx, [PUBLIC_TAGS.search]);
      return { indexed, outboxCleared };
    },
    { timeout: 6 * 60 * 60_000, maxWait: 60_000 },
  );
}

/** Below this many pending changes the outbox is replayed; above it a full reindex is faster. */
export const BULK_THRESHOLD = 5000;

/** Makes everything committed so far searchable, whichever way is quicker. */
export async function catchUpSearchIndex(
  prisma: Db,
  engine: SearchEngine,
): Promise<{ mode: "drain" | "reindex"; documents: number }> {
  const { pending } = await outboxStatus(prisma);
  const mode = pending > BULK_THRESHOLD ? "reindex" : "drain";
  if (mode === "reindex") await rebuildSearchIndex(prisma, engine, { workers: bulkBuildThreads() });
  else await drainOutbox(prisma, engine, { batchSize: 500 });
  return { mode, documents: (await engine.health()).documents ?? 0 };
}
