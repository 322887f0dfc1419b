// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { watchlistEntryOwner } from "../queries";
import { watchlistEntryRefSchema } from "../schema";

/** Takes a company off the watchlist, note included; the buttons ask for confirmation first. */
export const removeFromWatchlistAction = safeAction({
  schema: watchlistEntryRefSchema,
  // A company's private list: only its members keep it, and to anyone else it does not exist.
  authorize: { permission: "watchlist.manage", resource: ({ entryId }) => watchlistEntryOwner(entryId) },
  handler: async ({ entryId }) => {
    await db.watchlistEntry.deleteMany({ where: { id: entryId } });
    return { removed: true };
  },
});
