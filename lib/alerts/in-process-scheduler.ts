// SPDX-License-Identifier: EUPL-1.2
/**
 * Sends saved-search alerts from inside the Next.js server process (started from
 * instrumentation.ts), so `npm start` needs no cron job. ALERTS_SCHEDULER=off leaves it to
 * `npm run alerts:send` or another process. Like the search worker it uses a small Prisma
 * client of its own instead of the one reserved for React server code.
 */
import { createPrismaClient } from "../db/prisma";
import { createSearchEngine } from "../search/engine-factory";
import { DEFAULT_ALERTS_INTERVAL_MS, startAlertsScheduler, type AlertsScheduler } from "./scheduler";

const state = globalThis as unknown as { portalAlertsScheduler?: AlertsScheduler };

export function startInProcessAlertsScheduler(): void {
  // Dev-server reloads run instrumentation again; one scheduler per process is enough.
  if (state.portalAlertsScheduler || !process.env.DATABASE_URL) return;
  const prisma = createPrismaClient(process.env.DATABASE_URL, 2);
  const intervalMs = Number(process.env.ALERTS_INTERVAL_MS) || DEFAULT_ALERTS_INTERVAL_MS;
  state.portalAlertsScheduler = startAlertsScheduler(prisma, createSearchEngine(prisma), { intervalMs });
}
