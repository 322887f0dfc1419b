// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { savedSearchRefSchema } from "../schema";

/** Deletes one of the caller's saved searches and its alert history; the page confirms first. */
export const deleteSavedSearchAction = safeAction({
  schema: savedSearchRefSchema,
  handler: async ({ savedSearchId }, ctx) => {
    const { count } = await db.savedSearch.deleteMany({ where: { id: savedSearchId, userId: ctx.user.id } });
    if (!count) throw new ActionError("not_found");
    return { deleted: true };
  },
});
