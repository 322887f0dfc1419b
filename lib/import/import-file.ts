// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading an import file and reporting on it, without touching a database.
 */
import type { ImportIssue, ImportSummary } from "./import-companies";
import { findJsonSyntaxError } from "./json-position";
import { planColumns, recordsFromTable } from "./member-columns";
import { readTable, TableFileError, type TableLimits } from "./table-file";

/** The input cannot be used at all; nothing was imported. */
export class ImportInputError extends Error {}

export function parseImportFile(content: Uint8Array | string): unknown[] {
  let text: string;
  if (typeof content === "string") text = content;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    } catch {
      throw new ImportInputError("the file is not UTF-8 encoded text");
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ImportInputError("the file is empty");

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const where = findJsonSyntaxError(text);
    throw new ImportInputError(
      where
        ? `invalid JSON at line ${where.line}, column ${where.column}: ${where.message}`
        : `invalid JSON: ${(e as Error).message}`,
    );
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    throw new ImportInputError(
      `the top level must be an object like { "companies": [ … ] }, not ${Array.isArray(data) ? "an array" : describe(data)}`,
    );
  }
  const companies = (data as { companies?: unknown }).companies;
  if (!Array.isArray(companies)) {
    throw new ImportInputError(
      companies === undefined
        ? 'the top-level object has no "companies" array'
        : `"companies" must be an array, not ${describe(companies)}`,
    );
  }
  return companies;
}

/** A member list may be large; a file beyond these is refused before it is parsed. */
export const MEMBER_FILE_LIMITS: TableLimits = { maxBytes: 5 * 1024 * 1024, maxRows: 10_000 };

const TABLE_PROBLEMS: Record<TableFileError["problem"], (v: TableFileError["values"]) => string> = {
  tooLarge: (v) => `the file is larger than ${v.max} MB`,
  tooManyRows: (v) => `the file has more than ${v.max} rows`,
  empty: () => "the file is empty",
  unsupported: () => "only JSON, CSV and XLSX files can be imported",
  unreadable: () => "the file cannot be read as an Excel (XLSX) workbook",
  noHeader: () => "the first row holds no column names",
  encoding: () => "the file is not text in UTF-8, Windows-1250 or Windows-1252",
};

export type ImportRecords = {
  records: unknown[];
  /** For a spreadsheet: each record's row number, and problems of its cells that refuse the row. */
  lines?: number[];
  rowProblems?: Map<number, { field: string; message: string }[]>;
};

/**
 * JSON, CSV or XLSX by the file's name (a JSON file may also be recognised by its content).
 * In a spreadsheet the first row names the columns with the JSON format's field names; any
 * other column name is refused, since the command line has no mapping step.
 */
export async function readImportFile(name: string, content: Uint8Array): Promise<ImportRecords> {
  const extension = name.toLowerCase().split(".").pop() ?? "";
  const looksJson = extension === "json" || (!["csv", "tsv", "txt", "xlsx"].includes(extension) && /^\s*(\ufeff)?\s*[{[]/.test(Buffer.from(content.subarray(0, 64)).toString("utf8")));
  if (looksJson) {
    if (content.byteLength > 200 * 1024 * 1024) throw new ImportInputError("the file is larger than 200 MB");
    return { records: parseImportFile(content) };
  }
  let table;
  try {
    table = await readTable({ name, bytes: content }, MEMBER_FILE_LIMITS);
  } catch (e) {
    if (e instanceof TableFileError) throw new ImportInputError(TABLE_PROBLEMS[e.problem](e.values));
    throw e;
  }
  const plan = planColumns(table.headers);
  if (plan.unknown.length) {
    throw new ImportInputError(
      `unknown ${plan.unknown.length === 1 ? "column" : "columns"} ${plan.unknown.map((h) => `"${h}"`).join(", ")}; ` +
        "column names must be the JSON field names (docs/import.md)",
    );
  }
  if (plan.twice.length) throw new ImportInputError(`more than one column for ${plan.twice.join(", ")}`);
  if (plan.missing.length) throw new ImportInputError(`missing ${plan.missing.length === 1 ? "column" : "columns"} ${plan.missing.join(", ")}`);
  const rows = recordsFromTable(table, plan);
  const rowProblems = new Map<number, { field: string; message: string }[]>();
  rows.forEach((r, i) => {
    if (!r.problems.length) return;
    rowProblems.set(
      i,
      r.problems.map((p) => ({
        field: p.column,
        message: p.problem === "formulaWithoutValue" ? "formula without a stored value (open and save the file in a spreadsheet program)" : "cell holds an error value",
      })),
    );
  });
  return { records: rows.map((r) => r.record), lines: rows.map((r) => r.line), rowProblems };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

// Values come from the file; control characters could rewrite the user's terminal.
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");

export function formatIssue(issue: ImportIssue): string {
  const id = issue.externalId === undefined ? "without externalId" : printable(issue.externalId);
  const where = issue.line === undefined ? `record ${issue.index}` : `row ${issue.line}`;
  return `${where} (${id}) ${printable(issue.field)}: ${printable(issue.message)}`;
}

export function formatSummary(summary: ImportSummary, maxIssues = 50): string[] {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const lines = [
    summary.dryRun
      ? `Dry run (nothing saved) in ${seconds} s: ${summary.total} records, ` +
        `${summary.total - summary.skipped} valid, ${summary.skipped} would be skipped`
      : `Import finished in ${seconds} s: ${summary.total} records, ` +
        `${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped`,
  ];
  if (summary.linked !== undefined) {
    lines.push(
      `${summary.linked} ${summary.dryRun ? "would be linked" : "linked"} to companies already on the portal` +
        (summary.differing ? ` (${summary.differing} differ from the file and were left as they are; review them in the browser import)` : ""),
    );
  }
  if (summary.issues.length) {
    lines.push(`${summary.issues.length} ${summary.issues.length === 1 ? "issue" : "issues"}:`);
    for (const issue of summary.issues.slice(0, maxIssues)) lines.push(`  ${formatIssue(issue)}`);
    const rest = summary.issues.length - maxIssues;
    if (rest > 0) lines.push(`  … and ${rest} more ${rest === 1 ? "issue" : "issues"}`);
  }
  return lines;
}
