// SPDX-License-Identifier: EUPL-1.2
/**
 * The portal's settings, read from the environment here and nowhere else in lib/ and app/.
 *
 * Read on use rather than once at import: scripts/with-db.ts sets DATABASE_URL and PUBLIC_URL for
 * the process it starts, and tests change single variables between cases. The parse is cached
 * for as long as the variables stay the same, so a read costs a string comparison.
 *
 * Free of Node.js modules, because code shared with the browser reaches it (lib/security/
 * return-path.ts builds on publicOrigin); in the browser no variable is set and the defaults
 * apply. What touches the running process lives in ./process.ts.
 */
import { ENV_NAMES, EnvError, envProblems, parseSettings, type EnvSource, type Settings } from "./schema";

export type { EnvSource, Settings };
export { EnvError };

let cached: { key: string; value: Settings } | null = null;

/** The validated settings of this process, or of `source` when a caller (a test) passes one. */
export function settings(source?: EnvSource): Settings {
  if (source) return parseSettings(source);
  const key = ENV_NAMES.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (cached?.key !== key) cached = { key, value: parseSettings(process.env) };
  return cached.value;
}

/** One line per bad variable; empty when the environment is fine. */
export function environmentProblems(source: EnvSource = process.env): string[] {
  return envProblems(source);
}

/**
 * The portal's own address, from PUBLIC_URL, without a trailing slash. Absolute links (canonical
 * and alternate links, mails, calendar files, the sitemap, redirects) are built from it and never
 * from the request's Host or X-Forwarded-Host, which whoever sends the request chooses.
 */
export function publicBaseUrl(): string {
  return settings().PUBLIC_URL;
}

export function publicOrigin(): string {
  return new URL(publicBaseUrl()).origin;
}

export function servedOverHttps(): boolean {
  return publicOrigin().startsWith("https://");
}
