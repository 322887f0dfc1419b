import "server-only";
import pg from "pg";
import { migrationState } from "@/lib/db/migrate";

export interface Health {
  status: "ok" | "degraded" | "down";
  database: { status: "up" | "down"; error?: string };
  migrations?: { applied: number; pending: string[]; latest: string | null };
}

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
    return {
      status: migrations.pending.length ? "degraded" : "ok",
      database: { status: "up" },
      migrations,
    };
  } catch {
    return { status: "down", database: { status: "down", error: "database unreachable" } };
  } finally {
    await client.end().catch(() => {});
  }
}
