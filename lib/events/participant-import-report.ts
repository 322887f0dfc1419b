// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import type { TableFileError } from "../import/table-file";
import type { ParticipantColumn, PlannedRow, RowIssue } from "./participant-import";

/** What the organizer sees of a checked list: each row with its problems in their language. */
export type ImportPreviewRow = { line: number; company: string; participants: string[]; errors: string[] };

export function describeRows(rows: readonly PlannedRow[], locale: Locale): ImportPreviewRow[] {
  const t = translatorFor(locale);
  const column = (c: ParticipantColumn) => t(`ParticipantImport.columns.${c}`);
  const say = (issue: RowIssue): string => {
    switch (issue.code) {
      case "missing":
        return t("ParticipantImport.issues.missing", { column: column(issue.column) });
      case "tooLong":
        return t("ParticipantImport.issues.tooLong", { column: column(issue.column) });
      case "unknownLanguage":
        return t("ParticipantImport.issues.unknownLanguage", { value: issue.value });
      case "noSuchCompany":
        return t("ParticipantImport.issues.noSuchCompany");
      case "ambiguousCompany":
        return t("ParticipantImport.issues.ambiguousCompany", { count: issue.count });
      case "alreadyRegistered":
        return t("ParticipantImport.issues.alreadyRegistered", { company: issue.company });
      case "twiceInList":
        return t("ParticipantImport.issues.twiceInList", { line: issue.line });
      case "cell":
        return t(`ParticipantImport.issues.${issue.problem}`, { column: issue.column });
    }
  };
  return rows.map((r) => ({ line: r.line, company: r.company, participants: r.participants, errors: r.issues.map(say) }));
}

export function describeMissingColumns(missing: readonly ParticipantColumn[], locale: Locale): string {
  const t = translatorFor(locale);
  return t("ParticipantImport.errors.missingColumns", { columns: missing.map((c) => t(`ParticipantImport.columns.${c}`)).join(", ") });
}

export function describeFileError(error: TableFileError, locale: Locale): string {
  return translatorFor(locale)(`ParticipantImport.errors.${error.problem}`, error.values);
}
