// SPDX-License-Identifier: EUPL-1.2
/**
 * Rebuilds the whole search index from the database. Search keeps answering from the old index
 * until the new one is complete; outbox workers pause meanwhile and apply later changes after.
 */
import { createPrismaClient } from "../lib/db/prisma";
import { createSearchEngine } from "../lib/search/engine-factory";
import { rebuildSearchIndex } from "../lib/search/rebuild";
import { requireDatabaseUrl } from "./lib/env";

const url = requireDatabaseUrl();
const prisma = createPrismaClient(url, 4);
const engine = createSearchEngine(prisma);
const started = Date.now();
let shown = 0;

try {
  console.log(`[search-reindex] engine ${engine.name}; waiting for running workers to finish their batch`);
  const r = await rebuildSearchIndex(prisma, engine, {
    onProgress: (n) => {
      if (n - shown >= 10_000) {
        shown = n;
        console.log(`[search-reindex] ${n} documents read`);
      }
    },
  });
  console.log(`[search-reindex] ${r.indexed} documents indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.outboxCleared) console.log(`[search-reindex] ${r.outboxCleared} outbox rows covered by the reindex removed`);
} catch (e) {
  console.error(`Error: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
