// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads and validates the database configuration from the environment.
 * Kept free of server-only imports so scripts and tests can use it.
 */
import { ConfigError, parseDatabaseUrl } from "../env/database-url.mjs";
import { settings, type EnvSource } from "../env";

export { ConfigError, parseDatabaseUrl };

/**
 * How long an unused connection stays open. A new one costs a password handshake (SCRAM), and its
 * PostgreSQL process pays a page fault the first time it touches each page of the shared buffers:
 * with the pool's default of 10 s, a search after a quiet quarter of a minute took several times
 * as long as one on a connection kept open (docs/performance.md, "Connections kept open"). A
 * chamber's portal is quiet most of the time, so most searches came after such a pause.
 */
export const IDLE_CONNECTION_MS = 10 * 60_000;

/**
 * What every pool of the portal sets besides its size: connections kept open (above), yet a
 * finished script may still exit, and a peer that vanished (a restarted server, a dropped network
 * path) is noticed on an idle connection too.
 */
export const POOL_SETTINGS = { idleTimeoutMillis: IDLE_CONNECTION_MS, allowExitOnIdle: true, keepAlive: true } as const;

export interface EmbeddedDbOptions {
  dataDir: string;
  port: number;
  database: string;
}

export function embeddedDbOptions(env?: EnvSource): EmbeddedDbOptions {
  const s = settings(env);
  return { dataDir: s.EMBEDDED_PG_DIR, port: s.EMBEDDED_PG_PORT, database: s.EMBEDDED_PG_DATABASE };
}

/** Only ever let tests and the embedded server touch databases on this machine. */
export function isLocalDatabaseUrl(raw: string): boolean {
  const host = parseDatabaseUrl(raw).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]";
}
