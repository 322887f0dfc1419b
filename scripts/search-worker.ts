// SPDX-License-Identifier: EUPL-1.2
/**
 * Applies search outbox rows to the search engine until stopped (Ctrl-C or SIGTERM).
 *
 *   npm run search:worker                    keep running
 *   npm run search:worker -- --once          apply what is due, then exit
 *   npm run search:worker -- --requeue-parked  retry parked rows, then keep running
 */
import { createPrismaClient } from "../lib/db/prisma";
import { settings } from "../lib/env";
import { createSearchEngine } from "../lib/search/engine-factory";
import { drainOutbox, outboxStatus, requeueParked, startOutboxWorker } from "../lib/search/worker";
import { requireDatabaseUrl } from "./lib/env";

const url = requireDatabaseUrl();
const prisma = createPrismaClient(url, 4);
const engine = createSearchEngine(prisma);
const log = (m: string) => console.log(`[search-worker] ${m}`);

if (process.argv.includes("--requeue-parked")) log(`${await requeueParked(prisma)} parked rows queued again`);

const status = await outboxStatus(prisma);
log(`engine ${engine.name}; ${status.pending} pending, ${status.parked} parked`);

// An unreachable engine is waited for; one whose version cannot be used needs an upgrade first.
const health = await engine.health();
if (health.versionSupported === false) {
  console.error(`Error: ${health.error}`);
  await prisma.$disconnect();
  process.exit(1);
}
if (health.version) log(`${engine.name} ${health.version}`);

if (process.argv.includes("--once")) {
  const r = await drainOutbox(prisma, engine, { log });
  log(
    `applied ${r.processed} changes (${r.upserted} written, ${r.deleted} removed), ${r.failed} failed, ${r.parked} parked`,
  );
  await prisma.$disconnect();
} else {
  const worker = startOutboxWorker(prisma, engine, {
    intervalMs: settings().SEARCH_WORKER_INTERVAL_MS,
    log,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log("stopping after the current batch");
    await worker.stop();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
