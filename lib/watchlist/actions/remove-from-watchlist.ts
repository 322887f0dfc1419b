// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { watchlistEntryRefSchema } from "../schema";

/** Takes a company off the watchlist, note included; the buttons ask for confirmation first. */
export const removeFromWatchlistAction = safeAction({
  schema: watchlistEntryRefSchema,
  handler: async ({ entryId }, ctx) => {
    const entry = await db.watchlistEntry.findUnique({ where: { id: entryId }, select: { organizationId: true } });
    if (!entry) throw new ActionError("not_found");
    // A company's private list: only its members keep it, and to anyone else it does not exist.
    ctx.authorizeFound("watchlist.manage", { organizationId: entry.organizationId });
    await db.watchlistEntry.deleteMany({ where: { id: entryId } });
    return { removed: true };
  },
});
