// SPDX-License-Identifier: EUPL-1.2
/**
 * Next.js calls register() once when a server process starts. The search outbox worker runs
 * there unless SEARCH_WORKER=off (e.g. when `npm run search:worker` runs separately), and the
 * saved-search alerts go out from there unless ALERTS_SCHEDULER=off. A bad setting ends the
 * process here, naming each bad variable, before the first request.
 */
export async function register() {
  // Written out, not behind a helper: Next.js replaces NEXT_RUNTIME at build time, and only this
  // exact comparison keeps the imports below out of the edge bundle. It is not a setting.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Imported here so the edge bundle never includes the database driver.
  const { exitOnEnvironmentProblems } = await import("./lib/env/process");
  const { settings } = await import("./lib/env");
  exitOnEnvironmentProblems();
  const { SEARCH_WORKER, ALERTS_SCHEDULER } = settings();
  // Logo files of an earlier version move into the shared logo store; nothing to do once they have.
  const { moveFileLogosInBackground } = await import("./lib/companies/logo-file-migration-on-start");
  moveFileLogosInBackground();
  if (SEARCH_WORKER) {
    const { startInProcessSearchWorker } = await import("./lib/search/in-process-worker");
    startInProcessSearchWorker();
  }
  if (ALERTS_SCHEDULER) {
    const { startInProcessAlertsScheduler } = await import("./lib/alerts/in-process-scheduler");
    startInProcessAlertsScheduler();
  }
}
