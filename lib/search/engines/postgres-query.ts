// SPDX-License-Identifier: EUPL-1.2
/**
 * Pure parts of the PostgreSQL engine's query: which words each query word may match after
 * typo correction, the tsqueries built from them, the filter clause and the ranking. The SQL
 * only ever matches documents through indexed predicates; the fuzzy work happens once per
 * query word against the vocabulary.
 */
import { conceptMatcher } from "../concepts";
import { isGenericHead, partWords, queryForms, type QueryForms } from "../morphology";
import { matchCase, typoDistance, type QueryWord } from "../normalize";
import {
  cellsCovering,
  conceptLexeme,
  filterLexeme,
  sampledCell,
  sampleLexeme,
  VERIFIED_LEXEME,
} from "./postgres-index";
import { boundingBox } from "../../geo/gazetteer";
import { dateBounds } from "../query";
import type { SearchFilters } from "../types";

export interface TermCandidate {
  term: string;
  display: string;
  frequency: number;
  /** Levenshtein distance from the query word as reported by the database. */
  distance: number;
}

export interface WordMatch {
  word: QueryWord;
  /** The word itself is in the vocabulary. */
  known: boolean;
  /** The unfinished last word begins some vocabulary word (only looked up when it could be corrected). */
  extendable: boolean;
  /**
   * Every vocabulary word the unfinished last word begins, when there are few: the index looks
   * these up like any word, where a prefix match (`:*`) reads all of its matches every time.
   * Absent when not looked up or too many: the prefix match then stands.
   */
  completions?: string[];
  /** Vocabulary words within the typo budget, best first. */
  corrections: TermCandidate[];
  /** Concepts named by the word or one of its corrections (see conceptLexeme). */
  concepts: string[];
  /** Base forms of the word and, for a German compound, its parts with their concepts. */
  forms?: QueryForms & { partConcepts: string[][] };
}

/**
 * A word found in this many documents is taken as typed: its neighbours ("Möller" for "Müller")
 * would only add noise. Rarer words may themselves be typos in some document, so they are still
 * corrected.
 */
export const WELL_KNOWN_WORD = 5;

/**
 * Keeps the candidates within the typo budget (a swap of two letters is one typo, a wrong first
 * letter two). `frequency` is how many documents contain the word as typed (0: unknown).
 */
export function resolveWord(
  word: QueryWord,
  candidates: TermCandidate[],
  frequency: number,
  extendable: boolean,
): WordMatch {
  const known = frequency > 0;
  const corrections =
    word.budget && frequency < WELL_KNOWN_WORD
      ? candidates
          .filter((c) => c.term !== word.word)
          .map((c) => ({ ...c, distance: typoDistance(word.word, c.term, word.budget) }))
          .filter((c) => c.distance <= word.budget)
          .sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || a.term.localeCompare(b.term))
      : [];
  const matcher = conceptMatcher();
  const forms = queryForms(word.original, word.word);
  const partConcepts = forms.parts?.map((p) => matcher.conceptsForWord(p.word)) ?? [];
  const own = headConcepts(word.word, matcher.conceptsForWord(word.word, word.prefix), forms.parts, partConcepts);
  const concepts = new Set(own);
  // A word that names a concept is a word, not a typo: its neighbours' concepts ("upholstered"
  // furniture for "upholstery") would only bring in other trades.
  if (!own.length) for (const c of corrections) for (const id of matcher.conceptsForWord(c.term)) concepts.add(id);
  return { word, known, extendable, corrections, concepts: [...concepts].sort(), forms: { ...forms, partConcepts } };
}

/**
 * The concepts a whole German compound names. When its head names one of them, a label word the
 * compound merely starts with names only its modifier ("Aluminium" in "Aluminiumdruckguss",
 * which is die casting, not any aluminium work) and is left out, unless the compound is itself
 * a label word. A head that names none of them ("-bau", "-technik": "Kistenbau" is making
 * crates) leaves the modifier's concepts as the word's meaning.
 */
function headConcepts(
  word: string,
  concepts: string[],
  parts: QueryForms["parts"],
  partConcepts: string[][],
): string[] {
  if (!parts || parts.length < 2 || isGenericHead(parts[parts.length - 1].word)) return concepts;
  const head = new Set(partConcepts[partConcepts.length - 1] ?? []);
  if (!concepts.some((c) => head.has(c))) return concepts;
  const modifiers = new Set(partConcepts.slice(0, -1).flat());
  const matcher = conceptMatcher();
  return concepts.filter((c) => head.has(c) || !modifiers.has(c) || matcher.labelWords([c]).has(word));
}

/**
 * Concepts named by several query words together ("zámečnickými pracemi" is the concept
 * "zámečnické práce"): each of those words also matches the concept, so a company that names
 * it in other words ("Schlosserei") satisfies all of them.
 */
export function withPhraseConcepts(matches: WordMatch[]): WordMatch[] {
  if (matches.length < 2) return matches;
  const found = conceptMatcher().matchTokens(matches.map((m) => m.word.word));
  const extra = matches.map(() => new Set<string>());
  for (const f of found) if (f.end - f.start > 1) for (let i = f.start; i < f.end; i++) extra[i].add(f.conceptId);
  return matches.map((m, i) =>
    extra[i].size ? { ...m, concepts: [...new Set([...m.concepts, ...extra[i]])].sort() } : m,
  );
}

/** The folded words each query word may match, the word itself first. */
export function alternatives(match: WordMatch): string[] {
  return [match.word.word, ...match.corrections.map((c) => c.term)];
}

const lexeme = (w: string) => `'${w.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** What the unfinished last word matches beyond itself: its completions, or else a prefix match. */
function prefixLexemes(m: WordMatch): string[] {
  if (!m.word.prefix) return [];
  return m.completions ? m.completions.map(lexeme) : [`${lexeme(m.word.word)}:*`];
}

/**
 * tsquery text: every query word must match (AND), each through any of its spellings (OR); the
 * unfinished last word also as a prefix, and every concept the word names. Without typos only
 * the words as typed; without concepts only the document's own words.
 */
export function tsqueryText(
  matches: WordMatch[],
  opts: { typos?: boolean; concepts?: boolean; baseForms?: boolean } = {},
): string {
  return matches
    .map((m) => {
      const words = opts.typos === false ? [m.word.word] : alternatives(m);
      const parts = words.map(lexeme);
      parts.push(...prefixLexemes(m));
      if (opts.concepts !== false) parts.push(...m.concepts.map((c) => lexeme(conceptLexeme(c))));
      // Inflected forms and compound parts are readings of the word, not the word as typed.
      if (opts.baseForms !== false && m.forms) {
        parts.push(...m.forms.lexemes.map(lexeme));
        if (m.forms.parts) {
          const each = m.forms.parts.map((p, i) => {
            const alts = [lexeme(p.word), ...p.lexemes.map(lexeme)];
            if (opts.concepts !== false) alts.push(...(m.forms!.partConcepts[i] ?? []).map((c) => lexeme(conceptLexeme(c))));
            return `(${[...new Set(alts)].join(" | ")})`;
          });
          parts.push(`(${each.join(" & ")})`);
        }
      }
      return `(${[...new Set(parts)].join(" | ")})`;
    })
    .join(" & ");
}

/**
 * The query's units of meaning, each as a tsquery matching it through the document's own words
 * (`own`) or through those or a concept (`any`): a word, or each part of a German compound. The
 * qualifying part of a compound ("Druck" in "Druckfedern") is its own unit and never satisfied by
 * the whole word's concept ("springs"), so a firm that writes only about springs ranks below one
 * that makes compression springs.
 */
export function meaningUnits(matches: WordMatch[]): { own: string; any: string }[] {
  const units: { own: string; any: string }[] = [];
  const or = (xs: string[]) => `(${[...new Set(xs)].join(" | ")})`;
  for (const m of matches) {
    const word = alternatives(m).map(lexeme);
    word.push(...prefixLexemes(m));
    word.push(...(m.forms?.lexemes ?? []).map(lexeme));
    const concepts = m.concepts.map((c) => lexeme(conceptLexeme(c)));
    const parts = m.forms?.parts;
    if (!parts || parts.length < 2) {
      units.push({ own: or(word), any: or([...word, ...concepts]) });
      continue;
    }
    parts.forEach((part, i) => {
      const own = [...word, lexeme(part.word), ...part.lexemes.map(lexeme)];
      const partConcepts = (m.forms!.partConcepts[i] ?? []).map((c) => lexeme(conceptLexeme(c)));
      // The whole word's concepts stand for its head, the thing wanted.
      const any = [...own, ...partConcepts, ...(i === parts.length - 1 ? concepts : [])];
      units.push({ own: or(own), any: or(any) });
    });
  }
  return units;
}

/** "Did you mean": each unknown word replaced by its closest, most frequent correction, word by word. */
export function suggestion(matches: WordMatch[]): string[] | undefined {
  let changed = false;
  const words = matches.map((m) => {
    if (m.known || m.extendable || !m.corrections.length) return m.word.original;
    changed = true;
    return matchCase(m.corrections[0].display, m.word.original);
  });
  return changed ? words : undefined;
}

/** Collects positional parameters for one statement. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * How a radius filter is written: through the point index's bounding box and the distance
 * ("both"); through the place lexemes of `tsv` and the distance ("cells"). When the caller
 * checks the distance it computes anyway, the narrowing alone: the box ("box"), or the place
 * lexemes, the box where a radius covers too many cells ("cellsAlone").
 */
export type RadiusSql = "both" | "box" | "cells" | "cellsAlone";

/**
 * Only documents of sample level `level` (about one in 2^level, see sampleLexemes). With
 * `cells`, the index holds the sampled place lexemes of every document (sampledCell), and a
 * radius written through cells is narrowed with those, which implies the sample.
 */
export interface SampleSql {
  level: number;
  cells: boolean;
}

/** WHERE conditions for the filters; expired listings never show. */
export function filterSql(
  filters: SearchFilters,
  nowTs: number,
  p: Params,
  radius: RadiusSql = "both",
  alongsideWords = false,
  sample?: SampleSql,
): string {
  // Beside a word condition, the filters that have a b-tree index of their own (made for the
  // listings' order) are kept from it: the planner would otherwise AND the word index's few
  // matches with, say, every offer of the directory from the type's index. Written so, a
  // filter is tested on the rows the words found.
  const own = alongsideWords ? (cond: string) => `(${cond}) IS TRUE` : (cond: string) => cond;
  const where: string[] = [`(d.expires_ts IS NULL OR d.expires_ts > ${p.add(nowTs)}::bigint)`];
  if (filters.type) where.push(own(`d.type = ${p.add(filters.type)}`));
  if (filters.excludeType) where.push(`d.type <> ${p.add(filters.excludeType)}`);
  if (filters.country) where.push(`d.country = ${p.add(filters.country.toUpperCase())}`);
  if (filters.region) where.push(`d.region_id = ${p.add(filters.region)}`);
  if (filters.regions?.length) where.push(`d.region_id = ANY(${p.add(filters.regions)}::text[])`);
  let sampled = false;
  if (filters.near) {
    const cellSample = sample?.cells && radius === "cells" ? sample.level : undefined;
    const sql = radiusSql(filters.near, p, radius, cellSample);
    where.push(sql.text);
    sampled = sql.sampled;
  }
  if (filters.employees) where.push(`d.employees = ${p.add(filters.employees)}`);
  if (filters.industry) where.push(`d.industries @> ARRAY[${p.add(filters.industry)}::text]`);
  if (filters.certification) where.push(`d.certifications @> ARRAY[${p.add(filters.certification)}::text]`);
  if (filters.language) where.push(`d.languages @> ARRAY[${p.add(filters.language.toLowerCase())}::text]`);
  if (filters.organizationIds) where.push(own(`d.organization_id = ANY(${p.add(filters.organizationIds)}::text[])`));
  if (filters.excludeOrganizationIds?.length)
    where.push(`(d.organization_id IS NULL OR d.organization_id <> ALL(${p.add(filters.excludeOrganizationIds)}::text[]))`);
  if (filters.publishedFromTs !== undefined) where.push(own(`d.published_ts >= ${p.add(filters.publishedFromTs)}::bigint`));
  if (filters.verified) where.push(own("d.verified"));
  const { fromTs, toTs } = dateBounds(filters);
  if (fromTs !== null) where.push(own(`d.starts_at_ts >= ${p.add(fromTs)}::bigint`));
  if (toTs !== null) where.push(own(`d.starts_at_ts < ${p.add(toTs)}::bigint`));
  if (sample && !sampled) where.push(`d.tsv @@ '${sampleLexeme(sample.level)}'::tsquery`);
  return where.join(" AND ");
}

/**
 * The filter lexemes (filterLexeme) a document passing these filters carries, as tsquery text;
 * null when no filter has them. The same values as filterSql compares with the columns.
 */
export function filterTsquery(filters: SearchFilters): string | null {
  const all: string[] = [];
  const one = (...xs: Parameters<typeof filterLexeme>) => all.push(lexeme(filterLexeme(...xs)));
  if (filters.type) one("type", filters.type);
  if (filters.country) one("country", filters.country.toUpperCase());
  if (filters.region) one("region", filters.region);
  if (filters.regions?.length) all.push(`(${filters.regions.map((r) => lexeme(filterLexeme("region", r))).join(" | ")})`);
  if (filters.employees) one("employees", filters.employees);
  if (filters.industry) one("industry", filters.industry);
  if (filters.certification) one("certification", filters.certification);
  if (filters.language) one("language", filters.language.toLowerCase());
  if (filters.verified) all.push(lexeme(VERIFIED_LEXEME));
  return all.length ? all.join(" & ") : null;
}

/**
 * Within the radius: the bounding box through the GiST index on point(geo_lon, geo_lat), then the
 * great-circle distance (haversine) for the corners the box adds.
 */
export function nearSql(near: NonNullable<SearchFilters["near"]>, p: Params): string {
  return `(${nearBoxSql(near, p)} AND ${distanceSql(near, p)} <= ${p.add(near.radiusKm)}::float8)`;
}

function radiusSql(
  near: NonNullable<SearchFilters["near"]>,
  p: Params,
  how: RadiusSql,
  sampleLevel?: number,
): { text: string; sampled: boolean } {
  const plain = (text: string) => ({ text, sampled: false });
  if (how === "box") return plain(nearBoxSql(near, p));
  const cells = how === "both" ? [] : cellsCovering(near);
  if (!cells.length) return plain(how === "cellsAlone" ? nearBoxSql(near, p) : nearSql(near, p));
  const lexemes = sampleLevel === undefined ? cells : cells.map((c) => sampledCell(c, sampleLevel));
  const inCells = `d.tsv @@ ${p.add(lexemes.map((c) => `'${c}'`).join(" | "))}::tsquery`;
  if (how === "cellsAlone") return plain(inCells);
  return {
    text: `(${inCells} AND ${distanceSql(near, p)} <= ${p.add(near.radiusKm)}::float8)`,
    sampled: sampleLevel !== undefined,
  };
}

/** The radius's bounding box alone, through the GiST index. */
export function nearBoxSql(near: NonNullable<SearchFilters["near"]>, p: Params): string {
  const box = boundingBox(near, near.radiusKm);
  return `d.geo_lat IS NOT NULL
    AND point(d.geo_lon, d.geo_lat) <@ box(point(${p.add(box.minLon)}::float8, ${p.add(box.minLat)}::float8), point(${p.add(box.maxLon)}::float8, ${p.add(box.maxLat)}::float8))`;
}

/** Kilometres from the document's place to `point` (haversine; the earth's diameter is 12,742 km). */
export function distanceSql(point: { lat: number; lon: number }, p: Params): string {
  const lat = p.add(point.lat);
  const lon = p.add(point.lon);
  return `(12742 * asin(least(1, sqrt(power(sin(radians(d.geo_lat - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(d.geo_lat)) * power(sin(radians(d.geo_lon - ${lon}::float8) / 2), 2)))))`;
}

/**
 * Exact name first, then name starting with the query; then where all words matched: the name,
 * the title, the author's own words (rather than through a concept); then matches without
 * typos; then more of the query's units matched; then by name; then newer.
 */
export function rankedOrder(prefix = "", near = false, relaxed = false): string {
  // Among equally good matches, the nearer firm first when the searcher named a place.
  const distance = near ? `${prefix}dist ASC NULLS LAST, ` : "";
  // A relaxed search never lets a hit that misses a word outrank one that has them all.
  const all = relaxed ? `${prefix}all_words DESC, ` : "";
  // Equal so far: more of the query's units matched at all (through concepts too), then more of
  // them in the document's own words; then by name, so equal hits keep one order between runs
  // (an import publishes many firms within the same second).
  return `${all}${prefix}name_rank DESC, ${prefix}field_rank DESC, ${prefix}exact DESC, ${distance}${prefix}units_any DESC, ${prefix}units_own DESC, ${prefix}name_key, ${prefix}published_ts DESC, ${prefix}id`;
}

/** Below this many hits for all words, a search also lists hits for fewer words (after those for all). */
export const RELAX_BELOW = 5;

/**
 * A word nothing can match as far as the vocabulary knows: not in it, no correction, no concept,
 * no concept for a compound part. Its base forms might still be in some document, so the relaxed
 * search keeps such a word as a ranking signal instead of a condition.
 */
function unmatched(m: WordMatch): boolean {
  return (
    !m.known &&
    !m.extendable &&
    !m.corrections.length &&
    !m.concepts.length &&
    !(m.forms?.partConcepts ?? []).some((c) => c.length)
  );
}

/**
 * Numbers, abbreviations and other short words ("ISO 9002", "M8", "rámy") say precisely what is
 * wanted: like typo correction, relaxing never leaves them out.
 */
const droppable = (m: WordMatch) => m.word.budget > 0;

/**
 * The word sets a relaxed search tries in turn when all words together find too few hits, as
 * Meilisearch's matching strategy "last" does: first without the words that match nothing; then
 * without the last word that may go (buyers name the thing first and qualify it after: "heat
 * treatment of steel" for a firm that writes "metals"); and only when that still finds nothing,
 * without one more. Single words are never relaxed, and at least one word always stays.
 */
export function relaxedWordSets(matches: WordMatch[]): { words: WordMatch[]; onlyIfEmpty: boolean }[] {
  if (matches.length === 1) return withoutGenericHeads(matches[0]);
  if (matches.length < 2) return [];
  const dead = matches.filter(unmatched);
  // A precise word nothing matches: an empty list is the honest answer.
  if (dead.some((m) => !droppable(m))) return [];
  const sets: { words: WordMatch[]; onlyIfEmpty: boolean }[] = [];
  let words = matches.filter((m) => !unmatched(m));
  if (!words.length) return [];
  if (dead.length) sets.push({ words, onlyIfEmpty: false });
  // Two words fewer at most: beyond that the hits have little to do with the query.
  for (let dropped = 0; dropped < 2 && words.length > 1; dropped++) {
    const last = words.findLastIndex(droppable);
    if (last < 0) break;
    words = words.filter((_, i) => i !== last);
    sets.push({ words, onlyIfEmpty: dropped > 0 });
  }
  return sets;
}

/**
 * A German compound typed alone that finds too little is searched without its generic last
 * parts ("Rohrbiegearbeiten" as "Rohrbiege…": a firm that writes "biegen Rohre" answers though
 * nobody writes "Arbeiten"), still with everything the whole word matches. A specific head
 * ("Federbetten", "Holzpaletten") always stays: it is what the buyer wants.
 */
function withoutGenericHeads(m: WordMatch): { words: WordMatch[]; onlyIfEmpty: boolean }[] {
  const parts = m.forms?.parts;
  const sets: { words: WordMatch[]; onlyIfEmpty: boolean }[] = [];
  for (let n = (parts?.length ?? 0) - 1; parts && n >= 1 && isGenericHead(parts[n].word); n--) {
    const forms = { ...m.forms!, parts: n > 1 ? parts.slice(0, n) : null, partConcepts: m.forms!.partConcepts.slice(0, n) };
    // A single part left is the word's reading, with its concepts.
    const rest =
      n > 1
        ? { ...m, forms }
        : {
            ...m,
            concepts: [...new Set([...m.concepts, ...(m.forms!.partConcepts[0] ?? [])])].sort(),
            // The part as written is a word of the text too ("glas" in "Glas und Keramik").
            forms: {
              ...forms,
              lexemes: [...new Set([...m.forms!.lexemes, parts[0].word, ...parts[0].lexemes])],
              // …or the words the part is made of, written apart ("Rohrbiege…" as "biegen Rohre").
              ...subparts(parts[0].word),
            },
          };
    sets.push({ words: [rest], onlyIfEmpty: sets.length > 0 });
  }
  return sets;
}

function subparts(part: string): Partial<Pick<NonNullable<WordMatch["forms"]>, "parts" | "partConcepts">> {
  const words = partWords(part);
  if (!words) return {};
  const matcher = conceptMatcher();
  return { parts: words, partConcepts: words.map((w) => matcher.conceptsForWord(w.word)) };
}

/** Filters the cached facet groups cannot answer; queries with them always run against the documents. */
export function needsDocumentScan(filters: SearchFilters): boolean {
  return Boolean(
    filters.near ||
      filters.regions?.length ||
      filters.dateFrom ||
      filters.dateTo ||
      filters.organizationIds ||
      filters.excludeOrganizationIds?.length ||
      filters.publishedFromTs !== undefined,
  );
}

export function listOrder(filters: SearchFilters, prefix = "", near = false): string {
  // Around a place, the nearest first; upcoming events read best in date order; everything else newest first.
  if (near) return `${prefix}dist ASC NULLS LAST, ${prefix}published_ts DESC, ${prefix}id`;
  return filters.type === "event"
    ? `${prefix}starts_at_ts ASC NULLS LAST, ${prefix}id`
    : `${prefix}published_ts DESC, ${prefix}id`;
}
