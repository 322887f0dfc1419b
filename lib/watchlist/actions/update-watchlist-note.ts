// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { watchlistEntryOwner } from "../queries";
import { updateWatchlistNoteSchema } from "../schema";

/** Saves the private note on a watchlist entry; an empty note removes it. */
export const updateWatchlistNoteAction = safeAction({
  schema: updateWatchlistNoteSchema,
  // A company's private list: only its members keep it, and to anyone else it does not exist.
  authorize: { permission: "watchlist.manage", resource: ({ entryId }) => watchlistEntryOwner(entryId) },
  handler: async ({ entryId, note }) => {
    const { count } = await db.watchlistEntry.updateMany({ where: { id: entryId }, data: { note } });
    if (!count) throw new ActionError("not_found");
    return { entryId, note };
  },
});
