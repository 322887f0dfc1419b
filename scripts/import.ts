// SPDX-License-Identifier: EUPL-1.2
/**
 * Imports companies from a JSON, CSV or XLSX file (format: docs/import.md) and updates the
 * search index.
 *
 *   npm run import -- <file.json|file.csv|file.xlsx> [--dry-run] [--batch-size 500] [--institution <slug>]
 *
 * Exit code 0 when the run finished, even if single records were skipped; 1 when the input
 * could not be used at all (nothing is imported then).
 */
import { readFile } from "node:fs/promises";
import { createPrismaClient } from "../lib/db/prisma";
import { ImportInputError, formatSummary, runImport } from "../lib/import/run-import";
import { createSearchEngine } from "../lib/search/engine-factory";
import { ensureIndustries } from "../lib/taxonomy/sync";
import { createProgress } from "./lib/progress";
import { requireDatabaseUrl } from "./lib/env";

const USAGE = "usage: npm run import -- <file.json|.csv|.xlsx> [--dry-run] [--batch-size N] [--institution <slug>]";

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  let file: string | null = null;
  let dryRun = false;
  let batchSize = 500;
  let institution: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--batch-size") {
      batchSize = Number(argv[++i]);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) fail("--batch-size expects a whole number between 1 and 10000");
    } else if (arg === "--institution") {
      institution = argv[++i] ?? null;
      if (!institution) fail("--institution expects the institution's slug");
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`);
    else if (file) fail(`only one file can be imported at a time\n${USAGE}`);
    else file = arg;
  }
  if (!file) fail(`no file given\n${USAGE}`);
  return { file, dryRun, batchSize, institution };
}

async function main() {
  const { file, dryRun, batchSize, institution } = parseArgs(process.argv.slice(2));
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (e as Error).message}`);
  }

  const url = requireDatabaseUrl();
  const db = createPrismaClient(url, 4);
  const progress = createProgress(dryRun ? "Checking" : "Importing");
  try {
    await ensureIndustries(db);
    const institutionId = institution ? await institutionIdOf(db, institution) : undefined;
    const engine = dryRun ? null : createSearchEngine(db);
    const { summary, index } = await runImport(db, content, {
      dryRun,
      batchSize,
      engine,
      fileName: file,
      institutionId,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    for (const line of formatSummary(summary)) console.log(line);
    if (!dryRun) {
      console.log(
        index.drained
          ? "Search index updated."
          : `Warning: the search index could not be updated now (${index.error ?? "no search engine"}); ` +
              "the changes stay queued and are applied by the search worker.",
      );
    }
  } catch (e) {
    progress.stop();
    if (e instanceof ImportInputError) fail(`${file}: ${e.message}`);
    throw e;
  } finally {
    await db.$disconnect();
  }
}

async function institutionIdOf(db: ReturnType<typeof createPrismaClient>, slug: string): Promise<string> {
  const found = await db.organization.findFirst({ where: { slug, kind: "INSTITUTION" }, select: { id: true } });
  if (!found) fail(`no institution with the slug "${slug}"`);
  return found.id;
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
