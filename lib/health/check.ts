// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "@/lib/db";
import { readMigrations } from "@/lib/db/migrate";
import { settings } from "@/lib/env";
import { getSearchEngine } from "@/lib/search";
import { outboxStatus, type OutboxStatus } from "@/lib/search/worker";

export interface SearchHealth {
  engine: "postgres" | "meilisearch";
  ok: boolean;
  documents?: number;
  error?: string;
  outbox?: OutboxStatus;
  /** Why search counts as degraded although the engine answers. */
  problems?: string[];
}

export interface Health {
  /**
   * `down`: the database does not answer. `degraded`: migrations are pending, or search is
   * unreachable or behind. `ok`: nothing to report.
   */
  status: "ok" | "degraded" | "down";
  /** False when this instance cannot serve pages correctly (database down, migrations pending). */
  ready: boolean;
  database: { status: "up" | "down"; error?: string };
  migrations?: { applied: number; pending: string[]; latest: string | null };
  search?: SearchHealth;
}

const DATABASE_TIMEOUT_MS = 2000;
const SEARCH_TIMEOUT_MS = 3000;

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer within ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Migrations ship with the code, so the folder is listed once per process. */
let migrationNames: Promise<string[]> | undefined;
function shippedMigrations(): Promise<string[]> {
  migrationNames ??= readMigrations()
    .then((files) => files.map((f) => f.name))
    .catch((e) => {
      migrationNames = undefined;
      throw e;
    });
  return migrationNames;
}

async function migrationState(): Promise<NonNullable<Health["migrations"]>> {
  const [files, rows] = await Promise.all([
    shippedMigrations(),
    db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    ),
  ]);
  const done = new Set(rows.map((r) => r.migration_name));
  return {
    applied: done.size,
    pending: files.filter((n) => !done.has(n)),
    latest: rows.at(-1)?.migration_name ?? null,
  };
}

function outboxMaxLagSeconds(): number {
  return settings().HEALTH_OUTBOX_MAX_LAG_SECONDS;
}

async function searchHealth(): Promise<SearchHealth> {
  const engine = getSearchEngine();
  const [status, outbox] = await Promise.all([
    withTimeout(engine.health(), SEARCH_TIMEOUT_MS).catch(
      (e): SearchHealth => ({
        engine: engine.name,
        ok: false,
        error: e instanceof TimeoutError ? "no answer in time" : "health check failed",
      }),
    ),
    withTimeout(outboxStatus(db), DATABASE_TIMEOUT_MS).catch(() => undefined),
  ]);
  // Parked rows never reach the index without an operator, and a growing lag means no worker
  // is applying changes: either way search shows stale data until someone acts.
  const problems: string[] = [];
  if (!outbox) problems.push("outbox status unavailable");
  else {
    if (outbox.parked > 0) problems.push(`${outbox.parked} outbox rows parked`);
    if (outbox.oldestPendingAgeSeconds > outboxMaxLagSeconds())
      problems.push(`outbox lag ${outbox.oldestPendingAgeSeconds} s`);
  }
  return { ...status, outbox, ...(problems.length ? { problems } : {}) };
}

async function check(): Promise<Health> {
  try {
    await withTimeout(db.$queryRawUnsafe(`SELECT 1`), DATABASE_TIMEOUT_MS);
  } catch {
    return { status: "down", ready: false, database: { status: "down", error: "database unreachable" } };
  }
  const [migrations, search] = await Promise.all([
    withTimeout(migrationState(), DATABASE_TIMEOUT_MS).catch(() => undefined),
    searchHealth(),
  ]);
  const ready = !!migrations && migrations.pending.length === 0;
  const searchOk = search.ok && !search.problems;
  return {
    status: ready && searchOk ? "ok" : "degraded",
    ready,
    database: { status: "up" },
    migrations,
    search,
  };
}

let running: Promise<Health> | undefined;

/**
 * Checks the database, migrations and search through the shared connection pool. Requests that
 * arrive while a check runs share its result, so a burst of probes costs one round of queries
 * instead of one per request.
 */
export function getHealth(): Promise<Health> {
  running ??= check().finally(() => {
    running = undefined;
  });
  return running;
}
