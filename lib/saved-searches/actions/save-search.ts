// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { toLocale } from "../../i18n/translator";
import { normalizeSavedSearch, SAVED_SEARCH_LIMITS, saveSearchSchema } from "../schema";

/**
 * Saves the search page's query and filters for the signed-in user. Alerts go out in the
 * user's language and list what is published from now on.
 */
export const saveSearchAction = safeAction({
  schema: saveSearchSchema,
  handler: async (input, ctx) => {
    const search = normalizeSavedSearch(input);
    // Said for the whole form: it has no field for filters, which come from the search page.
    if (!search) throw new ActionError("validation", { message: "SavedSearches.errors.invalidSearch" });
    return db.$transaction(async (tx) => {
      // Serializes saves of one user, so the limit holds for two tabs saving at once.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${ctx.user.id} FOR UPDATE`;
      if ((await tx.savedSearch.count({ where: { userId: ctx.user.id } })) >= SAVED_SEARCH_LIMITS.perUser) {
        throw new ActionError("conflict", {
          message: "SavedSearches.errors.tooMany",
          values: { max: SAVED_SEARCH_LIMITS.perUser },
        });
      }
      const saved = await tx.savedSearch.create({
        data: {
          userId: ctx.user.id,
          name: input.name,
          query: search.query,
          filters: search.filters,
          locale: toLocale(ctx.user.locale),
          frequency: input.frequency,
          alertedUntil: new Date(),
        },
        select: { id: true },
      });
      return { savedSearchId: saved.id };
    });
  },
});
