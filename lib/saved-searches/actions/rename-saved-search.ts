// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { savedSearchOwner } from "../queries";
import { renameSavedSearchSchema } from "../schema";

/** Renames one of the caller's saved searches; other people's searches do not exist for them. */
export const renameSavedSearchAction = safeAction({
  schema: renameSavedSearchSchema,
  authorize: { permission: "savedSearch.manage", resource: ({ savedSearchId }) => savedSearchOwner(savedSearchId) },
  handler: async ({ savedSearchId, name }) => {
    const { count } = await db.savedSearch.updateMany({ where: { id: savedSearchId }, data: { name } });
    if (!count) throw new ActionError("not_found");
    return { savedSearchId, name };
  },
});
