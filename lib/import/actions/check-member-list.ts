// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { checkRun, toPreview, type Preview } from "../import-runs";
import { checkMemberListSchema } from "../member-import-schema";
import { runOwner, uploadedRun } from "../institution";

/**
 * The preview (`whole: false`, the first rows) or the dry run (`whole: true`): every row checked
 * and matched against the portal, nothing written.
 */
export const checkMemberListAction = safeAction({
  schema: checkMemberListSchema,
  authorize: { permission: "institution.members.manage", resource: ({ runId }) => runOwner(runId) },
  handler: async ({ runId, whole }, ctx): Promise<Preview> => {
    const run = await uploadedRun(runId);
    if (!run.mapping) throw new ActionError("conflict", { message: "MemberImport.errors.columnsFirst" });
    return toPreview(await checkRun(db, run, ctx.locale, whole));
  },
});
