// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { companyIdField } from "../companies/schema";

/**
 * A company's watchlist ("my suppliers"): other companies it keeps an eye on, each with a note
 * only its own members read. Shared by the forms and the actions.
 */
export const WATCHLIST_LIMITS = { note: 2_000, entries: 1_000 } as const;

const entryId = z.string().min(1).max(64);
const note = z
  .string()
  .trim()
  .max(WATCHLIST_LIMITS.note)
  .optional()
  .default("")
  .transform((v) => v || null);

export const addToWatchlistSchema = z.object({
  organizationId: companyIdField,
  watchedOrganizationId: companyIdField,
  note,
});

export const updateWatchlistNoteSchema = z.object({ entryId, note });
export const watchlistEntryRefSchema = z.object({ entryId });

export type UpdateWatchlistNoteInput = z.input<typeof updateWatchlistNoteSchema>;
