// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { savedSearchOwner } from "../queries";
import { savedSearchRefSchema } from "../schema";

/** Deletes one of the caller's saved searches and its alert history; the page confirms first. */
export const deleteSavedSearchAction = safeAction({
  schema: savedSearchRefSchema,
  // Only its owner's: for everybody else, platform admins included, it does not exist.
  authorize: { permission: "savedSearch.manage", resource: ({ savedSearchId }) => savedSearchOwner(savedSearchId) },
  handler: async ({ savedSearchId }) => {
    const { count } = await db.savedSearch.deleteMany({ where: { id: savedSearchId } });
    if (!count) throw new ActionError("not_found");
    return { deleted: true };
  },
});
