// SPDX-License-Identifier: EUPL-1.2
/**
 * Base forms of words, the same at index time and at query time, so "frézováním" finds
 * "frézování", "Drehteilen" finds "Drehteile" and "bending" finds "bend". Words are reduced with
 * the Snowball stemmers for German and English and Dolamic's Czech stemmer, as packaged by
 * nlp.js (base-forms.ts; docs/search-language.md says why these rather than Hunspell), and
 * German compounds are split into parts the portal's vocabulary knows
 * ("Kunststoffspritzgussteile" → kunststoff + spritzguss + teile).
 *
 * A base form is stored as its own lexeme, "^<lang>:<stem>", which the tokenizer can never
 * produce, so it never collides with a word as written. Each language only meets its own base
 * forms: the English stem of a Czech word means nothing.
 */
import { CONCEPTS, VOCABULARY_GERMAN_WORDS } from "./data/concepts";
import { baseForms, baseLexeme, setWordsKeptAsWritten } from "./base-forms";
import { LANGS, type Lang } from "../i18n/localized";
import { tokenize, tokenSpans } from "./normalize";

export { baseForms, baseLexeme } from "./base-forms";

setWordsKeptAsWritten(CONCEPTS.flatMap((c) => (c.exact ?? []).flatMap((label) => tokenize(label))));

/** Query words shorter than this match only as typed, the same rule as for typos. */
const MIN_QUERY_WORD = 5;
const CACHE_SIZE = 200_000;

// ---------------------------------------------------------------------------------------------
// German compounds

/** Parts shorter than this are not split off ("Bauer" is not "bau" + "er"). */
const MIN_PART = 3;
/** A modifier learned from the vocabulary's compounds is at least this long. */
const MIN_MODIFIER = 5;
/** …and only learned in front of heads of at least this length… */
const MIN_LEARNED_HEAD = 5;
/** …of which the vocabulary has at least this many different ones. */
const MIN_LEARNED_HEADS = 2;
/** Linking letters between the parts of a German compound (Fugenelemente). */
const LINKS = ["", "s", "es", "n", "en", "er", "e"];
/** A word splits into at most this many parts; more is guessing. */
const MAX_PARTS = 4;
/**
 * A known word is split again only from this length: "Kunststoffspritzguss" is two words,
 * "Kunststoff" or "Metall" is one, whatever syllables it happens to contain.
 */
const MIN_RESPLIT = 12;

let lexicon: Set<string> | null = null;

/**
 * German words the splitter may cut a compound into: every German word of the concept
 * dictionary and of the procurement vocabulary, and their base forms. It is the trade
 * vocabulary the portal is about, so a part is a word buyers search for, not an accidental
 * syllable.
 */
function germanLexicon(): Set<string> {
  if (lexicon) return lexicon;
  const words = new Set<string>();
  const add = (w: string) => {
    if (w.length < MIN_PART) return;
    words.add(w);
    for (const b of baseForms(w, "de")) words.add(b);
  };
  for (const c of CONCEPTS) for (const label of c.de) for (const w of tokenize(label)) add(w);
  for (const w of VOCABULARY_GERMAN_WORDS) add(w);
  // Modifiers the vocabulary only uses inside compounds: "präzision" from "Präzisionswaagen",
  // whose head "waagen" is a known word.
  // A modifier seen in front of one head only is more likely a syllable ("repara|turen").
  const heads = new Map<string, Set<string>>();
  for (const w of words) {
    for (let k = MIN_MODIFIER; k <= w.length - MIN_LEARNED_HEAD; k++) {
      const head = w.slice(k);
      if (!words.has(head)) continue;
      const modifier = w.slice(0, k);
      const link = LINKS.find((l) => l && modifier.endsWith(l) && modifier.length - l.length >= MIN_MODIFIER);
      const stem = link ? modifier.slice(0, -link.length) : modifier;
      heads.set(stem, (heads.get(stem) ?? new Set()).add(head));
    }
  }
  for (const [modifier, seen] of heads) if (seen.size >= MIN_LEARNED_HEADS) words.add(modifier);
  lexicon = words;
  return lexicon;
}

let headCounts: Map<string, number> | null = null;

/** A part that ends this many words of the vocabulary says only what kind of thing, not which. */
const GENERIC_HEAD_WORDS = 15;

/**
 * Whether a compound's last part is a generic head like "arbeiten", "teile" or "dienste": the
 * vocabulary ends many of its compounds with it. "Rohrbiegearbeiten" is about bending pipes;
 * "Federbetten" are beds, and "betten" is no generic head.
 */
export function isGenericHead(part: string): boolean {
  if (!headCounts) {
    const lex = germanLexicon();
    headCounts = new Map();
    for (const w of lex) {
      for (let k = MIN_PART; k <= w.length - 4; k++) {
        const head = w.slice(k);
        if (lex.has(head)) headCounts.set(head, (headCounts.get(head) ?? 0) + 1);
      }
    }
  }
  return (headCounts.get(part) ?? 0) >= GENERIC_HEAD_WORDS;
}

const splitCache = new Map<string, string[] | null>();

/** The fewest known parts (at least two) that make up the word, or null. */
function fewestParts(word: string, lex: ReadonlySet<string>): string[] | null {
  const n = word.length;
  // best[i]: fewest parts covering word[i..]
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - MIN_PART; i >= 0; i--) {
    let chosen: string[] | null = null;
    for (let j = n; j >= i + MIN_PART; j--) {
      const rest = best[j];
      if (!rest || rest.length + 1 > MAX_PARTS || (i === 0 && j === n)) continue;
      const piece = word.slice(i, j);
      // Linking letters sit between parts, never at the end of the word.
      const links = j === n ? [""] : LINKS;
      const part = links
        .filter((link) => piece.endsWith(link))
        .map((link) => (link ? piece.slice(0, -link.length) : piece))
        .find((stem) => stem.length >= MIN_PART && lex.has(stem));
      if (!part) continue;
      const candidate = [part, ...rest];
      if (!chosen || candidate.length < chosen.length) chosen = candidate;
    }
    best[i] = chosen;
  }
  return best[0];
}

/**
 * The parts of a folded German compound, each split again where it is itself a compound:
 * "kunststoffspritzgussteile" → kunststoff, spritzguss, teile. Null when the word does not
 * split into known parts.
 */
export function splitCompound(word: string): string[] | null {
  if (splitCache.has(word)) return splitCache.get(word)!;
  const lex = germanLexicon();
  const top = lex.has(word) && word.length < MIN_RESPLIT ? null : fewestParts(word, lex);
  const parts = top ? top.flatMap((p) => (p.length >= MIN_RESPLIT ? (splitCompound(p) ?? [p]) : [p])) : null;
  if (splitCache.size >= CACHE_SIZE) splitCache.clear();
  splitCache.set(word, parts);
  return parts;
}

/** Inflection endings of German nouns and verbs, longest first. */
const GERMAN_ENDINGS = ["ern", "en", "er", "es", "n", "e", "s"];

/**
 * The word of the lexicon an inflected German word comes from ("federn" → "feder"), when its
 * Snowball stem is too short to say it ("fed"): a compound part is such a lexicon word, and the
 * text that writes the word on its own must meet it.
 */
function knownGermanForm(folded: string): string | null {
  const lex = germanLexicon();
  for (const ending of GERMAN_ENDINGS) {
    if (!folded.endsWith(ending)) continue;
    const word = folded.slice(0, -ending.length);
    if (word.length >= MIN_QUERY_WORD && lex.has(word)) return word;
  }
  return null;
}

/**
 * Lexemes a document carries for one word of its text in a given language: the word's base
 * forms and, for German compounds, the base forms of each part.
 */
export function indexLexemes(written: string, folded: string, lang: Lang): string[] {
  const out = new Set<string>();
  for (const b of baseForms(written, lang)) out.add(baseLexeme(lang, b));
  if (lang === "de") {
    const known = knownGermanForm(folded);
    if (known) out.add(baseLexeme("de", known));
    for (const part of splitCompound(folded) ?? []) {
      out.add(baseLexeme("de", part));
      for (const b of baseForms(part, "de")) out.add(baseLexeme("de", b));
      const knownPart = knownGermanForm(part);
      if (knownPart) out.add(baseLexeme("de", knownPart));
    }
  }
  return [...out];
}

/**
 * Lexemes for the words of a company name: only the parts of German compounds, never base forms
 * of the name itself ("Schmied" stays a name), so "Präzisionsteile Zittau GmbH" is found for
 * "Präzisionsdrehteile" like a text that writes "Präzisionsteile".
 */
export function nameLexemes(folded: string): string[] {
  const parts = splitCompound(folded);
  if (!parts) return [];
  return [...new Set(parts.flatMap((p) => [baseLexeme("de", p), ...baseForms(p, "de").map((b) => baseLexeme("de", b))]))];
}

export interface QueryForms {
  /** Base-form lexemes of the word in each language; any of them is a match. */
  lexemes: string[];
  /** German compound: each part as alternatives; all parts must match. */
  parts: { word: string; lexemes: string[] }[] | null;
}

/** What a query word may match besides itself, in any of the portal's languages. */
export function queryForms(written: string, folded: string): QueryForms {
  // As with typos: a short query word means exactly itself ("Fräs" is not "Fräsen").
  if ([...folded].length < MIN_QUERY_WORD) return { lexemes: [], parts: null };
  const lexemes = new Set<string>();
  // A base form that is the word itself adds little (the word matches as typed) but costs an
  // index lookup on every query; only forms that differ are asked for. German keeps them all:
  // the parts of a document's compounds exist only as base forms ("stahl" in "Stahlbaugruppen").
  for (const lang of LANGS)
    for (const b of baseForms(written, lang)) if (lang === "de" || b !== folded) lexemes.add(baseLexeme(lang, b));
  const split = splitCompound(folded);
  return { lexemes: [...lexemes], parts: split ? split.map(partForms) : null };
}

function partForms(part: string): { word: string; lexemes: string[] } {
  const known = knownGermanForm(part);
  const forms = [baseLexeme("de", part), ...baseForms(part, "de").map((b) => baseLexeme("de", b))];
  if (known) forms.push(baseLexeme("de", known));
  return { word: part, lexemes: [...new Set(forms)] };
}

/**
 * The words a compound part is made of, when it is one ("rohrbieg" → rohr + bieg), for a query
 * that found too little with the part as a whole: a text that writes "biegen Rohre" has the
 * words, never the part.
 */
export function partWords(part: string): QueryForms["parts"] {
  const words = part.length >= 2 * MIN_PART ? fewestParts(part, germanLexicon()) : null;
  return words ? words.map(partForms) : null;
}

/**
 * Base forms and German compound parts of a document's words, as plain words, for an engine
 * that indexes words rather than lexemes (Meilisearch): the same readings the PostgreSQL index
 * gives them (indexLexemes, nameLexemes). "frézování" adds "frezovan",
 * "Kunststoffspritzgussteile" adds "kunststoff", "spritzguss", "teile", "Federn" the lexicon
 * word "feder" a compound part may be. Names get only their compound parts ("Präzisionsteile
 * Zittau" adds "prazision", "teile"), never base forms. Forms equal to a word of the text are
 * left out, the text has them already.
 */
export function documentForms(
  texts: readonly Partial<Record<Lang, string | null | undefined>>[],
  names: readonly (string | null | undefined)[] = [],
): string[] {
  const written = new Set<string>();
  const out = new Set<string>();
  for (const byLang of texts) {
    for (const lang of LANGS) {
      const text = byLang[lang];
      if (!text) continue;
      for (const span of tokenSpans(text)) {
        written.add(span.token);
        for (const f of wordForms(lang, text.slice(span.start, span.end), span.token)) out.add(f);
      }
    }
  }
  for (const name of names) if (name) for (const span of tokenSpans(name)) for (const f of compoundForms(span.token)) out.add(f);
  return [...out].filter((f) => !written.has(f)).sort();
}

// Most words recur in thousands of documents; their forms are worked out once (bounded tables).
const formsOfWord = new Map<string, string[]>();
const formsOfCompound = new Map<string, string[]>();

function remember<V>(table: Map<string, V>, key: string, value: V): V {
  if (table.size >= CACHE_SIZE) table.clear();
  table.set(key, value);
  return value;
}

/** documentForms of one folded word for a name: the parts of a German compound and their base forms. */
function compoundForms(folded: string): string[] {
  const hit = formsOfCompound.get(folded);
  if (hit) return hit;
  const out: string[] = [];
  for (const part of splitCompound(folded) ?? []) {
    out.push(part, ...baseForms(part, "de"));
    const known = knownGermanForm(part);
    if (known) out.push(known);
  }
  return remember(formsOfCompound, folded, out);
}

/** documentForms of one word of a text in a language (its folded form follows from the word as written). */
function wordForms(lang: Lang, written: string, folded: string): string[] {
  const key = `${lang}\u0000${written}`;
  const hit = formsOfWord.get(key);
  if (hit) return hit;
  const out = [...baseForms(written, lang)];
  if (lang === "de") {
    const known = knownGermanForm(folded);
    if (known) out.push(known);
    out.push(...compoundForms(folded));
  }
  return remember(formsOfWord, key, out);
}

/**
 * A query word as an engine that matches whole words with its own typo tolerance should look
 * for it: a German compound as its parts ("Präzisionsdrehteile" → "prazision drehteile"), which
 * documents carry in their forms (documentForms); a Czech word whose base form is further away
 * than the typo budget bridges, as that base form ("pružin" → "pruz"). Only Czech: its
 * inflections are the ones typo tolerance cannot bridge, and a German or English base form
 * ("dresd") would cost names and places their exact match. Anything else stays as typed.
 */
export function searchableForm(written: string, folded: string, lang: Lang, budget: number): string {
  if ([...folded].length < MIN_QUERY_WORD || budget === 0) return written;
  const parts = splitCompound(folded);
  if (parts) return parts.join(" ");
  if (lang !== "cs") return written;
  const bridged = (b: string) => b === folded || (folded.startsWith(b) && folded.length - b.length <= budget);
  // Documents that write the word as typed carry its other base forms too ("pružin" also as
  // "pružina"), so the one typo tolerance cannot reach is asked for.
  const far = baseForms(written, lang).filter((b) => !bridged(b));
  return far.sort((a, b) => a.length - b.length)[0] ?? written;
}
