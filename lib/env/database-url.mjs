// SPDX-License-Identifier: EUPL-1.2
/**
 * DATABASE_URL: how it is read and checked. Plain JavaScript because Next.js loads the cache
 * handler (lib/cache/shared-cache-handler.mjs) by its path, outside the app's TypeScript bundle,
 * and it needs the database address as much as the settings in ./schema.ts do.
 */

/** A configuration problem an operator can fix, reported in one line without a stack trace. */
export class ConfigError extends Error {}

export function parseDatabaseUrl(raw, name = "DATABASE_URL") {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is malformed: expected postgresql://user:password@host:port/database`);
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(`${name} is malformed: it must start with postgresql:// (got "${url.protocol}")`);
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError(`${name} is malformed: host and database name are required`);
  }
  return url;
}

/**
 * DATABASE_URL of this process (or of `source`), or null when unset or blank, as the settings
 * read it. Validation is the settings' job: a server with a malformed value stops at start.
 */
export function databaseUrlFromEnvironment(source = process.env) {
  const value = source.DATABASE_URL?.trim();
  return value ? value : null;
}
