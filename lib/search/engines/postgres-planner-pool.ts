// SPDX-License-Identifier: EUPL-1.2
/**
 * Connections whose sessions plan with some of PostgreSQL's scan methods switched off, for the
 * engine's statements that need it (see sampledMatches in postgres.ts). The settings are made
 * once per connection, when it opens, so a statement runs on its own: switched off per
 * statement, they needed a transaction around it (BEGIN, set_config, the statement, COMMIT),
 * three more round trips on the path of every broad query. A plain session setting also passes
 * through a pooler in session mode, which the startup parameter `options` may not.
 */
import pg from "pg";
import { POOL_SETTINGS } from "../../db/config";
import { connectionUrl, type Db } from "../../db/prisma";

/** Planner settings of a pool's sessions, e.g. { enable_seqscan: "off" }. */
export type PlannerSettings = Readonly<Record<string, "on" | "off">>;

/** Connections per pool: the statements are short, and a pool is only for them. */
const POOL_SIZE = 3;

/**
 * The statement that gives a session these settings, with its parameters; `local`, they last to
 * the end of the transaction only.
 */
export function sessionSettings(settings: PlannerSettings, local = false): { text: string; values: string[] } {
  const entries = Object.entries(settings);
  return {
    text: `SELECT ${entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, ${local})`).join(", ")}`,
    values: entries.flat(),
  };
}

// One pool per database and settings in a process, however many engines use them.
const pools = new Map<string, pg.Pool>();

/**
 * A pool for these settings on the client's database; null for a client that was not made by
 * createPrismaClient (its address is unknown), whose callers set the settings per transaction.
 * The server's shared client (lib/db) hands on the address of the client behind it.
 */
export function plannerPool(db: Db, settings: PlannerSettings): pg.Pool | null {
  let url: string;
  try {
    url = connectionUrl(db);
  } catch {
    return null;
  }
  const key = `${url}\n${JSON.stringify(settings)}`;
  let pool = pools.get(key);
  if (!pool) {
    const statement = sessionSettings(settings);
    pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, ...POOL_SETTINGS });
    // Queued on the new connection before the statement it was opened for, so that one runs with
    // the settings. The settings are valid names and values, so this fails only with the
    // connection, and then the statement fails too.
    pool.on("connect", (client) => void client.query(statement).catch(() => {}));
    // A connection the server ended while idle (a restart, a dropped database) leaves the pool;
    // the next statement opens a new one.
    pool.on("error", () => {});
    pools.set(key, pool);
  }
  return pool;
}
