// SPDX-License-Identifier: EUPL-1.2
"use server";

import { after } from "next/server";
import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { executeImportRun } from "../import-runs";
import { startMemberImportSchema } from "../member-import-schema";
import { runOwner } from "../institution";

/**
 * Starts the import of a checked list and returns at once; the browser follows the progress
 * with memberImportStatusAction. `overwriteLines` are the rows whose differences to a linked
 * company the staff saw in the dry run and chose to apply.
 */
export const startMemberImportAction = safeAction({
  schema: startMemberImportSchema,
  authorize: { permission: "institution.members.manage", resource: ({ runId }) => runOwner(runId) },
  handler: async ({ runId, overwriteLines }, ctx) => {
    if (!ctx.resource.mapping) throw new ActionError("conflict", { message: "MemberImport.errors.columnsFirst" });
    // Only one start wins: the status changes from UPLOADED exactly once.
    const started = await db.importRun.updateMany({
      where: { id: runId, status: "UPLOADED" },
      data: { status: "RUNNING", overwriteLines: [...new Set(overwriteLines)], processed: 0 },
    });
    if (!started.count) throw new ActionError("conflict", { message: "MemberImport.errors.alreadyStarted" });
    const job = () => executeImportRun(db, runId, ctx.user.id, ctx.locale);
    try {
      // Runs after the answer is sent; the import may take longer than a request should.
      after(job);
    } catch {
      // Outside a request (scripts, tests) there is nothing to wait for.
      void job();
    }
    return { runId };
  },
});
