// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { updateWatchlistNoteSchema } from "../schema";

/** Saves the private note on a watchlist entry; an empty note removes it. */
export const updateWatchlistNoteAction = safeAction({
  schema: updateWatchlistNoteSchema,
  handler: async ({ entryId, note }, ctx) => {
    const entry = await db.watchlistEntry.findUnique({ where: { id: entryId }, select: { organizationId: true } });
    if (!entry) throw new ActionError("not_found");
    // A company's private list: only its members keep it, and to anyone else it does not exist.
    ctx.authorizeFound("watchlist.manage", { organizationId: entry.organizationId });
    const { count } = await db.watchlistEntry.updateMany({ where: { id: entryId }, data: { note } });
    if (!count) throw new ActionError("not_found");
    return { entryId, note };
  },
});
