// SPDX-License-Identifier: EUPL-1.2
/**
 * Base forms of single words in German, Czech and English, with no data of the portal's own,
 * so the browser can use it too (the industry picker matches the way search does).
 */
import StemmerCs from "@nlpjs/lang-cs/src/stemmer-cs";
import StemmerDe from "@nlpjs/lang-de/src/stemmer-de";
import StemmerEn from "@nlpjs/lang-en-min/src/stemmer-en";
import type { Lang } from "../i18n/localized";
import { foldText } from "./normalize";

interface Stemmer {
  stemWord(word: string): string;
}
const STEMMERS: Record<Lang, () => Stemmer> = {
  de: () => new StemmerDe(),
  cs: () => new StemmerCs(),
  en: () => new StemmerEn(),
};
const stemmers = new Map<Lang, Stemmer>();
const stemmer = (lang: Lang) => {
  let s = stemmers.get(lang);
  if (!s) stemmers.set(lang, (s = STEMMERS[lang]()));
  return s;
};

/** Shorter words are kept as they are: their stems ("kov", "bau") would match too much. */
const MIN_STEMMED_LENGTH = 4;
/** A base form shorter than this says too little to match on ("oce" from "ocelových"). */
const MIN_BASE_LENGTH = 4;

/**
 * Words whose base form would merge them with unrelated words ("customs" and "customers" are
 * both "custom" to the English stemmer); the concept dictionary's exact labels name them.
 */
let keepAsWritten: ReadonlySet<string> = new Set();

export function setWordsKeptAsWritten(words: Iterable<string>) {
  keepAsWritten = new Set(words);
  cache.clear();
}

// Endings whose long vowels the Czech stemmer needs to recognise them; a word typed or folded
// without diacritics is also stemmed with them put back ("prumyslovymi" as "průmyslovými").
const CZECH_ENDINGS: [RegExp, string][] = [
  [/ymi$/, "ými"],
  [/ych$/, "ých"],
  [/ym$/, "ým"],
  [/imi$/, "ími"],
  [/ich$/, "ích"],
  [/anim$/, "áním"],
  [/enim$/, "ením"],
  [/ani$/, "ání"],
  [/eni$/, "ení"],
  [/e$/, "é"],
  [/y$/, "ý"],
  [/a$/, "á"],
  [/i$/, "í"],
  [/u$/, "ů"],
];

function czechSpellings(folded: string): string[] {
  const out = [folded];
  // The e that nouns lose when inflected ("nábytek" → "nábytku", "hřebec" → "hřebce"): the
  // stemmer keeps it, so the inflected spelling is stemmed as well.
  if (/[^aeiouy]e[kcl]$/.test(folded)) out.push(folded.replace(/e([kcl])$/, "$1u"));
  // The genitive plural of feminine and neuter nouns has no ending at all ("pružin", "křesel",
  // "krabic"), and the stemmer cuts it differently from every other case: it is also stemmed as
  // the nominative it comes from ("pružina"), with a vowel the plural put in taken out again.
  if (folded.length >= 5 && /[^aeiouy]$/.test(folded)) {
    out.push(`${folded}a`);
    if (/[^aeiouy]e[^aeiouy]$/.test(folded)) out.push(`${folded.slice(0, -2)}${folded.slice(-1)}a`);
  }
  // The instrumental singular of masculine and neuter nouns ("tiskem", "strojem", "nábytkem"):
  // the stemmer cuts only its last letter, so it never meets the nominative ("tisk") or any
  // other case. It is also stemmed without the ending.
  if (folded.length >= 6 && /[^aeiouy]em$/.test(folded)) out.push(folded.slice(0, -2));
  for (const [ending, accented] of CZECH_ENDINGS) {
    if (ending.test(folded)) {
      out.push(folded.replace(ending, accented));
      break;
    }
  }
  return out;
}

export const baseLexeme = (lang: Lang, stem: string) => `^${lang}:${stem}`;

const cache = new Map<string, string[]>();
const CACHE_SIZE = 200_000;

/**
 * Base forms of one word in one language, folded. The Czech stemmer reads diacritics ("práce"
 * and "prací" differ only in them), so the word is stemmed as written and also as folded: a
 * visitor typing "frezovanim" gets the same base form as a text that was folded the same way.
 */
export function baseForms(written: string, lang: Lang): string[] {
  const key = `${lang}|${written}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lower = written.toLowerCase();
  const folded = foldText(lower);
  const out = new Set<string>();
  if ([...folded].length >= MIN_STEMMED_LENGTH && !keepAsWritten.has(folded) && !/\p{N}/u.test(folded)) {
    for (const form of lang === "cs" ? [lower, ...czechSpellings(folded)] : [lower]) {
      const stem = foldText(stemmer(lang).stemWord(form));
      if (stem.length >= MIN_BASE_LENGTH) out.add(stem);
    }
  }
  const forms = [...out];
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, forms);
  return forms;
}

