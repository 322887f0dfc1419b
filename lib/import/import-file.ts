// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading an import file and reporting on it, without touching a database.
 */
import type { ImportIssue, ImportSummary } from "./import-companies";
import { findJsonSyntaxError } from "./json-position";

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

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

// Values come from the file; control characters could rewrite the user's terminal.
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");

export function formatIssue(issue: ImportIssue): string {
  const id = issue.externalId === undefined ? "without externalId" : printable(issue.externalId);
  return `record ${issue.index} (${id}) ${printable(issue.field)}: ${printable(issue.message)}`;
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
  if (summary.issues.length) {
    lines.push(`${summary.issues.length} ${summary.issues.length === 1 ? "issue" : "issues"}:`);
    for (const issue of summary.issues.slice(0, maxIssues)) lines.push(`  ${formatIssue(issue)}`);
    const rest = summary.issues.length - maxIssues;
    if (rest > 0) lines.push(`  … and ${rest} more ${rest === 1 ? "issue" : "issues"}`);
  }
  return lines;
}
