// SPDX-License-Identifier: EUPL-1.2
/**
 * Rebuilds the whole search index from the database. Search keeps answering from the old index
 * until the new one is complete; outbox workers pause meanwhile and apply later changes after.
 *
 *   npm run search:reindex [-- --threads N]    N build threads (default 2 on 2 or more cores); 0 builds in the main thread
 */
import { createPrismaClient } from "../lib/db/prisma";
import { createSearchEngine } from "../lib/search/engine-factory";
import { bulkBuildThreads } from "../lib/search/document-source";
import { rebuildSearchIndex } from "../lib/search/rebuild";
import { requireDatabaseUrl } from "./lib/env";

const argv = process.argv.slice(2);
let threads = bulkBuildThreads();
if (argv[0] === "--threads" && /^\d+$/.test(argv[1] ?? "") && argv.length === 2) threads = Number(argv[1]);
else if (argv.length) {
  console.error("Error: usage: npm run search:reindex [-- --threads N]");
  process.exit(1);
}

const url = requireDatabaseUrl();
const prisma = createPrismaClient(url, 4);
const engine = createSearchEngine(prisma);
const started = Date.now();
let shown = 0;

try {
  console.log(`[search-reindex] engine ${engine.name}; waiting for running workers to finish their batch`);
  const r = await rebuildSearchIndex(prisma, engine, {
    workers: threads,
    onProgress: (n) => {
      if (n - shown >= 10_000) {
        shown = n;
        console.log(`[search-reindex] ${n} documents read`);
      }
    },
  });
  const secs = (Date.now() - started) / 1000;
  // The whole process's peak, worker threads included: what a server must have free for it.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const building =
    engine.name !== "postgres"
      ? engine.name
      : threads === 0
        ? "built in the main thread"
        : `${threads} build threads`;
  console.log(
    `[search-reindex] ${r.indexed} documents indexed in ${secs.toFixed(1)} s (${Math.round(r.indexed / secs)} documents/s), peak memory ${peakMb} MB (${building})`,
  );
  if (r.outboxCleared) console.log(`[search-reindex] ${r.outboxCleared} outbox rows covered by the reindex removed`);
} catch (e) {
  console.error(`Error: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
