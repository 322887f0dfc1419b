// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes a new migration from the change to prisma/schema.prisma since the last migration.
 *   npm run db:migration:create -- <name>
 * The schema each migration leads to is kept in prisma/migrations/schema-snapshot.prisma.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { diffDatamodels } from "../lib/db/schema-engine";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration:create -- <name>");
  process.exit(1);
}
const dir = "prisma/migrations";
const snapshotPath = path.join(dir, "schema-snapshot.prisma");
const target = readFileSync("prisma/schema.prisma", "utf8");
const previous = existsSync(snapshotPath) ? readFileSync(snapshotPath, "utf8") : null;

const server = await startEmbeddedPostgres({ dataDir: ".data/tooling-pg", port: 54398, database: "tooling" });
try {
  const sql = await diffDatamodels(previous, target, server.adminUrl);
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.log("schema.prisma has no changes since the last migration");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(dir, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    writeFileSync(snapshotPath, target);
    if (!existsSync(path.join(dir, "migration_lock.toml"))) {
      writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    }
    console.log(`wrote ${folder}/migration.sql`);
  }
} finally {
  await server.stop();
}
