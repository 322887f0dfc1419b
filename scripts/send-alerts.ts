// SPDX-License-Identifier: EUPL-1.2
/**
 * Sends the saved-search alerts and matchmaking reminders that are due now (and expires
 * unanswered meeting requests), prints what it did and exits; safe to run
 * while the server's own scheduler (or another copy of this script) is running.
 *
 *   npm run alerts:send
 */
import { createPrismaClient } from "../lib/db/prisma";
import { describeRun } from "../lib/alerts/scheduler";
import { sendDueAlerts } from "../lib/alerts/send-due-alerts";
import { purgeExpiredAbuseReports } from "../lib/enquiries/report-retention";
import { describeReminderRun, sendMatchmakingReminders } from "../lib/matchmaking/reminders";
import { describeRollup, rollUpStatistics } from "../lib/statistics/rollup";
import { createSearchEngine } from "../lib/search/engine-factory";
import { settings } from "../lib/env";
import { requireDatabaseUrl } from "./lib/env";

const prisma = createPrismaClient(requireDatabaseUrl(), 4);
const log = (m: string) => console.log(`[alerts] ${m}`);
try {
  const engine = createSearchEngine(prisma);
  log(`engine ${engine.name}; mail ${settings().SMTP_URL ? "via SMTP_URL" : "printed here (SMTP_URL is not set)"}`);
  const summary = await sendDueAlerts({ db: prisma, engine, log });
  log(describeRun(summary));
  for (const f of summary.failed) log(`failed: saved search ${f.savedSearchId}: ${f.error}`);
  // Where cron runs this instead of the server's scheduler, it also does the scheduler's housekeeping.
  const purged = await purgeExpiredAbuseReports(prisma);
  if (purged) log(`deleted ${purged} abuse reports past their retention period`);
  const reminders = await sendMatchmakingReminders({ db: prisma, log });
  log(describeReminderRun(reminders));
  log(describeRollup(await rollUpStatistics(prisma)) ?? "no counting events to roll up");
  process.exitCode = summary.failed.length || reminders.failed ? 1 : 0;
} finally {
  await prisma.$disconnect();
}
