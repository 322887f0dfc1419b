// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { translatorFor } from "../../i18n/translator";
import { failInterruptedRuns, type RunSummary } from "../import-runs";
import { memberImportStatusSchema } from "../member-import-schema";
import { runOwner } from "../institution";

export type ImportStatus = {
  status: "UPLOADED" | "RUNNING" | "DONE" | "FAILED";
  processed: number;
  total: number;
  summary: RunSummary | null;
  error: string | null;
};

/** Progress of a running import, polled by the browser; the summary once it is done. */
export const memberImportStatusAction = safeAction({
  schema: memberImportStatusSchema,
  authorize: { permission: "institution.members.manage", resource: ({ runId }) => runOwner(runId) },
  handler: async ({ runId }, ctx): Promise<ImportStatus> => {
    await failInterruptedRuns(db, { id: runId });
    const run = await db.importRun.findUniqueOrThrow({
      where: { id: runId },
      select: { status: true, processed: true, total: true, summary: true, error: true },
    });
    const t = translatorFor(ctx.locale);
    let error: string | null = null;
    if (run.status === "FAILED") {
      const [reason, count] = (run.error ?? "failed").split(":");
      error =
        reason === "rowsFailed"
          ? t("MemberImport.errors.rowsFailed", { count: Number(count) })
          : reason === "noRows"
            ? t("MemberImport.errors.noRows")
            : reason === "interrupted"
              ? t("MemberImport.errors.interrupted")
              : t("MemberImport.errors.failed");
    }
    return { status: run.status, processed: run.processed, total: run.total, summary: (run.summary as RunSummary | null) ?? null, error };
  },
});
