// SPDX-License-Identifier: EUPL-1.2
/**
 * Next.js calls register() once when a server process starts. The search outbox worker runs
 * there unless SEARCH_WORKER=off (e.g. when `npm run search:worker` runs separately), and the
 * saved-search alerts go out from there unless ALERTS_SCHEDULER=off.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Imported here so the edge bundle never includes the database driver.
  if (process.env.SEARCH_WORKER !== "off") {
    const { startInProcessSearchWorker } = await import("./lib/search/in-process-worker");
    startInProcessSearchWorker();
  }
  if (process.env.ALERTS_SCHEDULER !== "off") {
    const { startInProcessAlertsScheduler } = await import("./lib/alerts/in-process-scheduler");
    startInProcessAlertsScheduler();
  }
}
