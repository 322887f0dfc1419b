// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { renameSavedSearchSchema } from "../schema";

/** Renames one of the caller's saved searches; other people's searches do not exist for them. */
export const renameSavedSearchAction = safeAction({
  schema: renameSavedSearchSchema,
  handler: async ({ savedSearchId, name }, ctx) => {
    const { count } = await db.savedSearch.updateMany({ where: { id: savedSearchId, userId: ctx.user.id }, data: { name } });
    if (!count) throw new ActionError("not_found");
    return { savedSearchId, name };
  },
});
