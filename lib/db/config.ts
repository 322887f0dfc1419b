// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads and validates the database configuration from the environment.
 * Kept free of server-only imports so scripts and tests can use it.
 */
export class ConfigError extends Error {}

export function parseDatabaseUrl(raw: string, name = "DATABASE_URL"): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `${name} is malformed: expected postgresql://user:password@host:port/database`,
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(
      `${name} is malformed: it must start with postgresql:// (got "${url.protocol}")`,
    );
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError(`${name} is malformed: host and database name are required`);
  }
  return url;
}

export interface EmbeddedDbOptions {
  dataDir: string;
  port: number;
  database: string;
}

export function embeddedDbOptions(env: Record<string, string | undefined> = process.env): EmbeddedDbOptions {
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError("EMBEDDED_PG_PORT must be a port number between 1 and 65535");
  }
  return {
    dataDir: env.EMBEDDED_PG_DIR ?? ".data/postgres",
    port,
    database: env.EMBEDDED_PG_DATABASE ?? "portal",
  };
}

/** Only ever let tests and the embedded server touch databases on this machine. */
export function isLocalDatabaseUrl(raw: string): boolean {
  const host = parseDatabaseUrl(raw).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]";
}
