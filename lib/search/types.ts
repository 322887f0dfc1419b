// SPDX-License-Identifier: EUPL-1.2
/**
 * The contract every search engine implements. Documents are built once (document-builder)
 * and indexed identically by each engine, so results differ only in ranking details.
 */
import type { Lang } from "../i18n/localized";

export type SearchDocType = "company" | "offer" | "request" | "event";

/** One indexed entity, as stored by every engine. */
export interface SearchDocument {
  /** "company:<id>", "offer:<id>", "request:<id>", "event:<id>" */
  id: string;
  type: SearchDocType;
  entityId: string;
  /** Company name (offers/requests: the company behind them; events: the organizer). */
  name: string;
  /** Title of an offer, request or event; the company name for companies. */
  title: string;
  /** Slug of the page the hit links to (company slug for companies/offers/requests, event slug for events). */
  slug: string;
  /** Text per language as written by the author; missing languages are absent. */
  text: Partial<Record<Lang, string>>;
  /** Languages the document has text in. */
  textLanguages: Lang[];
  /** Cross-language concept labels in all three languages, added at index time. */
  concepts: string[];
  /** Ids of those concepts in the dictionary (engines may index the ids instead of every label). */
  conceptIds?: string[];
  /**
   * Base forms and German compound parts of the title and text words (morphology.ts
   * documentForms), for engines that index plain words; the PostgreSQL engine derives its own lexemes.
   */
  forms?: string[];
  /** Place names in all known forms (Plzeň, Pilsen, Plzen …). */
  places: string[];
  /** Where the company, listing or event is, from its city (lib/geo/gazetteer); null when unknown. */
  geo?: GeoPoint | null;
  country: string;
  regionId: string | null;
  city: string | null;
  industries: string[];
  certifications: string[];
  employees: string | null;
  /** Languages the company speaks. */
  languages: string[];
  /** Events only: start as ISO string and as epoch seconds for filtering. */
  startsAt: string | null;
  startsAtTs: number | null;
  /** Epoch seconds of publication, used as a tie-breaker (newer first). */
  publishedTs: number;
  /** The organization behind the document (the company itself, or the company/organizer of a listing/event). */
  organizationId?: string;
  /** Title per language, so hits can show the visitor's language; `title` is the fallback. */
  titles?: Partial<Record<Lang, string>>;
  /** Epoch seconds after which the document is no longer shown (offers/requests with an end date). */
  expiresTs?: number | null;
  /** Whether an institution vouches for the company (for offers and requests: the company behind them). */
  verified?: boolean;
  /** The earliest active verification; null when none. */
  verifiedBy?: VerifiedBy | null;
}

/** Who vouched for a company and when: "verified by IHK Chemnitz, 12 March 2027". */
export interface VerifiedBy {
  institutionName: string;
  /** ISO timestamp. */
  verifiedAt: string;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Within `radiusKm` of a place; `name` is the place as the searcher named it. */
export interface NearFilter extends GeoPoint {
  name: string;
  radiusKm: number;
}

export interface SearchFilters {
  type?: SearchDocType;
  /** Never documents of this type (a query asking for providers leaves requests out). */
  excludeType?: SearchDocType;
  country?: string;
  region?: string;
  /** Any of these regions ("Sachsen", "Oberlausitz" in a query name several). */
  regions?: string[];
  near?: NearFilter;
  /** Radius around a place named in the words of the query, when `near` is not given. */
  radiusKm?: number;
  industry?: string;
  certification?: string;
  employees?: string;
  language?: string;
  /** Events starting on or after / before these dates (YYYY-MM-DD). */
  dateFrom?: string;
  dateTo?: string;
  /** Only documents of these organizations (partner suggestions among an event's participants). */
  organizationIds?: string[];
  /** Never documents of these organizations (a company's own offers, blocked senders). */
  excludeOrganizationIds?: string[];
  /** Only documents published at or after this epoch second (saved-search alerts: what is new). */
  publishedFromTs?: number;
  /** Only companies an institution vouches for, and their offers and requests. */
  verified?: boolean;
}

export interface SearchQuery {
  /**
   * Words to find. Quotes and a leading "-" carry no meaning (no phrase, no exclusion) in any
   * engine; they separate words like any punctuation.
   */
  q: string;
  /**
   * Search-as-you-type: the last word also matches longer words starting with it. Off for queries
   * of whole words (partner suggestions, saved-search alerts). Default true. Nothing else in the
   * query, such as a trailing space, switches it.
   */
  prefix?: boolean;
  locale: Lang;
  filters: SearchFilters;
  page: number;
  pageSize: number;
  /** Facet fields to count. */
  facets?: FacetField[];
}

export type FacetField = "type" | "country" | "region" | "industry" | "certification" | "employees" | "language";

export interface SearchHit {
  type: SearchDocType;
  id: string;
  name: string;
  title: string;
  /** Plain text excerpt; matched words are wrapped in «» markers (render with <mark>, never as HTML). */
  snippet: string;
  snippetLang: Lang | null;
  country: string;
  region: string | null;
  city: string | null;
  slug: string;
  /** Languages the hit's text exists in (for language badges). */
  languages: Lang[];
  startsAt: string | null;
  /** The organization behind the hit (the company itself, or the owner of the listing or event). */
  organizationId: string | null;
  /** Set when an institution vouches for the company behind the hit. */
  verifiedBy: VerifiedBy | null;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: Partial<Record<FacetField, Record<string, number>>>;
  page: number;
  pageSize: number;
  tookMs: number;
  /** Set when a corrected query would find more. */
  suggestion?: string;
  /**
   * Set when the query matches more documents than are counted one by one: `total` and the
   * facet counts are then estimated from a sample of the index, and only the first `reachable`
   * hits (the best ranked) can be paged through.
   */
  estimated?: { reachable: number };
}

export interface EngineHealth {
  engine: "postgres" | "meilisearch";
  ok: boolean;
  documents?: number;
  error?: string;
  /** Server version, for engines that run as their own server. */
  version?: string;
  /** False when the server runs a version the engine cannot use; upgrading it is the fix. */
  versionSupported?: boolean;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  /**
   * Whether the documents it is given must carry `forms` (base forms and compound parts), which
   * cost a fair share of building a document. Unless false, they do; the PostgreSQL engine
   * derives its own lexemes.
   */
  readonly usesForms?: boolean;
  search(query: SearchQuery): Promise<SearchResult>;
  upsert(docs: SearchDocument[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  /** Removes every document of these organizations, including listings no longer in the database. */
  deleteByOrganization?(organizationIds: string[]): Promise<void>;
  /** Replaces the whole index with these documents; search keeps working while it runs. */
  reindex(docs: AsyncIterable<SearchDocument[]>): Promise<{ indexed: number }>;
  health(): Promise<EngineHealth>;
}
