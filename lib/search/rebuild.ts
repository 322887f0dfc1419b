/**
 * Brings the search index up to date in bulk: a full reindex while outbox workers pause, after
 * which the outbox rows it covered are removed. Used by `npm run search:reindex` and by the seed
 * after large imports, where replaying hundreds of thousands of outbox rows would take far longer.
 */
import type { Db } from "../db/prisma";
import { allDocuments } from "./document-builder";
import type { SearchDocument, SearchEngine } from "./types";
import { drainOutbox, outboxStatus, REINDEX_LOCK_KEY } from "./worker";

export interface RebuildResult {
  indexed: number;
  /** Outbox rows written before the reindex started, now covered by it. */
  outboxCleared: number;
}

export async function rebuildSearchIndex(
  prisma: Db,
  engine: SearchEngine,
  opts: { batchSize?: number; onProgress?: (documents: number) => void } = {},
): Promise<RebuildResult> {
  async function* counted(batches: AsyncIterable<SearchDocument[]>) {
    let n = 0;
    for await (const batch of batches) {
      n += batch.length;
      opts.onProgress?.(n);
      yield batch;
    }
  }
  // The lock lives as long as this transaction; workers try it shared before each batch and
  // pause, so no change is applied to an index that is about to be replaced.
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock($1::bigint)`, REINDEX_LOCK_KEY);
      // Everything committed before this point is read by the reindex itself.
      const [{ max }] = await tx.$queryRawUnsafe<{ max: string | null }[]>(
        `SELECT max(id)::text AS max FROM "SearchOutbox"`,
      );
      const { indexed } = await engine.reindex(counted(allDocuments(prisma, opts.batchSize ?? 1000)));
      const outboxCleared = max
        ? await tx.$executeRawUnsafe(`DELETE FROM "SearchOutbox" WHERE id <= $1::bigint`, max)
        : 0;
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
  if (mode === "reindex") await rebuildSearchIndex(prisma, engine);
  else await drainOutbox(prisma, engine, { batchSize: 500 });
  return { mode, documents: (await engine.health()).documents ?? 0 };
}
