// SPDX-License-Identifier: EUPL-1.2
/**
 * Everything the Meilisearch engine decides without talking to the server: index settings,
 * the document shape it stores, how a SearchQuery becomes search parameters and filter
 * expressions, and how a response becomes a SearchResult.
 */
import type { Hit, SearchParams, SearchResponse, Settings } from "meilisearch";
import type { Lang } from "../../i18n/localized";
import { LANGS } from "../../i18n/localized";
import { searchableForm } from "../morphology";
import { matchCase, parseQuery, tokenSpans, typoDistance, type QueryWord } from "../normalize";
import { clampPaging, dateBounds, isLang, localizedTitle } from "../query";
import { MARK_CLOSE, MARK_OPEN } from "../snippet";
import type { FacetField, SearchDocument, SearchFilters, SearchHit, SearchQuery, SearchResult } from "../types";
import type { ServerFeatures } from "./meilisearch-version";

/** Stored shape: `text` and `titles` flattened per language so each can have its own tokenizer. */
export interface MeiliDocument {
  /** Meilisearch ids allow only letters, digits, "-" and "_": "company:abc" becomes "company-abc". */
  key: string;
  docId: string;
  type: SearchDocument["type"];
  entityId: string;
  organizationId: string | null;
  name: string;
  title: string;
  title_de?: string;
  title_cs?: string;
  title_en?: string;
  slug: string;
  text_de?: string;
  text_cs?: string;
  text_en?: string;
  textLanguages: string[];
  concepts: string[];
  /** Base forms and compound parts of the text's words (morphology.ts documentForms). */
  forms: string[];
  places: string[];
  /** Meilisearch's own geo field, for _geoRadius filters; absent when the place is unknown. */
  _geo?: { lat: number; lng: number };
  country: string;
  regionId: string | null;
  city: string | null;
  industries: string[];
  certifications: string[];
  employees: string | null;
  languages: string[];
  startsAt: string | null;
  startsAtTs: number | null;
  publishedTs: number;
  /** Absent when the document never expires ("expiresTs NOT EXISTS" in filters). */
  expiresTs?: number;
  verified: boolean;
  verifiedBy: { institutionName: string; verifiedAt: string } | null;
}

export const PRIMARY_KEY = "key";

export function meiliKey(docId: string): string {
  return docId.replace(/[^A-Za-z0-9_-]/g, "-");
}

// Order matters: the attribute ranking rule prefers matches in earlier attributes.
export const SEARCHABLE_ATTRIBUTES = [
  "name",
  "title",
  "title_de",
  "title_cs",
  "title_en",
  "text_de",
  "text_cs",
  "text_en",
  "concepts",
  "forms",
  "places",
  "city",
  "certifications",
];

export const FACET_ATTRIBUTES: Record<FacetField, string> = {
  type: "type",
  country: "country",
  region: "regionId",
  industry: "industries",
  certification: "certifications",
  employees: "employees",
  language: "languages",
};

export const FILTERABLE_ATTRIBUTES = [
  ...Object.values(FACET_ATTRIBUTES),
  "startsAtTs",
  "expiresTs",
  "organizationId",
  "publishedTs",
  "_geo",
  "verified",
];

const TEXT_ATTRIBUTES = LANGS.map((l) => `text_${l}`);

const RETRIEVED_ATTRIBUTES = [
  "docId",
  "type",
  "name",
  "title",
  "title_de",
  "title_cs",
  "title_en",
  "slug",
  ...TEXT_ATTRIBUTES,
  "country",
  "regionId",
  "city",
  "languages",
  "textLanguages",
  "startsAt",
  "organizationId",
  "verifiedBy",
];

/** Words in a cropped snippet, as for the PostgreSQL engine. */
export const CROP_LENGTH = 30;

/** Settings for a server with these features (all of them unless told otherwise). */
export function indexSettings(features: ServerFeatures = { disableOnNumbers: true }): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: ["startsAtTs", "publishedTs", "_geo"],
    // Name and title before typo count, as in the PostgreSQL engine; newer wins ties.
    rankingRules: ["words", "attribute", "typo", "proximity", "exactness", "sort", "publishedTs:desc"],
    typoTolerance: {
      enabled: true,
      // Also keeps numbers of up to four digits exact on servers without disableOnNumbers.
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // "ISO 9002" must not find "ISO 9001"; older servers refuse the whole settings call over it.
      ...(features.disableOnNumbers ? { disableOnNumbers: true } : {}),
    },
    localizedAttributes: [
      { attributePatterns: ["text_de", "title_de"], locales: ["deu"] },
      { attributePatterns: ["text_cs", "title_cs"], locales: ["ces"] },
      { attributePatterns: ["text_en", "title_en"], locales: ["eng"] },
    ],
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: 200_000 },
  };
}

// Marker characters in source text would look like highlights.
const unmark = (s: string | undefined) => s?.replace(/[«»]/g, '"');

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const out: MeiliDocument = {
    key: meiliKey(doc.id),
    docId: doc.id,
    type: doc.type,
    entityId: doc.entityId,
    organizationId: doc.organizationId ?? null,
    name: doc.name,
    title: doc.title,
    slug: doc.slug,
    textLanguages: doc.textLanguages,
    concepts: doc.concepts,
    forms: doc.forms ?? [],
    places: doc.places,
    country: doc.country,
    regionId: doc.regionId,
    city: doc.city,
    industries: doc.industries,
    certifications: doc.certifications,
    employees: doc.employees,
    languages: doc.languages,
    startsAt: doc.startsAt,
    startsAtTs: doc.startsAtTs,
    publishedTs: doc.publishedTs,
    verified: doc.verified ?? false,
    verifiedBy: doc.verifiedBy ?? null,
  };
  for (const lang of LANGS) {
    if (doc.text[lang]) out[`text_${lang}`] = unmark(doc.text[lang]);
    if (doc.titles?.[lang]) out[`title_${lang}`] = doc.titles[lang];
  }
  if (doc.expiresTs != null) out.expiresTs = doc.expiresTs;
  if (doc.geo) out._geo = { lat: doc.geo.lat, lng: doc.geo.lon };
  return out;
}

/** A string literal for a filter expression: double quotes, with quotes and backslashes escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Filter expressions, all of which must hold (Meilisearch ANDs the array). */
export function buildFilter(filters: SearchFilters, nowTs: number): string[] {
  const out = [`(expiresTs NOT EXISTS OR expiresTs > ${Math.floor(nowTs)})`];
  const eq = (attribute: string, value: string | undefined) => {
    if (value) out.push(`${attribute} = ${quoteFilterValue(value)}`);
  };
  eq("type", filters.type);
  if (filters.excludeType) out.push(`type != ${quoteFilterValue(filters.excludeType)}`);
  eq("country", filters.country?.toUpperCase());
  eq("regionId", filters.region);
  if (filters.regions?.length) out.push(`regionId IN [${filters.regions.map(quoteFilterValue).join(", ")}]`);
  if (filters.near) {
    const { lat, lon, radiusKm } = filters.near;
    out.push(`_geoRadius(${Number(lat)}, ${Number(lon)}, ${Math.round(Number(radiusKm) * 1000)})`);
  }
  eq("industries", filters.industry);
  eq("certifications", filters.certification);
  eq("employees", filters.employees);
  eq("languages", filters.language?.toLowerCase());
  if (filters.organizationIds) out.push(`organizationId IN [${filters.organizationIds.map(quoteFilterValue).join(", ")}]`);
  if (filters.excludeOrganizationIds?.length)
    out.push(`organizationId NOT IN [${filters.excludeOrganizationIds.map(quoteFilterValue).join(", ")}]`);
  if (filters.publishedFromTs !== undefined) out.push(`publishedTs >= ${Math.floor(filters.publishedFromTs)}`);
  if (filters.verified) out.push("verified = true");
  const { fromTs, toTs } = dateBounds(filters);
  if (fromTs !== null) out.push(`startsAtTs >= ${fromTs}`);
  if (toTs !== null) out.push(`startsAtTs < ${toTs}`);
  return out;
}

/**
 * The `q` Meilisearch gets. It reads quotes as a phrase and a leading "-" as "without this word";
 * the PostgreSQL engine reads neither, so both become plain separators here and a query means
 * the same whichever engine runs. Meilisearch completes the last word unless a space follows it:
 * that space is how the contract's `prefix: false` is told to Meilisearch, and a space the
 * searcher typed changes nothing. Null (list everything) only without any text.
 */
export function meiliQuery(query: Pick<SearchQuery, "q" | "prefix"> & { locale?: Lang }): string | null {
  const cleaned = (query.q ?? "").replace(/"/g, " ").replace(/(^|[^\p{L}\p{N}])-+/gu, "$1 ").trim();
  if (!cleaned) return null;
  const q = query.locale ? inSearchableForms(cleaned, query.locale, query.prefix !== false) : cleaned;
  return query.prefix === false ? `${q} ` : q;
}

/**
 * Each finished word as the documents' forms field carries it (morphology.ts searchableForm):
 * compounds as their parts, inflected words beyond Meilisearch's typo budget as their base form
 * in the searcher's language. A word still being typed stays as typed, to be completed.
 */
function inSearchableForms(q: string, locale: Lang, prefix: boolean): string {
  const words = parseQuery(q, prefix);
  const spans = tokenSpans(q);
  if (words.length !== spans.length) return q;
  let out = "";
  let at = 0;
  spans.forEach((span, i) => {
    const w = words[i];
    out += q.slice(at, span.start);
    out += w.prefix ? q.slice(span.start, span.end) : searchableForm(w.original, w.word, locale, w.budget);
    at = span.end;
  });
  return out + q.slice(at);
}

export function buildSearchParams(query: SearchQuery, nowTs: number): SearchParams {
  const { page, pageSize } = clampPaging(query);
  const hasWords = parseQuery(query.q ?? "").length > 0;
  const params: SearchParams = {
    filter: buildFilter(query.filters ?? {}, nowTs),
    page,
    hitsPerPage: pageSize,
    // Every word must match: dropping words would let "ISO 9002" list every ISO company.
    matchingStrategy: "all",
    attributesToRetrieve: RETRIEVED_ATTRIBUTES,
    attributesToHighlight: ["name", "title", ...TEXT_ATTRIBUTES, "city", "places"],
    attributesToCrop: TEXT_ATTRIBUTES,
    cropLength: CROP_LENGTH,
    cropMarker: "…",
    highlightPreTag: MARK_OPEN,
    highlightPostTag: MARK_CLOSE,
  };
  if (query.facets?.length) params.facets = [...new Set(query.facets)].map((f) => FACET_ATTRIBUTES[f]);
  const near = query.filters?.near;
  // Around a place the nearest first (after relevance, by the "sort" ranking rule), as in the PostgreSQL engine.
  if (near) params.sort = [`_geoPoint(${Number(near.lat)}, ${Number(near.lon)}):asc`];
  else if (!hasWords && query.filters?.type === "event") params.sort = ["startsAtTs:asc"];
  return params;
}

const MARKED = new RegExp(`${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, "g");

/** Words Meilisearch marked in the formatted fields of the hits: folded form → as written. */
export function highlightedWords(hits: Hit[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const hit of hits) {
    for (const value of Object.values(hit._formatted ?? {}).flat()) {
      if (typeof value !== "string") continue;
      for (const m of value.matchAll(MARKED)) {
        for (const s of tokenSpans(m[1])) if (!words.has(s.token)) words.set(s.token, m[1].slice(s.start, s.end));
      }
    }
  }
  return words;
}

/**
 * "Did you mean" from what Meilisearch matched: a query word that matched nothing as typed is
 * replaced by the closest highlighted word within its typo budget.
 */
export function suggestFromHighlights(words: QueryWord[], highlighted: Map<string, string>): string | undefined {
  let changed = false;
  const out = words.map((w) => {
    if (highlighted.has(w.word) || w.budget === 0) return w.original;
    if (w.prefix && [...highlighted.keys()].some((h) => h.startsWith(w.word))) return w.original;
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const h of highlighted.keys()) {
      const d = typoDistance(w.word, h, w.budget);
      if (d <= w.budget && d < bestDistance) {
        best = h;
        bestDistance = d;
      }
    }
    if (!best) return w.original;
    changed = true;
    return matchCase(highlighted.get(best)!, w.original);
  });
  return changed ? out.join(" ") : undefined;
}

type StoredHit = Hit<Partial<MeiliDocument>>;

function snippetOf(hit: StoredHit, locale: Lang): { snippet: string; lang: Lang | null } {
  const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
  const text = (l: Lang) => {
    const v = formatted[`text_${l}`] ?? hit[`text_${l}`];
    return typeof v === "string" && v.trim() ? v : null;
  };
  const available = LANGS.filter((l) => text(l));
  if (!available.length) return { snippet: "", lang: null };
  const marked = available.filter((l) => text(l)!.includes(MARK_OPEN));
  const lang = marked.includes(locale)
    ? locale
    : (marked[0] ?? (available.includes(locale) ? locale : available.includes("en") ? "en" : available[0]));
  return { snippet: text(lang)!, lang };
}

export function toSearchHit(hit: StoredHit, locale: Lang): SearchHit {
  const titles: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) if (hit[`title_${l}`]) titles[l] = hit[`title_${l}`];
  const { snippet, lang } = snippetOf(hit, locale);
  return {
    type: hit.type!,
    id: hit.docId!,
    name: hit.name ?? "",
    title: localizedTitle(hit.title ?? "", Object.keys(titles).length ? titles : null, locale),
    snippet,
    snippetLang: lang,
    country: hit.country ?? "",
    region: hit.regionId ?? null,
    city: hit.city ?? null,
    slug: hit.slug ?? "",
    languages: (hit.textLanguages ?? []).filter(isLang),
    startsAt: hit.startsAt ?? null,
    organizationId: hit.organizationId ?? null,
    verifiedBy: hit.verifiedBy ?? null,
  };
}

export function toSearchResult(query: SearchQuery, response: SearchResponse<Partial<MeiliDocument>>): SearchResult {
  const { page, pageSize } = clampPaging(query);
  const facets: SearchResult["facets"] = {};
  for (const f of new Set(query.facets ?? []))
    facets[f] = { ...(response.facetDistribution?.[FACET_ATTRIBUTES[f]] ?? {}) };
  const result: SearchResult = {
    hits: response.hits.map((h) => toSearchHit(h, query.locale)),
    total: response.totalHits ?? response.estimatedTotalHits ?? response.hits.length,
    facets,
    page,
    pageSize,
    tookMs: response.processingTimeMs,
  };
  const suggestion = suggestFromHighlights(
    parseQuery(query.q ?? "", query.prefix !== false),
    highlightedWords(response.hits),
  );
  if (suggestion && suggestion.toLowerCase() !== (query.q ?? "").trim().toLowerCase()) result.suggestion = suggestion;
  return result;
}
