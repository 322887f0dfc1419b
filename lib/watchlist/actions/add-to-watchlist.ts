// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { addToWatchlistSchema, WATCHLIST_LIMITS } from "../schema";
import { recordCompanyEvents } from "../../statistics/events";

/**
 * Puts a published company on the watchlist of one of the caller's companies. Adding it again
 * keeps the entry; a note given with it replaces the old one.
 */
export const addToWatchlistAction = safeAction({
  schema: addToWatchlistSchema,
  // A company's private list: only its members keep it; platform admins get no pass here.
  authorize: { permission: "watchlist.manage", organizationId: (input) => input.organizationId },
  handler: async ({ organizationId, watchedOrganizationId, note }) => {
    if (organizationId === watchedOrganizationId) {
      throw new ActionError("conflict", { message: "Watchlist.errors.ownCompany" });
    }
    return db.$transaction(async (tx) => {
      const watcher = await tx.organization.findUnique({ where: { id: organizationId }, select: { kind: true } });
      if (watcher?.kind !== "COMPANY") throw new ActionError("not_found");
      const watched = await tx.organization.findUnique({
        where: { id: watchedOrganizationId },
        select: { kind: true, status: true },
      });
      if (watched?.kind !== "COMPANY" || watched.status !== "PUBLISHED") {
        throw new ActionError("not_found", { message: "Watchlist.errors.companyNotFound" });
      }
      const where = { organizationId_watchedOrganizationId: { organizationId, watchedOrganizationId } };
      const existing = await tx.watchlistEntry.findUnique({ where, select: { id: true } });
      if (existing) {
        if (note !== null) await tx.watchlistEntry.update({ where, data: { note } });
        return { entryId: existing.id };
      }
      if ((await tx.watchlistEntry.count({ where: { organizationId } })) >= WATCHLIST_LIMITS.entries) {
        throw new ActionError("conflict", { message: "Watchlist.errors.full", values: { max: WATCHLIST_LIMITS.entries } });
      }
      // Two clicks at once meet at the unique key; the second keeps the first one's entry.
      const entry = await tx.watchlistEntry.upsert({
        where,
        create: { organizationId, watchedOrganizationId, note },
        update: {},
        select: { id: true },
      });
      await recordCompanyEvents(tx, "WATCHLIST_ADD", [watchedOrganizationId]);
      return { entryId: entry.id };
    });
  },
});
