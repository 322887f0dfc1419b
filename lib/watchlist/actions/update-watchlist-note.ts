"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { memberMay } from "../../enquiries/access";
import { updateWatchlistNoteSchema } from "../schema";

/** Saves the private note on a watchlist entry; an empty note removes it. */
export const updateWatchlistNoteAction = safeAction({
  schema: updateWatchlistNoteSchema,
  handler: async ({ entryId, note }, ctx) => {
    const entry = await db.watchlistEntry.findUnique({ where: { id: entryId }, select: { organizationId: true } });
    if (!entry) throw new ActionError("not_found");
    ctx.authorize("watchlist.manage", { organizationId: entry.organizationId });
    // A company's private list: platform admins pass ctx.authorize, but only members keep it.
    if (!memberMay(ctx.user, entry.organizationId, "watchlist.manage")) throw new ActionError("forbidden");
    const { count } = await db.watchlistEntry.updateMany({ where: { id: entryId }, data: { note } });
    if (!count) throw new ActionError("not_found");
    return { entryId, note };
  },
});
