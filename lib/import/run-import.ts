// SPDX-License-Identifier: EUPL-1.2
/**
 * What `npm run import` does, minus the terminal: read an import file (JSON, CSV or XLSX),
 * import its companies and bring the search index up to date, so a search right after the
 * import finds them.
 */
import type { Db } from "../db/prisma";
import { drainOutbox } from "../search/worker";
import type { SearchEngine } from "../search/types";
import { importCompanies, type ImportIssue, type ImportOptions, type ImportSummary } from "./import-companies";
import { readImportFile } from "./import-file";
import { planMemberImport, writeMemberImport } from "./member-import";

export { ImportInputError, formatIssue, formatSummary, parseImportFile, readImportFile } from "./import-file";

export interface RunImportOptions extends Pick<ImportOptions, "batchSize" | "onProgress"> {
  dryRun?: boolean;
  /** Engine that receives the changes; without one the outbox is left for the search worker. */
  engine?: SearchEngine | null;
  /** Decides the format (.json, .csv, .tsv, .txt, .xlsx); JSON when absent. */
  fileName?: string;
  /**
   * Import as this institution's member list: keys are the institution's own, companies other
   * institutions list are linked instead of duplicated, and their data is left as it is.
   */
  institutionId?: string;
}

export interface RunImportResult {
  summary: ImportSummary;
  index: { drained: boolean; error?: string };
}

const ENGLISH_PLAN = {
  ambiguous: (count: number) => `${count} companies on the portal match; give a register number to tell them apart`,
  sameCompany: (line: number) => `the same company as row or record ${line}`,
};

export async function runImport(
  db: Db,
  content: Uint8Array | string,
  { dryRun = false, batchSize, onProgress, engine, fileName = "import.json", institutionId }: RunImportOptions = {},
): Promise<RunImportResult> {
  const input = await readImportFile(fileName, typeof content === "string" ? Buffer.from(content) : content);
  const lineOf = (index: number) => input.lines?.[index];
  let summary: RunImportResult["summary"];
  if (institutionId) {
    summary = await importAsInstitution(db, institutionId, input, dryRun, onProgress);
  } else {
    // Rows whose cells cannot be used (a formula without a value) are refused before validation.
    const usable = input.records.map((_, i) => i).filter((i) => !input.rowProblems?.has(i));
    const result = await importCompanies(
      db,
      usable.map((i) => input.records[i]),
      { dryRun, batchSize, onProgress },
    );
    const refused: ImportIssue[] = [...(input.rowProblems ?? [])].flatMap(([index, problems]) =>
      problems.map((p) => ({ index, line: lineOf(index), field: p.field, message: p.message })),
    );
    summary = {
      ...result,
      total: input.records.length,
      skipped: result.skipped + (input.rowProblems?.size ?? 0),
      issues: [
        ...result.issues.map((i) => ({ ...i, index: usable[i.index], line: lineOf(usable[i.index]) })),
        ...refused,
      ].sort((a, b) => a.index - b.index),
    };
  }
  if (dryRun || !engine) return { summary, index: { drained: false } };
  try {
    await drainOutbox(db, engine);
    return { summary, index: { drained: true } };
  } catch (e) {
    // The data is committed and the outbox keeps the changes, so the worker can catch up later.
    return { summary, index: { drained: false, error: (e as Error).message } };
  }
}

async function importAsInstitution(
  db: Db,
  institutionId: string,
  input: Awaited<ReturnType<typeof readImportFile>>,
  dryRun: boolean,
  onProgress: RunImportOptions["onProgress"],
): Promise<RunImportResult["summary"]> {
  const started = Date.now();
  const records = input.records.map((record, i) => ({
    line: input.lines?.[i] ?? i,
    record,
    problems: input.rowProblems?.get(i),
  }));
  const run = async (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => {
    const plan = await planMemberImport(tx, institutionId, records, ENGLISH_PLAN);
    const written = dryRun
      ? null
      : await writeMemberImport(tx, institutionId, plan, new Set(), (done, total) => onProgress?.(done, total));
    return { plan, written };
  };
  const { plan, written } = await db.$transaction(run, { timeout: 300_000, maxWait: 30_000 });
  const issues: ImportIssue[] = plan.rows.flatMap((r) =>
    r.issues.map((i) => ({ index: r.index, line: input.lines ? r.line : undefined, externalId: r.data?.externalId, field: i.field, message: i.message })),
  );
  return {
    total: plan.counts.total,
    created: written?.created ?? plan.counts.create,
    updated: written?.updated ?? plan.counts.update,
    linked: written?.linked ?? plan.counts.link,
    differing: plan.counts.differ,
    skipped: plan.counts.failed,
    issues,
    dryRun,
    durationMs: Date.now() - started,
  };
}
