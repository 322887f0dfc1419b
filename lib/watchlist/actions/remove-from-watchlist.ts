"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { memberMay } from "../../enquiries/access";
import { watchlistEntryRefSchema } from "../schema";

/** Takes a company off the watchlist, note included; the buttons ask for confirmation first. */
export const removeFromWatchlistAction = safeAction({
  schema: watchlistEntryRefSchema,
  handler: async ({ entryId }, ctx) => {
    const entry = await db.watchlistEntry.findUnique({ where: { id: entryId }, select: { organizationId: true } });
    if (!entry) throw new ActionError("not_found");
    ctx.authorize("watchlist.manage", { organizationId: entry.organizationId });
    // A company's private list: platform admins pass ctx.authorize, but only members keep it.
    if (!memberMay(ctx.user, entry.organizationId, "watchlist.manage")) throw new ActionError("forbidden");
    await db.watchlistEntry.deleteMany({ where: { id: entryId } });
    return { removed: true };
  },
});
