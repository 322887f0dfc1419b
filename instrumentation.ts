// SPDX-License-Identifier: EUPL-1.2
/**
 * Next.js calls register() once when a server process starts. The search outbox worker runs
 * there unless SEARCH_WORKER=off (e.g. when `npm run search:worker` runs separately), and the
 * saved-search alerts go out from there unless ALERTS_SCHEDULER=off. A bad setting ends the
 * process here, naming each bad variable, before the first request.
 */
import { inNodeRuntime } from "./lib/env/mode";

export async function register() {
  if (!inNodeRuntime()) return;
  // Imported here so the edge bundle never includes the database driver.
  const { exitOnEnvironmentProblems, settings } = await import("./lib/env");
  exitOnEnvironmentProblems();
  const { SEARCH_WORKER, ALERTS_SCHEDULER } = settings();
  if (SEARCH_WORKER) {
    const { startInProcessSearchWorker } = await import("./lib/search/in-process-worker");
    startInProcessSearchWorker();
  }
  if (ALERTS_SCHEDULER) {
    const { startInProcessAlertsScheduler } = await import("./lib/alerts/in-process-scheduler");
    startInProcessAlertsScheduler();
  }
}
