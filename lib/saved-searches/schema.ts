// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { FILTER_PARAMS, parseSearchParams, searchQueryToParams, type FilterParam } from "../search/params";

/**
 * Saved searches: the search page's query and filters under a name, optionally mailed as a
 * digest of what is new. Shared by the forms and the actions.
 */
export const ALERT_FREQUENCIES = ["NONE", "DAILY", "WEEKLY"] as const;
export type AlertFrequencyValue = (typeof ALERT_FREQUENCIES)[number];

export const SAVED_SEARCH_LIMITS = { name: 120, perUser: 50 } as const;

const savedSearchId = z.string().min(1).max(64);
// One line of text: the name becomes a mail subject, where line breaks have no place.
const name = z
  .string()
  .transform((s) => s.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim())
  .pipe(z.string().min(1).max(SAVED_SEARCH_LIMITS.name));
const frequency = z.enum(ALERT_FREQUENCIES);

/**
 * The search page's query and filter parameters as the save form sends them. Whether the search
 * page accepts them is checked by `normalizeSavedSearch` in the action, which reports a problem
 * for the whole form: the form has no field for them, the user can only search again.
 */
const savedFiltersField = z.record(z.string(), z.string()).default({});

/**
 * What a saved search keeps besides its words: the filters, "verified companies only", and the
 * place and distance of a "within N km of" search, all as the search page's URL parameters. Kept
 * as text so that the place is looked up again, with the gazetteer of the day, each time the
 * search runs.
 */
export const SAVED_PARAMS = [...FILTER_PARAMS, "verified", "near", "radius"] as const;
export type SavedParam = FilterParam | "verified" | "near" | "radius";
export type SavedFilters = Partial<Record<SavedParam, string>>;

export const saveSearchSchema = z.object({
  name,
  query: z.string().default(""),
  filters: savedFiltersField,
  frequency,
});

/**
 * The query and filters in the form the search page itself produces, unknown parameters
 * dropped; null if the search page would not accept them.
 */
export function normalizeSavedSearch(input: {
  query: string;
  filters: Record<string, string>;
}): { query: string; filters: SavedFilters } | null {
  const known = Object.fromEntries(SAVED_PARAMS.filter((k) => Object.hasOwn(input.filters, k)).map((k) => [k, input.filters[k]]));
  const parsed = parseSearchParams({ q: input.query, ...known });
  if (!parsed.ok) return null;
  const { q, ...filters } = searchQueryToParams({ q: parsed.query.q, filters: parsed.query.filters });
  return { query: q ?? "", filters: filters as SavedFilters };
}

export const renameSavedSearchSchema = z.object({ savedSearchId, name });
export const setAlertFrequencySchema = z.object({ savedSearchId, frequency });
export const savedSearchRefSchema = z.object({ savedSearchId });

/** The secret of an unsubscribe link: 32 random bytes, base64url. */
export const unsubscribeTokenField = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
export const unsubscribeAlertSchema = z.object({ token: unsubscribeTokenField });
export const resubscribeAlertSchema = z.object({
  token: unsubscribeTokenField,
  frequency: z.enum(["DAILY", "WEEKLY"]),
});

export type SaveSearchInput = z.input<typeof saveSearchSchema>;
export type RenameSavedSearchInput = z.input<typeof renameSavedSearchSchema>;

/** The stored filters as URL parameters; anything that is not a known filter is dropped. */
export function storedFilters(value: unknown): SavedFilters {
  const out: SavedFilters = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const key of SAVED_PARAMS) {
    const v = (value as Record<string, unknown>)[key];
    // Checked again where it matters: the search parses them like URL parameters.
    if (typeof v === "string" && v) out[key] = v;
  }
  return out;
}

/** The search page's URL parameters that run a saved search again. */
export function savedSearchParams(query: string, filters: SavedFilters): Record<string, string> {
  const params: Record<string, string> = query ? { q: query } : {};
  for (const key of SAVED_PARAMS) {
    const value = filters[key];
    if (value) params[key] = value;
  }
  return params;
}
