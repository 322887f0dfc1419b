// SPDX-License-Identifier: EUPL-1.2
/**
 * What `npm run import` does, minus the terminal: read an import file, import its companies and
 * bring the search index up to date, so a search right after the import finds them.
 */
import type { Db } from "../db/prisma";
import { drainOutbox } from "../search/worker";
import type { SearchEngine } from "../search/types";
import { importCompanies, type ImportOptions, type ImportSummary } from "./import-companies";
import { parseImportFile } from "./import-file";

export { ImportInputError, formatIssue, formatSummary, parseImportFile } from "./import-file";

export interface RunImportOptions extends Pick<ImportOptions, "batchSize" | "onProgress"> {
  dryRun?: boolean;
  /** Engine that receives the changes; without one the outbox is left for the search worker. */
  engine?: SearchEngine | null;
}

export interface RunImportResult {
  summary: ImportSummary;
  index: { drained: boolean; error?: string };
}

export async function runImport(
  db: Db,
  content: Uint8Array | string,
  { dryRun = false, batchSize, onProgress, engine }: RunImportOptions = {},
): Promise<RunImportResult> {
  const records = parseImportFile(content);
  const summary = await importCompanies(db, records, { dryRun, batchSize, onProgress });
  if (dryRun || !engine) return { summary, index: { drained: false } };
  try {
    await drainOutbox(db, engine);
    return { summary, index: { drained: true } };
  } catch (e) {
    // The data is committed and the outbox keeps the changes, so the worker can catch up later.
    return { summary, index: { drained: false, error: (e as Error).message } };
  }
}
