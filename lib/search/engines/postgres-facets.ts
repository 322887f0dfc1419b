// SPDX-License-Identifier: EUPL-1.2
/**
 * Facet groups: the distinct combinations of facet values among the indexed documents. The
 * engine keeps them in memory, counts filter-only queries from them, and turns per-group match
 * counts of a text query into facet counts, so no query aggregates facets row by row.
 */
import { hash } from "node:crypto";
import { Memo } from "../normalize";
import type { FacetField, SearchFilters, SearchResult } from "../types";

export interface FacetValues {
  type: string;
  country: string;
  region_id: string | null;
  employees: string | null;
  industries: string[];
  certifications: string[];
  languages: string[];
}

export interface FacetGroup extends FacetValues {
  id: number;
  /** Documents of this group that never expire (expiring ones are counted live). */
  documents: number;
}

const sorted = (values: readonly string[]) => [...new Set(values)].sort();

export function facetValues(v: FacetValues): FacetValues & { signature: string } {
  const values: FacetValues = {
    type: v.type,
    country: v.country,
    region_id: v.region_id,
    employees: v.employees,
    industries: sorted(v.industries),
    certifications: sorted(v.certifications),
    languages: sorted(v.languages),
  };
  const json = JSON.stringify(values);
  return { ...values, signature: signatures.get(json, () => hash("sha256", json, "base64url")) };
}

/** A directory has a few thousand combinations of facet values, met again and again. */
const signatures = new Memo<string>(50_000);

/** The same conditions as filterSql, evaluated on a group. Date filters cannot be decided here. */
export function groupMatches(g: FacetValues, f: SearchFilters): boolean {
  return (
    (!f.type || g.type === f.type) &&
    (!f.excludeType || g.type !== f.excludeType) &&
    (!f.country || g.country === f.country.toUpperCase()) &&
    (!f.region || g.region_id === f.region) &&
    (!f.employees || g.employees === f.employees) &&
    (!f.industry || g.industries.includes(f.industry)) &&
    (!f.certification || g.certifications.includes(f.certification)) &&
    (!f.language || g.languages.includes(f.language.toLowerCase()))
  );
}

const SCALAR: Partial<Record<FacetField, keyof FacetValues>> = {
  type: "type",
  country: "country",
  region: "region_id",
  employees: "employees",
};
const LISTS: Partial<Record<FacetField, keyof FacetValues>> = {
  industry: "industries",
  certification: "certifications",
  language: "languages",
};

/**
 * Totals and facet counts summed over facet groups. A broad query or a listing adds thousands of
 * groups; counting into Maps is several times faster than into objects keyed by facet value,
 * which V8 keeps as slow dictionaries.
 */
export class FacetTally {
  total = 0;
  private readonly fields: { scalar?: keyof FacetValues; list?: keyof FacetValues; counts: Map<string, number> }[];

  constructor(private readonly facets: readonly FacetField[]) {
    this.fields = facets.map((f) => ({ scalar: SCALAR[f], list: LISTS[f], counts: new Map<string, number>() }));
  }

  /** Adds `n` documents of group `g`. */
  add(g: FacetValues, n: number) {
    if (!n) return;
    this.total += n;
    for (const { scalar, list, counts } of this.fields) {
      if (scalar) {
        const value = g[scalar] as string | null;
        if (value !== null) counts.set(value, (counts.get(value) ?? 0) + n);
      } else if (list) {
        for (const value of g[list] as string[]) counts.set(value, (counts.get(value) ?? 0) + n);
      }
    }
  }

  /** Every requested facet has its counts, empty when nothing matched. */
  result(): { total: number; facets: SearchResult["facets"] } {
    return {
      total: this.total,
      facets: Object.fromEntries(this.facets.map((f, i) => [f, Object.fromEntries(this.fields[i].counts)])),
    };
  }
}

/** An estimate to two significant digits ("about 16,000" rather than a precise-looking 15,648). */
export function roughly(n: number): number {
  if (n < 100) return Math.round(n);
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

/**
 * Lexemes that every document of the index carries, from the flags of search_state: each is set
 * by a full reindex, or by the migration that introduced the lexemes on an index still empty. A
 * query asks the index for them only then, as documents written before would lack them.
 */
export interface IndexWriting {
  /** The sampled place lexemes (sampledCell). */
  cellSamples: boolean;
  /** The filter lexemes (filterLexeme). */
  filterLexemes: boolean;
}

/** The engine's copy of search_facet_groups, brought up to date before each use. */
export class FacetGroupCache {
  private groups = new Map<number, FacetGroup>();
  private version = -1n;
  private generation = -1;
  private written: IndexWriting = { cellSamples: false, filterLexemes: false };
  private syncing: Promise<Map<number, FacetGroup>> | null = null;
  /** The refresh that follows the one in flight, for callers that need a state read after their call. */
  private following: Promise<Map<number, FacetGroup>> | null = null;
  private checkedAt = 0;

  /**
   * @param maxAgeMs how long the groups are used without asking the database for changes;
   *   writes through this engine are visible at once, those of other processes after this delay.
   */
  constructor(
    private readonly db: { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T> },
    private readonly maxAgeMs = 1000,
  ) {}

  /**
   * Current groups; reloads only the groups changed since the last check. `fresh` reads the
   * state after this call: a refresh already in flight may have read it before a change the
   * caller must see, so such callers wait for one more, which all of them share.
   */
  current(opts: { fresh?: boolean } = {}): Promise<Map<number, FacetGroup>> {
    if (!opts.fresh && !this.syncing && Date.now() - this.checkedAt < this.maxAgeMs)
      return Promise.resolve(this.groups);
    if (opts.fresh && this.syncing) {
      this.following ??= this.syncing
        .catch(() => {})
        .then(() => {
          this.following = null;
          return this.current({ fresh: true });
        });
      return this.following;
    }
    // Concurrent searches share one refresh instead of each starting its own.
    this.syncing ??= this.refresh().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  /** search_state.version and generation as last seen; anything derived from the index is valid for this key only. */
  get stateKey(): string {
    return `${this.generation}:${this.version}`;
  }

  /** How every document of the index is written, as last seen (IndexWriting). */
  get writing(): IndexWriting {
    return this.written;
  }

  /** The next call asks the database again (after a write through this engine). */
  changed() {
    this.checkedAt = 0;
  }

  private async refresh(): Promise<Map<number, FacetGroup>> {
    const [state] = await this.db.$queryRawUnsafe<
      { version: bigint; generation: number; cell_samples: boolean; filter_lexemes: boolean }[]
    >(`SELECT version, generation, cell_samples, filter_lexemes FROM search_state`);
    this.checkedAt = Date.now();
    this.written = { cellSamples: state.cell_samples, filterLexemes: state.filter_lexemes };
    const version = BigInt(state.version);
    if (state.generation === this.generation && version === this.version) return this.groups;
    const full = state.generation !== this.generation;
    const rows = await this.db.$queryRawUnsafe<FacetGroup[]>(
      `SELECT id, type, country, region_id, employees, industries, certifications, languages, documents
         FROM search_facet_groups ${full ? "" : "WHERE version > $1::bigint"}`,
      ...(full ? [] : [this.version.toString()]),
    );
    const groups = full ? new Map<number, FacetGroup>() : this.groups;
    for (const r of rows) groups.set(r.id, r);
    this.groups = groups;
    this.version = version;
    this.generation = state.generation;
    return groups;
  }

  /** Forgets everything, e.g. after a reindex in this process. */
  reset() {
    this.generation = -1;
    this.checkedAt = 0;
  }
}
