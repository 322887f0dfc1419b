// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { MEMBER_FILE_LIMITS } from "../import-file";
import { planColumns, type ColumnMapping, type ColumnPlan } from "../member-columns";
import { uploadMemberListSchema } from "../member-import-schema";
import { describeTableError } from "../member-import-report";
import { readTable, TableFileError, type Table } from "../table-file";
import { institutionOf } from "../institution";

export type UploadedList = {
  runId: string;
  fileName: string;
  rows: number;
  columns: ColumnPlan["columns"];
  /** The first non-empty value of each heading, so staff recognise the column. */
  samples: Record<string, string>;
  complete: boolean;
};

/**
 * Staff upload a member list once; it stays on the server for the following steps. The answer
 * proposes a field for each heading: field names as they are, then the institution's saved
 * mapping, then the usual headings of chambers' exports, for the staff to confirm.
 */
export const uploadMemberListAction = safeAction({
  schema: uploadMemberListSchema,
  authorize: { permission: "institution.members.manage", organizationId: (input) => input.institutionId },
  handler: async ({ institutionId, file }, ctx): Promise<UploadedList> => {
    await institutionOf(institutionId);
    const fileName = ("name" in file ? String(file.name) : "").slice(0, 200) || "list.csv";
    if (file.size > MEMBER_FILE_LIMITS.maxBytes) {
      throw new ActionError("validation", { field: "file", message: "MemberImport.fileErrors.file", values: { reason: describeTableError(new TableFileError("tooLarge", { max: MEMBER_FILE_LIMITS.maxBytes / (1024 * 1024) }), ctx.locale) } });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let table: Table;
    try {
      table = await readTable({ name: fileName, bytes }, MEMBER_FILE_LIMITS);
    } catch (e) {
      if (e instanceof TableFileError) {
        throw new ActionError("validation", { field: "file", message: "MemberImport.fileErrors.file", values: { reason: describeTableError(e, ctx.locale) } });
      }
      throw e;
    }
    const saved = await db.importMapping.findMany({ where: { institutionId }, select: { heading: true, field: true } });
    const mapping: ColumnMapping = Object.fromEntries(saved.map((m) => [m.heading, m.field as ColumnMapping[string]]));
    const plan = planColumns(table.headers, mapping, true);
    const run = await db.importRun.create({
      data: { institutionId, createdById: ctx.user.id, fileName, file: bytes },
      select: { id: true },
    });
    const samples: Record<string, string> = {};
    for (const heading of table.headers) {
      const value = table.rows.find((r) => r.cells[heading])?.cells[heading] ?? "";
      samples[heading] = value.slice(0, 80);
    }
    return {
      runId: run.id,
      fileName,
      rows: table.rows.length,
      columns: plan.columns,
      samples,
      complete: !plan.unknown.length && !plan.missing.length && !plan.twice.length,
    };
  },
});
