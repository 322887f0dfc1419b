/**
 * Next.js calls register() once when a server process starts. The search outbox worker runs
 * there unless SEARCH_WORKER=off (e.g. when `npm run search:worker` runs separately).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SEARCH_WORKER === "off") return;
  // Imported here so the edge bundle never includes the database driver.
  const { startInProcessSearchWorker } = await import("./lib/search/in-process-worker");
  startInProcessSearchWorker();
}
