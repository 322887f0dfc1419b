// SPDX-License-Identifier: EUPL-1.2
/**
 * How a search document becomes a row of search_documents. Words come from our own tokenizer
 * and are stored as tsvector literals with every lexeme quoted (postgres-row-text.ts), never
 * through PostgreSQL's text search parser, so documents and queries are split into words by
 * exactly the same rules.
 */
import { hash } from "node:crypto";
import { LANGS } from "../../i18n/localized";
import { boundingBox, distanceKm } from "../../geo/gazetteer";
import { conceptMatcher, conceptSetKey } from "../concepts";
import { facetValues, type FacetValues } from "./postgres-facets";
import { indexLexemes, nameLexemes } from "../morphology";
import { Memo, tokenSpans } from "../normalize";
import { copyLine } from "./postgres-row-text";
import type { SearchDocument } from "../types";

/** Longer "words" are hashes or URLs; nobody searches them. */
const MAX_WORD_LENGTH = 100;
/** Typo correction only looks at words up to this length (and levenshtein() stops at 255). */
export const MAX_TERM_LENGTH = 40;

/**
 * A document names each of its concepts with one lexeme ("~milling") instead of all ~30 label
 * words; the query side maps words to concepts. The tokenizer never produces "~", so these
 * cannot collide with words.
 */
export const conceptLexeme = (conceptId: string) => `~${conceptId}`;

/**
 * Nested samples of the index: a document belongs to sample level k (1 ≤ k ≤ SAMPLE_LEVELS) with
 * probability 2^-k, decided by a hash of its id, and carries the lexeme "#k" for each level it
 * belongs to. A query ANDed with "#k" visits only that share of its matches, which is how the
 * engine estimates the size and facet counts of a result too large to count one by one. Like
 * "~", "#" never comes out of the tokenizer.
 */
export const SAMPLE_LEVELS = 12;
export const sampleLexeme = (level: number) => `#${level}`;

/**
 * Places as lexemes: the cell of a 0.1° grid ("@508:148", about 11 × 7 km here) and of a 1° grid
 * ("@@50:14") that a document's place lies in. A radius search narrows to the cells around it
 * through the same GIN index as the words and samples, instead of a separate index on points.
 */
export function cellLexemes(geo: { lat: number; lon: number } | null | undefined): string[] {
  if (!geo) return [];
  return [`@${Math.floor(geo.lat * 10)}:${Math.floor(geo.lon * 10)}`, `@@${Math.floor(geo.lat)}:${Math.floor(geo.lon)}`];
}

/**
 * A place lexeme within sample level k ("@508:137#3"): a document of sample level k (see
 * sampleLexemes) carries its cells once for each level up to k, about two more lexemes per
 * document. The facet sample of a search around a place then reads the index entries of its
 * cells in that sample alone, instead of every document of the cells ANDed with the sample:
 * around Dresden a sixteenth of them at level 4.
 */
export const sampledCell = (cell: string, level: number) => `${cell}#${level}`;

/** The sampled place lexemes of a document at these sample levels (sampleLexemes). */
export function sampledCellLexemes(cells: readonly string[], levels: number): string[] {
  const out: string[] = [];
  for (let k = 1; k <= levels; k++) for (const cell of cells) out.push(sampledCell(cell, k));
  return out;
}

/** The filters a document carries as lexemes, with the letter each is written with. */
const FILTER_CODES = {
  type: "t",
  country: "c",
  region: "r",
  employees: "e",
  industry: "i",
  certification: "z",
  language: "l",
} as const;
export type LexemeFilter = keyof typeof FILTER_CODES;

/**
 * Filters as lexemes: "=t:offer", "=c:CZ", "=r:cz-ustecky", "=i:25.62", and "=v" for a verified
 * document. Each holds the column's value exactly as the column filter compares it, so a
 * document carries the lexeme of a filter exactly when it passes that filter. A text query ANDs
 * the lexemes of its filters with its words: the GIN index then steps through the matches that
 * pass them, where it handed over every match of the words and each row was read to test its
 * columns. Like "~" and "#", "=" never comes out of the tokenizer.
 */
export const filterLexeme = (filter: LexemeFilter, value: string) => `=${FILTER_CODES[filter]}:${value}`;
export const VERIFIED_LEXEME = "=v";

/** The filter lexemes of a document (filterLexeme). */
export function documentFilterLexemes(
  doc: Pick<SearchDocument, "type" | "country" | "regionId" | "employees" | "industries" | "certifications" | "languages" | "verified">,
): string[] {
  const out = [filterLexeme("type", doc.type), filterLexeme("country", doc.country)];
  if (doc.regionId) out.push(filterLexeme("region", doc.regionId));
  if (doc.employees) out.push(filterLexeme("employees", doc.employees));
  for (const code of doc.industries) out.push(filterLexeme("industry", code));
  for (const c of doc.certifications) out.push(filterLexeme("certification", c));
  for (const l of doc.languages) out.push(filterLexeme("language", l));
  if (doc.verified) out.push(VERIFIED_LEXEME);
  return out;
}

/** Most cells a radius is narrowed with; a larger area is left to the distance alone. */
const MAX_CELLS = 400;

/**
 * A cell is kept when its nearest point lies within the radius plus this margin: the distance
 * of a clamped corner is not exactly the shortest on the sphere, and a cell too many costs a few
 * rows while a cell too few would lose matches.
 */
const CELL_MARGIN_KM = 0.5;

/**
 * The cell lexemes that cover a circle, on the finest grid that needs at most MAX_CELLS; empty if
 * none does. Only cells that reach into the circle count: the corners of its bounding box hold
 * about a fifth of the box's area, and every document there was read only to fail the distance.
 */
export function cellsCovering(circle: { lat: number; lon: number; radiusKm: number }): string[] {
  const box = boundingBox(circle, circle.radiusKm);
  const reach = circle.radiusKm * 1.01 + CELL_MARGIN_KM;
  for (const [scale, prefix] of [
    [10, "@"],
    [1, "@@"],
  ] as const) {
    const lat0 = Math.floor(box.minLat * scale);
    const lat1 = Math.floor(box.maxLat * scale);
    const lon0 = Math.floor(box.minLon * scale);
    const lon1 = Math.floor(box.maxLon * scale);
    // A circle fills more than half of its box: far more cells than allowed need no counting.
    if ((lat1 - lat0 + 1) * (lon1 - lon0 + 1) > 2 * MAX_CELLS) continue;
    const cells: string[] = [];
    for (let a = lat0; a <= lat1; a++) {
      // The cell's point nearest to the centre: the centre clamped into the cell.
      const lat = Math.min(Math.max(circle.lat, a / scale), (a + 1) / scale);
      for (let o = lon0; o <= lon1; o++) {
        const lon = Math.min(Math.max(circle.lon, o / scale), (o + 1) / scale);
        if (distanceKm(circle, { lat, lon }) <= reach) cells.push(`${prefix}${a}:${o}`);
      }
    }
    if (cells.length <= MAX_CELLS) return cells;
  }
  return [];
}

/** The sample lexemes of a document: "#1" for half of all ids, "#2" for a quarter of them, … */
export function sampleLexemes(id: string): string[] {
  const h = hash("sha256", id, "buffer").readUInt16BE(0);
  const out: string[] = [];
  for (let k = 1; k <= SAMPLE_LEVELS && h < 0x10000 >>> k; k++) out.push(sampleLexeme(k));
  return out;
}

export interface CollectedWords {
  words: string[];
  /** Word → how an author wrote it, first occurrence wins. */
  displays: Map<string, string>;
}

/** Most words, and sets of concepts, recur across thousands of documents (bounded tables, see Memo). */
const lexemesOfWord = Object.fromEntries(LANGS.map((l) => [l, new Memo<string[]>(100_000)])) as Record<
  (typeof LANGS)[number],
  Memo<string[]>
>;
/** The label words of a set of concepts: how each is written, and those for the vocabulary in order. */
export interface LabelWords {
  displays: ReadonlyMap<string, string>;
  terms: readonly string[];
}
const wordsOfConcepts = new Memo<LabelWords>(20_000);

export function labelWordsOf(conceptIds: readonly string[]): LabelWords {
  return wordsOfConcepts.get(conceptSetKey(conceptIds), () => {
    const displays = conceptMatcher().labelWords(conceptIds);
    return { displays, terms: [...displays.keys()].filter((t) => t.length <= MAX_TERM_LENGTH).sort() };
  });
}

/** Distinct folded words of these texts, remembering how each was written. */
export function collectWords(
  texts: readonly (string | null | undefined)[],
  displays = new Map<string, string>(),
): CollectedWords {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const span of tokenSpans(text)) {
      if (span.token.length > MAX_WORD_LENGTH) continue;
      words.add(span.token);
      if (!displays.has(span.token)) displays.set(span.token, text.slice(span.start, span.end));
    }
  }
  return { words: [...words].sort(), displays };
}

/**
 * Base-form lexemes of texts whose language is known (see morphology.ts). Names, places and
 * certifications are not inflected words and get none: "Schmied" stays a name.
 */
export function baseFormLexemes(
  texts: Partial<Record<(typeof LANGS)[number], string | null | undefined>>[],
): string[] {
  const out = new Set<string>();
  for (const byLang of texts) {
    for (const lang of LANGS) {
      const text = byLang[lang];
      if (!text) continue;
      for (const span of tokenSpans(text)) {
        if (span.token.length > MAX_TERM_LENGTH) continue;
        const written = text.slice(span.start, span.end);
        // The folded token follows from the written word, so the word is the key.
        const lexemes = lexemesOfWord[lang].get(written, () => indexLexemes(written, span.token, lang));
        for (const l of lexemes) out.add(l);
      }
    }
  }
  return [...out].sort();
}

/** Folded words of a name separated by single spaces ("Kovář a syn, s.r.o." → "kovar a syn s r o"). */
export function nameKey(name: string): string {
  return tokenSpans(name)
    .map((s) => s.token)
    .join(" ");
}

/** One search_documents row as sent to the database; the *_words arrays become tsvectors there. */
export interface DocumentRow {
  id: string;
  type: string;
  entity_id: string;
  organization_id: string | null;
  name: string;
  name_key: string;
  title: string;
  titles: Record<string, string>;
  slug: string;
  text_de: string | null;
  text_cs: string | null;
  text_en: string | null;
  text_languages: string[];
  concept_ids: string[];
  places: string[];
  geo_lat: number | null;
  geo_lon: number | null;
  country: string;
  region_id: string | null;
  city: string | null;
  industries: string[];
  certifications: string[];
  employees: string | null;
  languages: string[];
  starts_at: string | null;
  starts_at_ts: number | null;
  published_ts: number;
  expires_ts: number | null;
  verified: boolean;
  verified_by: { institutionName: string; verifiedAt: string } | null;
  content_hash: string;
  facet_group: number;
  /**
   * The document's own words for the vocabulary. The label words of its concepts count too, but
   * are stored once per set of concepts (search_concept_sets), not in every row.
   */
  terms: string[];
  name_words: string[];
  /** The name and title words plus the filter lexemes, for `title_tsv`. */
  title_words: string[];
  /** Own words plus concept, base-form, sample, place and filter lexemes, for `tsv`. */
  index_words: string[];
}

export interface BuiltRow {
  /** facet_group is assigned when the row is written. */
  row: DocumentRow;
  facets: FacetValues & { signature: string };
  /** How an author (or else a concept label) wrote one of the row's terms or label words. */
  display: (term: string) => string;
  /** The label words of the row's concepts, which count in the vocabulary with its own words. */
  labels: LabelWords;
  /** The row as a line of COPY's text format without content_hash and facet_group, as it was hashed. */
  line: string;
}

export function documentRow(doc: SearchDocument): BuiltRow {
  const titles = doc.titles ?? {};
  const titleTexts = Object.keys(titles).length ? Object.values(titles) : [doc.title];
  // Author's words first, so a display form comes from real text rather than a concept label.
  const displays = new Map<string, string>();
  // The name and titles recur in several word lists; tokenSpans splits each text once.
  const name = collectWords([doc.name], displays);
  const title = collectWords([doc.name, ...titleTexts], displays);
  const own = collectWords(
    [doc.name, ...titleTexts, ...LANGS.map((l) => doc.text[l]), ...doc.places, doc.city, ...doc.certifications],
    displays,
  );
  const conceptIds = doc.conceptIds ?? conceptMatcher().idsForLabels(doc.concepts);
  const labels = labelWordsOf(conceptIds);
  const display = (term: string) => displays.get(term) ?? labels.displays.get(term) ?? term;
  const samples = sampleLexemes(doc.id);
  const cells = cellLexemes(doc.geo);
  const filters = documentFilterLexemes(doc);
  const row: Omit<DocumentRow, "content_hash" | "facet_group"> = {
    id: doc.id,
    type: doc.type,
    entity_id: doc.entityId,
    organization_id: doc.organizationId ?? null,
    name: doc.name,
    name_key: nameKey(doc.name),
    title: doc.title,
    titles,
    slug: doc.slug,
    text_de: doc.text.de ?? null,
    text_cs: doc.text.cs ?? null,
    text_en: doc.text.en ?? null,
    text_languages: doc.textLanguages,
    concept_ids: conceptIds,
    places: doc.places,
    geo_lat: doc.geo?.lat ?? null,
    geo_lon: doc.geo?.lon ?? null,
    country: doc.country,
    region_id: doc.regionId,
    city: doc.city,
    industries: doc.industries,
    certifications: doc.certifications,
    employees: doc.employees,
    languages: doc.languages,
    starts_at: doc.startsAt,
    starts_at_ts: doc.startsAtTs,
    published_ts: doc.publishedTs,
    expires_ts: doc.expiresTs ?? null,
    verified: doc.verified ?? false,
    verified_by: doc.verifiedBy ?? null,
    terms: own.words.filter((t) => t.length <= MAX_TERM_LENGTH),
    name_words: name.words,
    // The title index answers the leading rank of a large result, where filters narrow too.
    title_words: [...title.words, ...filters],
    index_words: [
      ...own.words,
      ...conceptIds.map(conceptLexeme),
      ...baseFormLexemes([titles, doc.text]),
      ...new Set(name.words.flatMap(nameLexemes)),
      ...samples,
      ...cells,
      ...sampledCellLexemes(cells, samples.length),
      ...filters,
    ],
  };
  const line = copyLine(row);
  const content_hash = hash("sha256", line, "base64url");
  const facets = facetValues({
    type: doc.type,
    country: doc.country,
    region_id: doc.regionId,
    employees: doc.employees,
    industries: doc.industries,
    certifications: doc.certifications,
    languages: doc.languages,
  });
  return { row: { ...row, content_hash, facet_group: 0 }, facets, display, labels, line };
}
