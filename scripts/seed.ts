// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads demo data: the NACE taxonomy, companies from both sides of the border and upcoming
 * events. `npm run db:seed -- --companies 100000` adds synthetic companies for benchmarks.
 */
import { createPrismaClient } from "../lib/db/prisma";
import { importCompanies } from "../lib/import/import-companies";
import { createSearchEngine } from "../lib/search/engine-factory";
import { catchUpSearchIndex } from "../lib/search/rebuild";
import { syncIndustries } from "../lib/taxonomy/sync";
import { demoCompanies, generatedCompanies } from "../lib/seed/demo-data";
import { seedEvents } from "../lib/seed/seed-events";
import { DEMO_SEED_ACTION } from "../lib/seed/first-start";
import { createProgress } from "./lib/progress";
import { requireDatabaseUrl } from "./lib/env";

function numberFlag(name: string): number | null {
  const i = process.argv.indexOf(name);
  if (i === -1) return null;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) {
    console.error(`Error: ${name} expects a whole number between 0 and 1000000`);
    process.exit(1);
  }
  return n;
}

const url = requireDatabaseUrl();
const extra = numberFlag("--companies");
const db = createPrismaClient(url, 4);
const started = Date.now();
try {
  console.log(`[seed] ${await syncIndustries(db)} industries (NACE Rev. 2)`);
  const base = Date.UTC(2026, 0, 1);
  const demo = demoCompanies();
  const summary = await importCompanies(db, demo, {
    // Later records count as newer, so "new on the platform" is the same on every machine.
    publishedAt: (i) => new Date(base + i * 3_600_000),
  });
  console.log(`[seed] demo companies: ${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped`);
  for (const issue of summary.issues) console.log(`[seed]   record ${issue.index} ${issue.field}: ${issue.message}`);
  console.log(`[seed] ${await seedEvents(db)} events`);
  // Remembered, so a portal whose demo companies were deleted is not seeded again on the next start.
  await db.auditLog.create({ data: { action: DEMO_SEED_ACTION, entityType: "database", metadata: { companies: demo.length } } });
  if (extra) {
    const progress = createProgress("[seed] synthetic companies");
    const records = generatedCompanies(extra);
    const r = await importCompanies(db, records, {
      batchSize: 1000,
      onProgress: (d, t) => progress.update(d, t),
      publishedAt: (i) => new Date(base - (i + 1) * 60_000),
    });
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    console.log(`[seed] synthetic: ${r.created} created, ${r.updated} updated in ${seconds.toFixed(1)} s (${Math.round(extra / seconds)}/s)`);
    // Fresh statistics for the tables just filled, so the reindex reading them gets good plans.
    await db.$executeRawUnsafe(`ANALYZE`);
  }
  // Searchable right away, without waiting for a worker; large seeds are reindexed in bulk.
  const indexed = await catchUpSearchIndex(db, createSearchEngine(db));
  console.log(`[seed] search index: ${indexed.documents} documents (${indexed.mode === "reindex" ? "rebuilt" : "updated"})`);
  console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.$disconnect();
}
