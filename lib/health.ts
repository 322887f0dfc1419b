import "server-only";
import pg from "pg";
import { migrationState } from "@/lib/db/migrate";
import { getSearchEngine } from "@/lib/search";
import { outboxStatus, type OutboxStatus } from "@/lib/search/worker";

export interface SearchHealth {
  engine: "postgres" | "meilisearch";
  ok: boolean;
  documents?: number;
  error?: string;
  outbox?: OutboxStatus;
}

export interface Health {
  status: "ok" | "degraded" | "down";
  database: { status: "up" | "down"; error?: string };
  migrations?: { applied: number; pending: string[]; latest: string | null };
  search?: SearchHealth;
}

const SEARCH_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref?.())]);
}

async function searchHealth(client: pg.Client): Promise<SearchHealth> {
  const engine = getSearchEngine();
  const [status, outbox] = await Promise.all([
    withTimeout(engine.health(), SEARCH_TIMEOUT_MS, { engine: engine.name, ok: false, error: "no answer in time" }),
    outboxStatus({ $queryRawUnsafe: async <T>(sql: string) => (await client.query(sql)).rows as T }).catch(
      () => undefined,
    ),
  ]);
  return { ...status, outbox };
}

// Outbox lag and parked rows are reported for monitoring but keep the status: search still
// answers, only with older data, and taking the server out of rotation would not help.

/**
 * Uses a short-lived connection with a short timeout, so a dead database answers quickly
 * with 503 instead of hanging on the shared pool.
 */
export async function getHealth(): Promise<Health> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    const migrations = await migrationState(client);
    const search = await searchHealth(client);
    return {
      status: migrations.pending.length || !search.ok ? "degraded" : "ok",
      database: { status: "up" },
      migrations,
      search,
    };
  } catch {
    return { status: "down", database: { status: "down", error: "database unreachable" } };
  } finally {
    await client.end().catch(() => {});
  }
}
