// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs the outbox worker inside the Next.js server process (started from instrumentation.ts),
 * so `npm run dev` and `npm start` keep the index current without a second process.
 * It uses a small client of its own: the shared one in lib/db is reserved for React server code.
 */
import { createPrismaClient } from "../db/prisma";
import { settings } from "../env";
import { createSearchEngine } from "./engine-factory";
import { startOutboxWorker, type OutboxWorker } from "./worker";

const state = globalThis as unknown as { portalSearchWorker?: OutboxWorker };

export function startInProcessSearchWorker(): void {
  // Dev-server reloads run instrumentation again; one worker per process is enough.
  const { DATABASE_URL, SEARCH_WORKER_INTERVAL_MS: intervalMs } = settings();
  if (state.portalSearchWorker || !DATABASE_URL) return;
  // Two batches in progress (drainOutbox) each hold a connection while they read and write with others.
  const prisma = createPrismaClient(DATABASE_URL, 4);
  state.portalSearchWorker = startOutboxWorker(prisma, createSearchEngine(prisma), { intervalMs });
}
