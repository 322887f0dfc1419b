// SPDX-License-Identifier: EUPL-1.2
import pg from "pg";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { applyMigrations, readMigrations } from "../../lib/db/migrate";

const adminUrl = inject("adminUrl");
const dbName = `portal_test_migrate_${process.pid}`;
const url = adminUrl.replace(/\/postgres$/, `/${dbName}`);

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

describe("migrations", () => {
  beforeAll(() => admin(`CREATE DATABASE ${dbName}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));

  it("two processes applying at once both succeed and apply each migration once", async () => {
    const files = await readMigrations();
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(files.map((f) => f.name).sort());
    expect(a.applied.length === 0 || b.applied.length === 0).toBe(true);

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(
      `SELECT migration_name, count(*)::int AS n, min(checksum) AS checksum FROM "_prisma_migrations" GROUP BY migration_name`,
    );
    await c.end();
    expect(rows).toHaveLength(files.length);
    for (const row of rows) expect(row.n).toBe(1);
    // Prisma's own bookkeeping: sha256 of the migration file, so `prisma migrate deploy` can take over.
    const first = files[0];
    const expected = createHash("sha256").update(readFileSync(`prisma/migrations/${first.name}/migration.sql`)).digest("hex");
    expect(rows.find((r) => r.migration_name === first.name)?.checksum).toBe(expected);
  });

  it("is idempotent: applying again changes nothing", async () => {
    const again = await applyMigrations(url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBeGreaterThan(0);
  });
});
