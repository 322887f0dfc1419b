// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Db, DbTx } from "../db/prisma";
import { recordAudit } from "../audit/log";
import type { Locale } from "../i18n/routing";
import { MEMBER_FILE_LIMITS } from "./import-file";
import { applyChoices, recordsFromTable, type ColumnMapping, type ColumnPlan } from "./member-columns";
import { planMemberImport, writeMemberImport, type MemberPlan } from "./member-import";
import { cellProblemText, planMessages, previewRow, type PreviewRow } from "./member-import-report";
import { readTable, type Table } from "./table-file";

/** Rows the preview shows before the whole file is checked. */
export const PREVIEW_ROWS = 20;
/** Rows with problems or differences listed after the whole file is checked; the counts cover all. */
export const LISTED_ROWS = 500;

type RunFile = { fileName: string; file: Uint8Array; mapping: Prisma.JsonValue | null };

export async function tableOfRun(run: Pick<RunFile, "fileName" | "file">): Promise<Table> {
  return readTable({ name: run.fileName, bytes: run.file }, MEMBER_FILE_LIMITS);
}

export function columnsOfRun(table: Table, run: Pick<RunFile, "mapping">): ColumnPlan {
  return applyChoices(table.headers, (run.mapping ?? {}) as ColumnMapping);
}

export type CheckedRun = { plan: MemberPlan; rows: PreviewRow[] };

/** What the browser gets of a check: the counts over the rows checked, and the rows to show. */
export type Preview = { counts: MemberPlan["counts"]; rows: PreviewRow[] };

export const toPreview = ({ plan, rows }: CheckedRun): Preview => ({ counts: plan.counts, rows });

/**
 * Checks the run's file against the portal: the first rows for the preview, or the whole file
 * for the dry run (then the rows listed are those with problems, matches or differences).
 */
export async function checkRun(tx: DbTx | Db, run: RunFile & { institutionId: string }, locale: Locale, whole: boolean): Promise<CheckedRun> {
  const table = await tableOfRun(run);
  const records = recordsFromTable(table, columnsOfRun(table, run));
  const chosen = whole ? records : records.slice(0, PREVIEW_ROWS);
  const plan = await planMemberImport(
    tx,
    run.institutionId,
    chosen.map((r) => ({ line: r.line, record: r.record, problems: r.problems.map((p) => cellProblemText(p, locale)) })),
    planMessages(locale),
  );
  const listed = whole ? plan.rows.filter((r) => r.issues.length || r.match).slice(0, LISTED_ROWS) : plan.rows;
  return { plan, rows: listed.map((r) => previewRow(r, chosen[r.index].record)) };
}

export type RunSummary = { total: number; created: number; updated: number; linked: number; overwritten: number };

/** The import's transaction may wait this long for a connection, then run this long at most. */
const IMPORT_MAX_WAIT_MS = 30_000;
const IMPORT_TIMEOUT_MS = 300_000;
/**
 * A live run writes DONE or FAILED within the transaction's limits of its last progress. One
 * still RUNNING twice that long after lost its process to a restart or a crash: its
 * transaction was rolled back with the connection, and nothing will ever finish it.
 */
export const RUN_INTERRUPTED_AFTER_MS = 2 * (IMPORT_MAX_WAIT_MS + IMPORT_TIMEOUT_MS);

/**
 * Marks such runs as failed, so the browser polling them stops and tells the staff to start
 * again. Checked when a run is read, not when a server starts: with several instances, another
 * one may be running an import at that moment.
 */
export async function failInterruptedRuns(db: Db, where: { id: string }, now = new Date()): Promise<number> {
  const { count } = await db.importRun.updateMany({
    where: { ...where, status: "RUNNING", updatedAt: { lt: new Date(now.getTime() - RUN_INTERRUPTED_AFTER_MS) } },
    data: { status: "FAILED", error: "interrupted", processed: 0, finishedAt: now },
  });
  return count;
}

/**
 * The import itself: checks the whole file again (the portal may have changed since the dry
 * run) and writes it in one transaction, so a failure leaves nothing behind. Progress goes to the
 * run row through a separate connection, which the browser polls while the transaction runs.
 */
export async function executeImportRun(db: Db, runId: string, actorUserId: string, locale: Locale): Promise<void> {
  const run = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
  try {
    const summary = await db.$transaction(
      async (tx) => {
        const { plan } = await checkRun(tx, run, locale, true);
        if (plan.counts.failed) throw new RunRefused("rowsFailed", plan.counts.failed);
        if (!plan.counts.total) throw new RunRefused("noRows", 0);
        await db.importRun.update({ where: { id: runId }, data: { total: plan.counts.total } });
        const written = await writeMemberImport(tx, run.institutionId, plan, new Set(run.overwriteLines), async (done) => {
          await db.importRun.update({ where: { id: runId }, data: { processed: done } });
        }, 250);
        const result: RunSummary = {
          total: plan.counts.total,
          created: written.created,
          updated: written.updated,
          linked: written.linked,
          overwritten: written.overwritten,
        };
        await recordAudit(tx, {
          action: "institution.import",
          actorUserId,
          entityType: "Organization",
          entityId: run.institutionId,
          metadata: { ...result, file: run.fileName.slice(0, 200) },
        });
        return result;
      },
      { timeout: IMPORT_TIMEOUT_MS, maxWait: IMPORT_MAX_WAIT_MS },
    );
    // The list holds private contact addresses; once imported, the copy is not kept.
    await db.importRun.update({
      where: { id: runId },
      data: { status: "DONE", summary, processed: summary.total, file: new Uint8Array(), finishedAt: new Date() },
    });
  } catch (e) {
    const error = e instanceof RunRefused ? `${e.reason}:${e.count}` : "failed";
    if (!(e instanceof RunRefused)) console.error("[import] member import failed", e);
    await db.importRun.update({ where: { id: runId }, data: { status: "FAILED", error, processed: 0, finishedAt: new Date() } });
  }
}

class RunRefused extends Error {
  constructor(
    readonly reason: "rowsFailed" | "noRows",
    readonly count: number,
  ) {
    super(reason);
  }
}
