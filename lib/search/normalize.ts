// SPDX-License-Identifier: EUPL-1.2
/**
 * Text folding and typo rules shared by every engine, the document builder and the concept
 * matcher, so that "Plzeň", "PLZEN" and "plzen" are the same word everywhere.
 */

// Letters that NFD does not decompose into base letter + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ı: "i",
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");
const WORD_RE = /[\p{L}\p{N}]+/gu;
/**
 * A word as written: letters and digits, with the combining marks of decomposed letters inside
 * it ("Zu\u0308rich" is one word), which folding then removes.
 */
const WRITTEN_WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Lowercase, without diacritics: "Ústí nad Labem" → "usti nad labem", "Straße" → "strasse". */
export function foldText(text: string): string {
  return text
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c])
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * A bounded table of computed values: emptied when full, so memory stays bounded on any
 * directory size. Indexing meets most words, sets of concepts and texts again and again.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string, compute: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, (value = compute()));
    }
    return value;
  }
}

/**
 * Indexing splits each text of a document in several steps (concepts, base forms, the index
 * row), one document after another; the splits of the last few texts are kept, so each step
 * after the first finds them. The results are shared: callers must not change them.
 */
const RECENT_TEXTS = 32;
const recentTokens = new Memo<readonly string[]>(RECENT_TEXTS);
const recentSpans = new Memo<readonly TokenSpan[]>(RECENT_TEXTS);

/** Folded words of a text; punctuation and hyphens separate words ("CNC-Fräsen" → cnc, frasen). */
export function tokenize(text: string): readonly string[] {
  // The words of tokenSpans, so a text that is indexed and matched to concepts is split once.
  return recentTokens.get(text, () => tokenSpans(text).map((s) => s.token));
}

export interface TokenSpan {
  /** Folded form of the word. */
  token: string;
  /** Position of the word in the original text, for highlighting. */
  start: number;
  end: number;
}

// Indexing folds the same words over and over; remembering them saves most of the work.
const foldedWords = new Memo<string | null>(200_000);

/** A word of ASCII letters and digits only: folding it is lowercasing it. */
const ASCII_WORD = /^[\x00-\x7f]+$/;

function foldWord(word: string): string | null {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  // A folded word can itself contain a separator only in exotic scripts; keep its first part.
  return foldedWords.get(word, () => foldText(word).match(WORD_RE)?.[0] ?? null);
}

/** Like tokenize, but keeps where each word sits in the original text. */
export function tokenSpans(text: string): readonly TokenSpan[] {
  return recentSpans.get(text, () => splitSpans(text));
}

function splitSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const m of text.matchAll(WRITTEN_WORD_RE)) {
    const token = foldWord(m[0]);
    if (token) spans.push({ token, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

const HAS_DIGIT = /\p{N}/u;

/**
 * How many typos a query word may contain: none under 5 letters, one from 5, two from 9.
 * Words with digits (ISO 9001, EN 1090, postal codes) must match exactly: "9002" is not "9001".
 */
export function typoBudget(word: string): 0 | 1 | 2 {
  if (HAS_DIGIT.test(word)) return 0;
  const length = [...word].length;
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbouring letters
 * as one edit each (optimal string alignment). Returns max + 1 as soon as the distance is
 * known to exceed max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[t.length], max + 1);
}

/**
 * Typos between a query word and a candidate. A wrong first letter counts twice, as in
 * Meilisearch: people rarely mistype it, and "kaleni" (hardening) must not find "baleni" (packaging).
 */
export function typoDistance(queryWord: string, candidate: string, max = Infinity): number {
  const firstDiffers = [...queryWord][0] !== [...candidate][0] ? 1 : 0;
  return Math.min(max + 1, editDistance(queryWord, candidate, max - firstDiffers) + firstDiffers);
}

/** True when `candidate` is an acceptable spelling of the query word under the typo budget. */
export function withinTypoBudget(queryWord: string, candidate: string): boolean {
  const budget = typoBudget(queryWord);
  if (budget === 0) return queryWord === candidate;
  return typoDistance(queryWord, candidate, budget) <= budget;
}

export interface QueryWord {
  /** Folded word. */
  word: string;
  /** As typed, for "did you mean" texts. */
  original: string;
  /** Search-as-you-type: the last word also matches longer words starting with it. */
  prefix: boolean;
  budget: 0 | 1 | 2;
}

/** More words than this add nothing but cost; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_WORDS = 10;

/**
 * Splits a query into words. With `prefix` the last word counts as unfinished (prefix match), as
 * in search-as-you-type boxes; the caller says so explicitly, nothing in the text does.
 */
export function parseQuery(q: string, prefix = true): QueryWord[] {
  const all = tokenSpans(q);
  const spans = all.slice(0, MAX_QUERY_WORDS);
  // The cut-off rest of a pasted paragraph is not being typed.
  const endsOpen = prefix && spans.length > 0 && all.length <= MAX_QUERY_WORDS;
  return spans.map((s, i) => ({
    word: s.token,
    original: q.slice(s.start, s.end),
    prefix: endsOpen && i === spans.length - 1,
    budget: typoBudget(s.token),
  }));
}

/** Writes `word` the way the user wrote `like`: "Fräsen" for "Frässen", "fräsen" for "frässen", "FRÄSEN" for "FRÄSSEN". */
export function matchCase(word: string, like: string): string {
  const letters = like.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return word.toUpperCase();
  const first = [...letters][0];
  const capital = first !== undefined && first !== first.toLowerCase();
  const rest = word.slice([...word][0]?.length ?? 0);
  const head = [...word][0] ?? "";
  return (capital ? head.toUpperCase() : head.toLowerCase()) + (capital ? rest : rest.toLowerCase());
}
