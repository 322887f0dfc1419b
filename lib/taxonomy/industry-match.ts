// SPDX-License-Identifier: EUPL-1.2
/**
 * Finds NACE classes the way search finds companies: "Stahlbau", "Logistik" or "ocelové
 * konstrukce" name the classes behind them, not only the official wording. A class matches when
 * every query word is a word of its labels (in any language) or of a concept the dictionary ties
 * to it, as typed, as part of such a word ("stroj" in "Strojírenství"), or in another
 * inflected form. Pure, so the
 * industry picker runs it in the browser.
 */
import { LANGS } from "../i18n/localized";
import { baseForms } from "../search/base-forms";
import { tokenSpans } from "../search/normalize";
import type { NaceEntry } from "./nace-data";

export interface IndustryTerms {
  code: string;
  /** Words of the class's labels and of the concepts tied to it, folded. */
  words: string[];
  /** Their base forms in every language. */
  bases: Set<string>;
}

/** Concept labels per language, with the NACE classes the dictionary ties them to. */
export interface ConceptForIndustries {
  de: readonly string[];
  cs: readonly string[];
  en: readonly string[];
  nace?: readonly string[];
}

/** Shorter pieces of words ("st") would name half the taxonomy; from this length, any part of a word counts. */
const MIN_PREFIX = 3;

function addText(text: string, words: Set<string>, bases: Set<string>) {
  for (const s of tokenSpans(text)) {
    words.add(s.token);
    for (const lang of LANGS) for (const b of baseForms(text.slice(s.start, s.end), lang)) bases.add(`${lang}:${b}`);
  }
}

/** Search terms of each entry: its labels, and the labels of concepts tied to it or to a class below it. */
export function industryTerms(
  entries: readonly NaceEntry[],
  concepts: readonly ConceptForIndustries[],
): IndustryTerms[] {
  return entries.map((e) => {
    const words = new Set<string>();
    const bases = new Set<string>();
    addText(`${e.code} ${e.de} ${e.cs} ${e.en}`, words, bases);
    for (const c of concepts) {
      if (!c.nace?.some((n) => n === e.code || n.startsWith(`${e.code}.`))) continue;
      for (const label of [...c.de, ...c.cs, ...c.en]) addText(label, words, bases);
    }
    return { code: e.code, words: [...words], bases };
  });
}

/** Codes whose terms match every word of the query, in the order of `terms`. */
export function matchIndustries(terms: readonly IndustryTerms[], query: string): string[] {
  const spans = tokenSpans(query);
  if (!spans.length) return terms.map((t) => t.code);
  const words = spans.map((s) => ({
    word: s.token,
    bases: LANGS.flatMap((lang) => baseForms(query.slice(s.start, s.end), lang).map((b) => `${lang}:${b}`)),
  }));
  return terms
    .filter((t) =>
      words.every(
        (w) =>
          t.words.some((tw) => tw === w.word || (w.word.length >= MIN_PREFIX && tw.includes(w.word))) ||
          w.bases.some((b) => t.bases.has(b)),
      ),
    )
    .map((t) => t.code);
}
