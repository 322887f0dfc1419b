// SPDX-License-Identifier: EUPL-1.2
/**
 * Fails when prisma/schema.prisma and prisma/migrations describe different databases.
 * Builds one scratch database from the migrations and one from the schema (diffed from empty
 * by Prisma's schema engine), then compares their catalogs. Objects Prisma cannot model
 * (check constraints, functions, triggers, partial indexes, extra tables for search) may exist
 * only in the migrated database; everything Prisma models must match exactly.
 */
import { readFileSync } from "node:fs";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { diffDatamodels } from "../lib/db/schema-engine";

const CATALOG_QUERIES = {
  columns: `SELECT table_name || '.' || column_name || ' ' || data_type || COALESCE('(' || character_maximum_length || ')', '')
              || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END || COALESCE(' default ' || column_default, '') AS line
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT tablename || ': ' || regexp_replace(indexdef, ' ON public\\.', ' ON ') AS line FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraints: `SELECT conrelid::regclass::text || ': ' || conname || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'f', 'u', 'x')
              AND conrelid::regclass::text <> '_prisma_migrations'`,
  enums: `SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
};

async function describe(url: string, tables: Set<string> | null) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lines: string[] = [];
    for (const [kind, sql] of Object.entries(CATALOG_QUERIES)) {
      const { rows } = await client.query<{ line: string }>(sql);
      for (const { line } of rows) {
        const table = line.split(/[.: ]/)[0].replace(/"/g, "");
        if (kind !== "enums" && tables && !tables.has(table)) continue;
        lines.push(`${kind} ${line}`);
      }
    }
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    return { lines: new Set(lines), tables: new Set(rows.map((r) => r.table_name)) };
  } finally {
    await client.end();
  }
}

const server = await startEmbeddedPostgres({ dataDir: ".data/tooling-pg", port: 54398, database: "tooling", log: () => {} });
const admin = new pg.Client({ connectionString: server.adminUrl });
let failed = false;
try {
  await admin.connect();
  for (const db of ["drift_migrations", "drift_schema"]) {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db}`);
  }
  const urlFor = (db: string) => server.adminUrl.replace(/\/postgres$/, `/${db}`);

  await applyMigrations(urlFor("drift_migrations"));
  const fromSchema = await diffDatamodels(null, readFileSync("prisma/schema.prisma", "utf8"), server.adminUrl);
  const c = new pg.Client({ connectionString: urlFor("drift_schema") });
  await c.connect();
  await c.query(fromSchema);
  await c.end();

  const expected = await describe(urlFor("drift_schema"), null);
  const actual = await describe(urlFor("drift_migrations"), expected.tables);
  const missing = [...expected.lines].filter((l) => !actual.lines.has(l));
  // A partial index (CREATE INDEX … WHERE …) is hand-written SQL Prisma's schema cannot state; its
  // schema engine leaves such indexes alone when it creates the next migration.
  const extra = [...actual.lines].filter((l) => !expected.lines.has(l) && !/^indexes .* WHERE /.test(l));
  if (missing.length || extra.length) {
    failed = true;
    console.error("Drift: prisma/schema.prisma and prisma/migrations disagree.");
    for (const l of missing) console.error(`  only in schema.prisma:  ${l}`);
    for (const l of extra) console.error(`  only in migrations:     ${l}`);
    console.error("Run `npm run db:migration:create -- <name>` after changing schema.prisma.");
  } else {
    console.log(`No drift: ${expected.lines.size} schema objects match the migrations.`);
  }
} finally {
  await admin.end().catch(() => {});
  await server.stop();
}
process.exit(failed ? 1 : 0);
