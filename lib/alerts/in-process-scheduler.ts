// SPDX-License-Identifier: EUPL-1.2
/**
 * Sends saved-search alerts from inside the Next.js server process (started from
 * instrumentation.ts), so `npm start` needs no cron job. ALERTS_SCHEDULER=off leaves it to
 * `npm run alerts:send` or another process. Like the search worker it uses a small Prisma
 * client of its own instead of the one reserved for React server code.
 */
import { createPrismaClient } from "../db/prisma";
import { settings } from "../env";
import { createSearchEngine } from "../search/engine-factory";
import { startAlertsScheduler, type AlertsScheduler } from "./scheduler";

const state = globalThis as unknown as { portalAlertsScheduler?: AlertsScheduler };

export function startInProcessAlertsScheduler(): void {
  // Dev-server reloads run instrumentation again; one scheduler per process is enough.
  const { DATABASE_URL, ALERTS_INTERVAL_MS: intervalMs } = settings();
  if (state.portalAlertsScheduler || !DATABASE_URL) return;
  const prisma = createPrismaClient(DATABASE_URL, 2);
  state.portalAlertsScheduler = startAlertsScheduler(prisma, createSearchEngine(prisma), { intervalMs });
}
