// SPDX-License-Identifier: EUPL-1.2
/**
 * Finds dictionary concepts (milling, welding, …) in descriptions and titles, so a document
 * written only in Czech also carries the German and English words for what it offers.
 * Only ever run it over descriptive text: company and person names stay names
 * ("Kovář a syn" is a family, not a forge).
 */
import { LANGS, type Lang } from "../i18n/localized";
import type { Concept } from "./data/concept-type";
import { CONCEPTS } from "./data/concepts";
import { baseForms, splitCompound } from "./morphology";
import { Memo, tokenize, tokenSpans } from "./normalize";

export interface ConceptMatch {
  conceptId: string;
  /** Index of the first and one past the last matched token. */
  start: number;
  end: number;
  /** Matched through a label with a common other sense (see Concept.ambiguous). */
  ambiguous?: boolean;
}

/** Inflection is only guessed for words at least this long; shorter ones must match exactly. */
const MIN_STEMMED_LENGTH = 6;
/** A stem never gets shorter than this, so "kov" or "fras" cannot match half the language. */
const MIN_STEM = 5;
/** Letters an inflected form may add after the stem ("frezov" + "ani", "schweiss" + "ung"). */
const MAX_ENDING = 4;

// Folded endings, longest first per language. Only the variant's own language is used, so an
// English "-ed" never turns the German "Schmied" into "schmi" (which would match "Schmidt").
const ENDINGS: Record<Lang, string[]> = {
  de: ["ungen", "ung", "en", "er", "es", "em", "e", "n", "s"],
  cs: [
    "ovani",
    "ovat",
    "ujeme",
    "eni",
    "ani",
    "ami",
    "ach",
    "emi",
    "ych",
    "ymi",
    "ou",
    "em",
    "ym",
    "y",
    "a",
    "e",
    "i",
    "u",
    "o",
  ],
  en: ["ings", "ing", "ers", "er", "ed", "es", "s"],
};

export function stemOf(token: string, lang: Lang): string {
  if (token.length < MIN_STEMMED_LENGTH) return token;
  for (const ending of ENDINGS[lang]) {
    if (token.endsWith(ending) && token.length - ending.length >= MIN_STEM) return token.slice(0, -ending.length);
  }
  return token;
}

interface VariantToken {
  token: string;
  stem: string;
  exact?: boolean;
  lang: Lang;
  /** Snowball base forms in the label's language (see morphology.ts). */
  bases: readonly string[];
}

/** Label words shorter than this match inflected forms only through the suffix rules above. */
const MIN_BASE_FORM_WORD = 5;
/**
 * Czech label words of four letters ("tisk", "lití") still inflect through their base forms:
 * the stemmer keeps them whole, so only their own cases ("tisku", "tiskem") share the base.
 */
const MIN_CZECH_BASE_FORM_WORD = 4;
/** A word ending in "-er" is read as a tradesman from this length on ("Maler", not "Ober"). */
const MIN_TRADESMAN = 5;
/** Languages in which a query word names the concepts of label words with its base form. */
const BASE_FORM_WORD_LANGS: readonly Lang[] = ["cs", "en"];
const minBaseFormWord = (lang: Lang) => (lang === "cs" ? MIN_CZECH_BASE_FORM_WORD : MIN_BASE_FORM_WORD);

interface Variant {
  conceptId: string;
  tokens: VariantToken[];
  ambiguous: boolean;
}

/** Czech endings of one vowel a short word takes in its cases ("aut" → "auta", "dům" → "domu" aside). */
const CZECH_SHORT_ENDINGS = new Set(["a", "e", "i", "o", "u", "y"]);
/** A label word this short inflects only after a word of the label matched ("oprava aut"). */
const MIN_SHORT_INFLECTED = 3;

/**
 * Whether a text token is this label token. `following`: an earlier word of the same label
 * matched already, which is context enough to read a short Czech word in another case
 * ("oprava auta" is the label "oprava aut"); alone, "aut" → "auta" would be a guess.
 */
function tokenMatches(text: string, v: VariantToken, following = false): boolean {
  if (text === v.token) return true;
  if (v.exact) return false;
  if (
    following &&
    v.lang === "cs" &&
    v.token.length >= MIN_SHORT_INFLECTED &&
    v.token.length < MIN_BASE_FORM_WORD &&
    text.length === v.token.length + 1 &&
    text.startsWith(v.token) &&
    CZECH_SHORT_ENDINGS.has(text[text.length - 1])
  )
    return true;
  // The same base form as the search uses: "pracemi" is "práce", "zámečnickými" "zámečnické".
  if (v.bases.length && text.length >= MIN_BASE_FORM_WORD && baseForms(text, v.lang).some((b) => v.bases.includes(b)))
    return true;
  if (v.token.length < MIN_STEMMED_LENGTH) return false;
  // Compound words start with the full variant ("Schweißtechnik" after "schweiss…" is handled by the stem).
  if (text.startsWith(v.token)) return true;
  return text.startsWith(v.stem) && text.length - v.stem.length <= MAX_ENDING;
}

const baseKey = (lang: Lang, base: string) => `^${lang}:${base}`;

export interface ConceptMatcher {
  /** Concepts found in the folded tokens of one text, in order of appearance. */
  matchTokens(tokens: readonly string[]): ConceptMatch[];
  /** Ids of the concepts mentioned anywhere in these texts. */
  conceptIds(texts: readonly (string | null | undefined)[], industries?: readonly string[]): string[];
  /**
   * Ids of the concepts the heads of German compounds in these texts name: a "Landbrauerei" is a
   * "Brauerei", "Handbuchbinderei" a "Buchbinderei", "Fassbier" is "Bier". The head says what
   * the thing is; the modifier only which kind ("Kunststofffenster" are windows, not plastics).
   */
  compoundHeadIds(germanTexts: readonly (string | null | undefined)[], industries?: readonly string[]): string[];
  /**
   * Every label of these concepts in all three languages, without duplicates. The same sets
   * recur across thousands of documents, so each set's list is kept and shared: callers must
   * not change it.
   */
  labels(conceptIds: readonly string[]): string[];
  /**
   * Concepts a single (folded) query word names: a word of one of their labels, an inflected
   * form of a label, or, for an unfinished word, the beginning of a label word.
   */
  conceptsForWord(word: string, prefix?: boolean): string[];
  /** Ids of the concepts these exact labels belong to (for documents that carry labels only). */
  idsForLabels(labels: readonly string[]): string[];
  /** Folded words of these concepts' labels, each with the label word as written. */
  labelWords(conceptIds: readonly string[]): ReadonlyMap<string, string>;
}

/** A compound's head names a concept from this length on ("Bier" in "Fassbier"). */
const MIN_HEAD = 4;

/** A set of concepts as one key, the same for the same list of ids; "" for none. */
export const conceptSetKey = (conceptIds: readonly string[]) => conceptIds.join("\u0000");
export const conceptIdsOfKey = (key: string): string[] => (key ? key.split("\u0000") : []);

/** Words whose startable labels are remembered (see startingAt). */
const STARTABLE_WORDS = 100_000;
/** Sets of concepts whose labels are kept (see ConceptMatcher.labels). */
const LABEL_SETS = 20_000;
const NO_VARIANTS: readonly Variant[] = [];

/** Unfinished words shorter than this would name half the dictionary ("s…", "sv…"). */
const MIN_CONCEPT_PREFIX = 3;

export function createConceptMatcher(concepts: readonly Concept[]): ConceptMatcher {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  // Keyed by the first token's stem (or the token itself when it is short); a text token is
  // looked up under itself and under each of its prefixes that could be a stem.
  const index = new Map<string, Variant[]>();
  for (const c of concepts) {
    for (const lang of ["de", "cs", "en"] as const) {
      for (const label of c[lang]) {
        const exact = c.exact?.includes(label) ?? false;
        const tokens: VariantToken[] = tokenSpans(label).map(({ token, start, end }) => ({
          token,
          stem: exact ? token : stemOf(token, lang),
          exact,
          lang,
          bases: exact || token.length < minBaseFormWord(lang) ? [] : baseForms(label.slice(start, end), lang),
        }));
        if (!tokens.length) continue;
        const variant = { conceptId: c.id, tokens, ambiguous: c.ambiguous?.includes(label) ?? false };
        for (const key of [tokens[0].stem, ...tokens[0].bases.map((b) => baseKey(lang, b))]) {
          const list = index.get(key) ?? [];
          list.push(variant);
          index.set(key, list);
        }
      }
    }
  }

  // Every word of every label → concepts, and the same words sorted for prefix lookups.
  const byLabelWord = new Map<string, Set<string>>();
  for (const variants of index.values()) {
    for (const v of variants) {
      for (const t of v.tokens) byLabelWord.set(t.token, (byLabelWord.get(t.token) ?? new Set()).add(v.conceptId));
    }
  }
  // The same by base form in the label's language, so an inflected query word names what its
  // base form names: "tiskem" what "tisk" does, "bookbinder" what "bookbinding" does. Czech
  // cases and English word forms only: German label words already cover their inflections
  // through the endings above, and a German base form ("fenst") would reach every compound label.
  // Only a label's last word, its noun in both languages: the adjective before it ("průmyslové"
  // of "průmyslové čištění") would, in every case, name dozens of industrial concepts.
  const byLabelWordBase = new Map<string, Set<string>>();
  for (const variants of index.values()) {
    for (const v of variants) {
      const t = v.tokens[v.tokens.length - 1];
      if (!BASE_FORM_WORD_LANGS.includes(t.lang)) continue;
      for (const b of t.bases) {
        const key = baseKey(t.lang, b);
        byLabelWordBase.set(key, (byLabelWordBase.get(key) ?? new Set()).add(v.conceptId));
      }
    }
  }
  const labelWords = [...byLabelWord.keys()].sort();
  const wordsOfConcept = new Map<string, Map<string, string>>();
  const byLabel = new Map<string, string[]>();
  for (const c of concepts)
    for (const label of [...c.de, ...c.cs, ...c.en]) byLabel.set(label, [...(byLabel.get(label) ?? []), c.id]);

  /**
   * Ids of the matched concepts. Without `industries` every match counts (queries, labels);
   * with them, a concept named only through ambiguous labels counts when the document works in
   * one of the concept's NACE divisions.
   */
  function inContext(found: readonly ConceptMatch[], industries?: readonly string[]): string[] {
    const ids = new Set<string>();
    const weak = new Set<string>();
    for (const m of found) (m.ambiguous && industries ? weak : ids).add(m.conceptId);
    const divisions = new Set((industries ?? []).filter((i) => /^\d\d/.test(i)).map((i) => i.slice(0, 2)));
    for (const id of weak) {
      if (ids.has(id)) continue;
      if (byId.get(id)?.nace?.some((n) => divisions.has(n.slice(0, 2)))) ids.add(id);
    }
    return [...ids];
  }

  function startingWith(prefix: string): string[] {
    let lo = 0;
    let hi = labelWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (labelWords[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < labelWords.length && labelWords[i].startsWith(prefix); i++) out.push(labelWords[i]);
    return out;
  }

  function candidates(token: string): Variant[] {
    const found: Variant[] = [];
    const exact = index.get(token);
    if (exact) found.push(...exact);
    for (let k = MIN_STEM; k < token.length; k++) {
      const list = index.get(token.slice(0, k));
      if (list) found.push(...list);
    }
    if (token.length >= MIN_BASE_FORM_WORD) {
      for (const lang of LANGS) {
        for (const b of baseForms(token, lang)) {
          const list = index.get(baseKey(lang, b));
          if (list) found.push(...list);
        }
      }
    }
    return found;
  }

  // Which labels a word can start does not depend on the text around it, and most words recur
  // in thousands of documents: each word's list is worked out once (bounded, emptied when full).
  const startable = new Map<string, readonly Variant[]>();
  const labelsOfSet = new Memo<string[]>(LABEL_SETS);
  function startingAt(token: string): readonly Variant[] {
    let list = startable.get(token);
    if (!list) {
      const found = [...new Set(candidates(token))].filter((v) => tokenMatches(token, v.tokens[0]));
      list = found.length ? found : NO_VARIANTS;
      if (startable.size >= STARTABLE_WORDS) startable.clear();
      startable.set(token, list);
    }
    return list;
  }

  /** Whether the label's words after its first follow in the text from position i + 1. */
  function followedBy(tokens: readonly string[], i: number, v: Variant): boolean {
    for (let k = 1; k < v.tokens.length; k++) if (!tokenMatches(tokens[i + k], v.tokens[k], true)) return false;
    return true;
  }

  function matchTokens(tokens: readonly string[]): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no label at all; the set of matched concepts is made for the rest only.
      const variants = startingAt(tokens[i]);
      if (!variants.length) continue;
      let seen: Set<string> | undefined;
      for (const v of variants) {
        if (i + v.tokens.length > tokens.length || seen?.has(v.conceptId) || !followedBy(tokens, i, v)) continue;
        (seen ??= new Set()).add(v.conceptId);
        matches.push({ conceptId: v.conceptId, start: i, end: i + v.tokens.length, ...(v.ambiguous ? { ambiguous: true } : {}) });
      }
    }
    return matches;
  }

  return {
    matchTokens,
    conceptIds(texts, industries) {
      const found: ConceptMatch[] = [];
      for (const text of texts) if (text) found.push(...matchTokens(tokenize(text)));
      return inContext(found, industries);
    },
    compoundHeadIds(germanTexts, industries) {
      const found: ConceptMatch[] = [];
      for (const text of germanTexts) {
        if (!text) continue;
        for (const token of new Set(tokenize(text))) {
          const parts = splitCompound(token);
          if (!parts) continue;
          let at = 0;
          for (let k = 0; k < parts.length; k++) {
            const start = token.indexOf(parts[k], at);
            if (start < 0) break;
            at = start + parts[k].length;
            const head = token.slice(start);
            if (k === 0 || head.length < MIN_HEAD) continue;
            found.push(...matchTokens([head]));
          }
        }
      }
      return inContext(found, industries);
    },
    conceptsForWord(word, prefix = false) {
      const ids = new Set(byLabelWord.get(word) ?? []);
      for (const m of matchTokens([word])) ids.add(m.conceptId);
      // German names a trade by the tradesman as often as by the workshop: a "Tischler" runs a
      // "Tischlerei", a "Polsterer" a "Polsterei", a "Schlosser" a "Schlosserei".
      if (word.length >= MIN_TRADESMAN && word.endsWith("er")) {
        for (const workshop of [`${word}ei`, `${word.slice(0, -2)}ei`]) for (const m of matchTokens([workshop])) ids.add(m.conceptId);
      }
      // An English word only when it names nothing as written: the stemmer's base forms join
      // words a buyer keeps apart ("machining" and "machine" are both "machin"), Czech cases not.
      const namedAsWritten = ids.size > 0;
      if (word.length >= MIN_BASE_FORM_WORD) {
        for (const lang of BASE_FORM_WORD_LANGS) {
          if (lang === "en" && namedAsWritten) continue;
          for (const b of baseForms(word, lang)) for (const id of byLabelWordBase.get(baseKey(lang, b)) ?? []) ids.add(id);
        }
      }
      if (prefix && word.length >= MIN_CONCEPT_PREFIX) {
        for (const w of startingWith(word)) for (const id of byLabelWord.get(w)!) ids.add(id);
      }
      return [...ids].sort();
    },
    labelWords(conceptIds) {
      const out = new Map<string, string>();
      for (const id of conceptIds) {
        let words = wordsOfConcept.get(id);
        if (!words) {
          words = new Map();
          const c = byId.get(id);
          for (const label of c ? [...c.de, ...c.cs, ...c.en] : []) {
            for (const s of tokenSpans(label)) if (!words.has(s.token)) words.set(s.token, label.slice(s.start, s.end));
          }
          wordsOfConcept.set(id, words);
        }
        for (const [w, display] of words) if (!out.has(w)) out.set(w, display);
      }
      return out;
    },
    idsForLabels(labels) {
      const ids = new Set<string>();
      for (const label of labels) for (const id of byLabel.get(label) ?? []) ids.add(id);
      return [...ids].sort();
    },
    labels(conceptIds) {
      return labelsOfSet.get(conceptSetKey(conceptIds), () => {
        const out = new Set<string>();
        for (const id of conceptIds) {
          const c = byId.get(id);
          if (!c) continue;
          for (const label of [...c.de, ...c.cs, ...c.en]) out.add(label);
        }
        return [...out];
      });
    },
  };
}

let defaultMatcher: ConceptMatcher | null = null;

/** The matcher over the portal's concept dictionary, built on first use. */
export function conceptMatcher(): ConceptMatcher {
  defaultMatcher ??= createConceptMatcher(CONCEPTS);
  return defaultMatcher;
}

/** All-language labels of the concepts mentioned in these descriptive texts. */
export function conceptLabels(texts: readonly (string | null | undefined)[]): string[] {
  const m = conceptMatcher();
  return m.labels(m.conceptIds(texts));
}
