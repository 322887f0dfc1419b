// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import { validationErrorMap, type ValidationTranslate } from "../validation/error-map";
import type { ColumnPlan, MemberField } from "./member-columns";
import type { MemberPlan, PlanMessages, PlannedMember } from "./member-import";
import type { CellProblem, TableFileError } from "./table-file";

/** The member import in the staff member's language: rule messages, row problems and file errors. */
export function planMessages(locale: Locale): PlanMessages {
  const t = translatorFor(locale);
  const tv: ValidationTranslate = (key, values) => t(`Validation.${key}`, values);
  return {
    errorMap: validationErrorMap(tv),
    messages: {
      needsText: t("MemberImport.rules.needsText"),
      unknownIndustry: (code) => t("MemberImport.rules.unknownIndustry", { code }),
      country: t("MemberImport.rules.country"),
      website: t("Validation.company.website"),
      language: t("MemberImport.rules.language"),
      ico: t("Validation.company.ico"),
      vatId: t("MemberImport.rules.vatId"),
    },
    duplicate: () => t("MemberImport.rules.duplicateExternalId"),
    ambiguous: (count) => t("MemberImport.rules.ambiguous", { count }),
    sameCompany: (line) => t("MemberImport.rules.sameCompany", { line }),
  };
}

export function cellProblemText(problem: CellProblem, locale: Locale): { field: string; message: string } {
  const t = translatorFor(locale);
  return { field: problem.column, message: t(`MemberImport.rules.${problem.problem}`, { column: problem.column }) };
}

export function describeTableError(error: TableFileError, locale: Locale): string {
  return translatorFor(locale)(`MemberImport.fileErrors.${error.problem}`, error.values);
}

export function describeColumnProblems(plan: ColumnPlan, locale: Locale): string | null {
  const t = translatorFor(locale);
  if (plan.unknown.length) return t("MemberImport.fileErrors.unknownColumns", { columns: plan.unknown.join(", ") });
  if (plan.twice.length) return t("MemberImport.fileErrors.twice", { fields: plan.twice.join(", ") });
  if (plan.missing.length) return t("MemberImport.fileErrors.missingColumns", { fields: plan.missing.join(", ") });
  return null;
}

/** A row as the preview table shows it. */
export type PreviewRow = {
  line: number;
  externalId: string;
  name: string;
  city: string;
  action: PlannedMember["action"];
  match: PlannedMember["match"];
  differences: PlannedMember["differences"];
  errors: string[];
};

export function previewRow(row: PlannedMember, record: Record<string, unknown>): PreviewRow {
  const text = (v: unknown) => (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v)).slice(0, 200);
  return {
    line: row.line,
    externalId: text(record.externalId),
    name: text(record.name),
    city: text(record.city),
    action: row.action,
    match: row.match,
    differences: row.differences.map((d) => ({ field: d.field, current: d.current.slice(0, 300), incoming: d.incoming.slice(0, 300) })),
    errors: row.issues.map((i) => `${fieldLabel(i.field)}: ${i.message}`),
  };
}

const fieldLabel = (field: string) => field.replace(/\.(\d+)\b/g, "[$1]");

export type PlanCounts = MemberPlan["counts"];
export type { MemberField };
