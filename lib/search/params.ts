// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { COMPANY_COUNTRIES } from "../companies/create-company-schema";
import { placesNamed } from "../geo/gazetteer";
import { REGIONS } from "../geo/places";
import type { Lang } from "../i18n/localized";
import { MAX_QUERY_LENGTH } from "./limits";
import { DEFAULT_RADIUS_KM, MAX_RADIUS_KM } from "./query-understanding";
import type { FacetField, SearchFilters, SearchQuery } from "./types";

/**
 * Turns URL parameters (API or search page) into a SearchQuery. Empty values count as absent,
 * because a plain GET form submits untouched fields as `name=`.
 */
export { MAX_QUERY_LENGTH };
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
// Deep pages are never useful to people and cost every engine a large offset.
export const MAX_PAGE = 500;

export const SEARCH_LOCALES = ["de", "cs", "en"] as const;
export const SEARCH_TYPES = ["company", "offer", "request", "event"] as const;
/** Countries a profile or event can name; "OTHER" stands for any country outside this list. */
export const SEARCH_COUNTRIES = [...COMPANY_COUNTRIES, "OTHER"] as const;
export const REGION_IDS = REGIONS.map((r) => r.id);
export const EMPLOYEE_BAND_NAMES = ["1-9", "10-49", "50-249", "250+"] as const;
export { DEFAULT_RADIUS_KM, MAX_RADIUS_KM };
export const MAX_PLACE_LENGTH = 100;
export const UNKNOWN_PLACE_MESSAGE = "is not a place we know: name a town or village in Saxony or the Czech border regions";

export const ALL_FACETS: FacetField[] = ["type", "country", "region", "industry", "certification", "employees", "language"];

/** Names of the parameters that narrow a search; the page keeps them in the URL. */
export const FILTER_PARAMS = [
  "type",
  "country",
  "region",
  "industry",
  "certification",
  "employees",
  "language",
  "dateFrom",
  "dateTo",
] as const satisfies readonly (keyof SearchFilters)[];
export type FilterParam = (typeof FILTER_PARAMS)[number];

// Both the import format's bands and the database's enum names are accepted.
const EMPLOYEE_BANDS: Record<string, string> = {
  "1-9": "E1_9",
  "10-49": "E10_49",
  "50-249": "E50_249",
  "250+": "E250_PLUS",
  // An unencoded "+" in a query string arrives as a space, which trimming removes.
  "250": "E250_PLUS",
  E1_9: "E1_9",
  E10_49: "E10_49",
  E50_249: "E50_249",
  E250_PLUS: "E250_PLUS",
};

/** The database's name for an employee band, whichever spelling came in; null when unknown. */
export function normalizeEmployeeBand(value: string): string | null {
  const key = value.trim();
  // A spelling from the address bar such as "__proto__" must not reach the object's prototype.
  return Object.hasOwn(EMPLOYEE_BANDS, key) ? EMPLOYEE_BANDS[key] : null;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date in the form YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "is not a valid calendar date");

// One message for every way of missing the range, "-1" included, so the caller learns what fits.
const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
};

const schema = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
    locale: z.enum(SEARCH_LOCALES, `must be one of ${SEARCH_LOCALES.join(", ")}`).default("de"),
    type: z.enum(SEARCH_TYPES, `must be one of ${SEARCH_TYPES.join(", ")}`).optional(),
    country: z
      .string()
      .transform((s) => s.toUpperCase())
      .pipe(z.enum(SEARCH_COUNTRIES, `must be one of ${SEARCH_COUNTRIES.join(", ")}`))
      .optional(),
    region: z
      .string()
      .transform((s) => s.toLowerCase())
      .refine((s) => REGION_IDS.includes(s), "must be a region id such as de-sn-goerlitz or cz-ustecky (see /api/v1/openapi.json)")
      .optional(),
    industry: z
      .string()
      .regex(/^([A-Ua-u]|\d{2}(\.\d{1,2})?)$/, "must be a NACE code such as C, 25, 25.6 or 25.62")
      .transform((s) => s.toUpperCase())
      .optional(),
    certification: z
      .string()
      .max(80, "must be at most 80 characters")
      // A certificate's name is printed text; NUL cannot even reach the database.
      .regex(/^\P{Cc}*$/u, "must not contain control characters")
      .optional(),
    employees: z
      .string()
      .refine((s) => Object.hasOwn(EMPLOYEE_BANDS, s), `must be one of ${EMPLOYEE_BAND_NAMES.join(", ")}`)
      .transform((s) => EMPLOYEE_BANDS[s])
      .optional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "must be a two-letter language code such as de")
      .transform((s) => s.toLowerCase())
      .optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    near: z
      .string()
      .max(MAX_PLACE_LENGTH, `must be at most ${MAX_PLACE_LENGTH} characters`)
      .refine((s) => placesNamed(s).length > 0, UNKNOWN_PLACE_MESSAGE)
      .optional(),
    radius: wholeNumber(1, MAX_RADIUS_KM).optional(),
    verified: z
      .enum(["1", "0", "true", "false"], "must be 1 (only verified companies) or 0")
      .transform((v) => v === "1" || v === "true")
      .optional(),
    page: wholeNumber(1, MAX_PAGE).default(1),
    pageSize: wholeNumber(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  })
  .refine((v) => !v.dateFrom || !v.dateTo || v.dateFrom <= v.dateTo, {
    path: ["dateTo"],
    message: "must not be before dateFrom",
  });

export type ParamInput = URLSearchParams | Record<string, string | string[] | undefined>;

export interface ParamError {
  parameter: string;
  message: string;
}

export type ParsedSearchParams = { ok: true; query: SearchQuery } | { ok: false; error: ParamError };

/** The parameters the API reads; the OpenAPI description is checked against this list. */
export const SEARCH_PARAMETER_NAMES = Object.keys(schema.shape) as (keyof typeof schema.shape)[];
const KNOWN = new Set<string>(SEARCH_PARAMETER_NAMES);

/** A parameter's value as it is read: trimmed, and the words of `q` separated by single spaces. */
export function trimmedParameter(name: string, raw: string): string {
  return name === "q" ? raw.trim().replace(/\s+/g, " ") : raw.trim();
}

function collect(input: ParamInput): { values: Record<string, string>; repeated: string | null } {
  const values: Record<string, string> = {};
  const counts = new Map<string, number>();
  const add = (key: string, raw: string) => {
    if (!KNOWN.has(key)) return;
    const value = trimmedParameter(key, raw);
    if (!value) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    values[key] = value;
  };
  if (input instanceof URLSearchParams) {
    for (const [key, value] of input) add(key, value);
  } else {
    for (const [key, value] of Object.entries(input)) {
      for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) add(key, v);
    }
  }
  const repeated = [...counts].find(([, n]) => n > 1)?.[0] ?? null;
  return { values, repeated };
}

export function parseSearchParams(input: ParamInput): ParsedSearchParams {
  const { values, repeated } = collect(input);
  if (repeated) return { ok: false, error: { parameter: repeated, message: "must be given only once" } };
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { parameter: String(issue.path[0] ?? "query"), message: issue.message } };
  }
  const { q, locale, page, pageSize, near, radius, verified, ...rest } = parsed.data;
  const filters: SearchFilters = {};
  if (verified) filters.verified = true;
  for (const key of FILTER_PARAMS) {
    const value = rest[key];
    if (value !== undefined) filters[key] = value as never;
  }
  if (near) {
    const place = placesNamed(near)[0];
    filters.near = { name: near, lat: place.lat, lon: place.lon, radiusKm: radius ?? DEFAULT_RADIUS_KM };
  } else if (radius !== undefined) {
    // Without `near` the radius applies to a place named in the words ("Logistik in Liberec").
    filters.radiusKm = radius;
  }
  return { ok: true, query: { q, locale, filters, page, pageSize, facets: ALL_FACETS } };
}

/** The URL parameters that reproduce a query; defaults are left out to keep links short. */
export function searchQueryToParams(query: Pick<SearchQuery, "q" | "filters"> & { page?: number }): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.q) params.q = query.q;
  for (const key of FILTER_PARAMS) {
    const value = query.filters[key];
    if (value) params[key] = value;
  }
  if (query.filters.verified) params.verified = "1";
  const { near, radiusKm } = query.filters;
  if (near) params.near = near.name;
  const radius = near?.radiusKm ?? radiusKm;
  if (radius !== undefined && radius !== DEFAULT_RADIUS_KM) params.radius = String(radius);
  if (query.page && query.page > 1) params.page = String(query.page);
  return params;
}

/**
 * The parameters after setting or clearing one filter. Changing a filter changes the result
 * set, so the page number is dropped rather than pointing past the new end.
 */
export function withFilter(current: Record<string, string>, key: FilterParam, value: string | null): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(current)) if (k !== "page" && k !== key) next[k] = v;
  if (value) next[key] = value;
  return next;
}

/**
 * The search page is forgiving where the API is strict: a broken parameter (an old bookmark, a
 * hand-edited URL) is dropped and reported instead of failing the whole page.
 */
export function parseSearchPageParams(
  input: Record<string, string | string[] | undefined>,
  locale: Lang,
  pageSize = DEFAULT_PAGE_SIZE,
): { query: SearchQuery; ignored: string[] } {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && key !== "locale" && key !== "pageSize") values[key] = first;
  }
  values.locale = locale;
  values.pageSize = String(pageSize);
  const ignored: string[] = [];
  // Each round removes or shortens one parameter, so a few rounds always suffice.
  const rounds = Object.keys(values).length + 1;
  for (let round = 0; round < rounds; round++) {
    const parsed = parseSearchParams(values);
    if (parsed.ok) return { query: parsed.query, ignored };
    const { parameter } = parsed.error;
    if (parameter === "q" && values.q && values.q.length > MAX_QUERY_LENGTH) values.q = values.q.slice(0, MAX_QUERY_LENGTH);
    else delete values[parameter];
    ignored.push(parameter);
  }
  return {
    query: { q: "", locale, filters: {}, page: 1, pageSize, facets: ALL_FACETS },
    ignored: [...new Set(ignored)],
  };
}
