// SPDX-License-Identifier: EUPL-1.2
import { ConfigError, parseDatabaseUrl } from "../../lib/db/config";
import { databaseUrlFromEnvironment } from "../../lib/env/database-url.mjs";

/** Prints one clear line and exits instead of a stack trace when configuration is wrong. */
export function exitOnConfigError(e: unknown): never {
  if (e instanceof ConfigError) {
    console.error(`Error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}

export function requireDatabaseUrl(): string {
  const raw = databaseUrlFromEnvironment();
  if (!raw) exitOnConfigError(new ConfigError("DATABASE_URL is not set"));
  try {
    parseDatabaseUrl(raw);
  } catch (e) {
    exitOnConfigError(e);
  }
  return raw;
}
