// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import type { SearchEngine } from "../search/types";
import { purgeExpiredAbuseReports } from "../enquiries/report-retention";
import { describeReminderRun, sendMatchmakingReminders } from "../matchmaking/reminders";
import { describeRollup, rollUpStatistics } from "../statistics/rollup";
import { sendDueAlerts, type AlertRunSummary } from "./send-due-alerts";

/**
 * Calls sendDueAlerts every `intervalMs`. Runs never overlap within one process; across
 * processes the claims in sendDueAlerts keep every digest to one mail.
 */
export const DEFAULT_ALERTS_INTERVAL_MS = 15 * 60_000;

export interface AlertsScheduler {
  /** Waits for a run in progress, then stops. */
  stop(): Promise<void>;
}

export function startAlertsScheduler(
  db: Db,
  engine: SearchEngine,
  opts: { intervalMs?: number; firstRunAfterMs?: number; log?: (m: string) => void } = {},
): AlertsScheduler {
  const intervalMs = opts.intervalMs ?? DEFAULT_ALERTS_INTERVAL_MS;
  const log = opts.log ?? ((m: string) => console.log(`[alerts] ${m}`));
  let running: Promise<void> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const tick = () => {
    if (stopped || running) return;
    running = sendDueAlerts({ db, engine, log })
      .then(async (summary) => {
        if (summary.due) log(describeRun(summary));
        // Housekeeping rides on the same rounds, so `npm start` needs no timer or cron job for it.
        const purged = await purgeExpiredAbuseReports(db);
        if (purged) log(`deleted ${purged} abuse reports past their retention period`);
        // Matchmaking reminders and request expiry ride on the same rounds and the same guarantees.
        const reminders = await sendMatchmakingReminders({ db, log });
        if (reminders.expired || reminders.failed || Object.values(reminders.sent).some(Boolean)) log(describeReminderRun(reminders));
        // Finished days' counting events become daily counts, and their visitor salts go.
        const rollup = describeRollup(await rollUpStatistics(db));
        if (rollup) log(rollup);
      })
      .catch((e: Error) => log(`run failed, trying again in ${Math.round(intervalMs / 1000)} s: ${e.message}`))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, intervalMs);
        // The server's shutdown must not wait for the next round.
        timer?.unref();
      });
  };
  // Not right at start-up: the server has other things to do first.
  timer = setTimeout(tick, opts.firstRunAfterMs ?? Math.min(intervalMs, 30_000));
  timer.unref();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export function describeRun(s: AlertRunSummary): string {
  return `${s.due} due: ${s.sent} mailed, ${s.empty} without news, ${s.skipped} skipped, ${s.failed.length} failed`;
}
