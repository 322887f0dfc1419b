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

  it.each([
    ["sampled place lexemes", "20261207180000_search_cell_samples", "cell_samples"],
    ["filter lexemes", "20261207200000_search_filter_lexemes", "filter_lexemes"],
  ])("marks a search index that is still empty as written with %s, and one with documents as not", async (_, migration, column) => {
    const sql = readFileSync(`prisma/migrations/${migration}/migration.sql`, "utf8");
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const flag = async () => (await c.query(`SELECT ${column} AS flag FROM search_state`)).rows[0].flag;
      // Applied above to the empty index of a new installation.
      expect(await flag()).toBe(true);
      // An installation whose index holds documents written before: applied again to that state.
      await c.query("BEGIN");
      await c.query(`ALTER TABLE search_state DROP COLUMN ${column}`);
      await c.query(
        `INSERT INTO search_documents (id, type, entity_id, name, name_key, title, slug, country, published_ts, facet_group, content_hash, name_tsv, title_tsv, tsv)
         VALUES ('company:x', 'company', 'x', 'X', 'x', 'X', 'x', 'DE', 0, 1, '', '', '', 'x')`,
      );
      await c.query(sql);
      expect(await flag()).toBe(false);
      await c.query("ROLLBACK");
    } finally {
      await c.end();
    }
  });
});
