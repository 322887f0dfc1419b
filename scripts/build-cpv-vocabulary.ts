// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds the long-tail layer of the concept dictionary from the EU's Common Procurement
 * Vocabulary (CPV 2008, about 9,450 goods and services named in German, Czech and English).
 * See lib/search/data/cpv/SOURCE.md for where the labels come from and their licence.
 *
 *   npx tsx scripts/build-cpv-vocabulary.ts [<translations folder>]
 *
 * With a folder (the eForms SDK's translations/ with code_de.xml, code_cs.xml, code_en.xml) the
 * labels are first extracted into lib/search/data/cpv/cpv-labels.tsv, the committed source.
 * Without one, that file is read as it is. Either way cpv-vocabulary.json is written from it:
 *
 * - concepts: CPV entries named in a few words in all three languages ("Kühlschränke" /
 *   "Chladničky" / "Refrigerators"). Long headings ("Maschinen für die Erzeugung und Nutzung
 *   von mechanischer Energie") would never occur in a company's text, and entries named by one
 *   word that dozens of other headings also use ("Teile", "Systeme") say nothing. Entries that
 *   the hand-made dictionary already covers are left out: the hand-made layer wins.
 * - germanWords: every German word of the vocabulary, the parts the compound splitter may cut
 *   a German word into ("Präzision", "Pulver", "Beschichtung").
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HAND_MADE_CONCEPTS } from "../lib/search/data/hand-made-concepts";
import { tokenize } from "../lib/search/normalize";

const DIR = "lib/search/data/cpv";
const LABELS = path.join(DIR, "cpv-labels.tsv");
const OUT = path.join(DIR, "cpv-vocabulary.json");
const LANGS = ["de", "cs", "en"] as const;

/** A usable label has at most this many words. */
const MAX_LABEL_WORDS = 3;
/** A one-word label used in more headings than this is too general to be a concept. */
const MAX_WORD_HEADINGS = 25;
/** A service heading's trade word (serviceCore) alone is a label only from this length. */
const MIN_CORE = 5;
/** Shorter German words are not offered to the compound splitter. */
const MIN_GERMAN_WORD = 4;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** code → label from one translations file: `<entry key="code|name|cpv.03000000">…</entry>`. */
function readTranslations(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readFileSync(file, "utf8").matchAll(/<entry key="code\|name\|cpv\.(\d{8})">([^<]*)<\/entry>/g))
    out.set(m[1], decode(m[2]).replace(/\s+/g, " ").trim());
  return out;
}

function extract(folder: string) {
  const byLang = LANGS.map((l) => readTranslations(path.join(folder, `code_${l}.xml`)));
  const codes = [...byLang[0].keys()].filter((c) => byLang.every((m) => m.get(c))).sort();
  if (codes.length < 9000) throw new Error(`only ${codes.length} CPV codes with all three labels in ${folder}`);
  const lines = ["code\tde\tcs\ten", ...codes.map((c) => [c, ...byLang.map((m) => m.get(c)!)].join("\t"))];
  writeFileSync(LABELS, `${lines.join("\n")}\n`);
  console.log(`extracted ${codes.length} CPV codes into ${LABELS}`);
}

interface Row {
  code: string;
  de: string;
  cs: string;
  en: string;
}

function readLabels(): Row[] {
  const [, ...lines] = readFileSync(LABELS, "utf8").trimEnd().split("\n");
  return lines.map((line) => {
    const [code, de, cs, en] = line.split("\t");
    return { code, de, cs, en };
  });
}

// Parenthesised parts qualify a heading ("Kühlschränke (gewerblich)") and are never written so.
const clean = (label: string) => label.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();

/**
 * The trade a service heading names, as a company writes it: "Bookbinding services" →
 * "Bookbinding", "Buchbinderdienste" → "Buchbinder", "Dienstleistungen von Polsterern" →
 * "Polsterern", "Čalounické služby" → "Čalounické". A firm writes "Buchbinderei", not
 * "Buchbinderdienste".
 */
const SERVICE_HEADINGS: Record<(typeof LANGS)[number], RegExp[]> = {
  de: [/^(\p{L}{5,}?)(?:dienste|dienstleistungen)$/u, /^Dienstleistungen (?:von|für|im Bereich|der|des) (.+)$/u],
  cs: [/^(.+) služby$/u, /^Služby (?:v oblasti )?(.+)$/u],
  en: [/^(.+) services?$/u, /^Services? (?:of|for) (.+)$/u],
};

/** "Other hotel services" is a catch-all heading; "Other hotel" names nothing a firm writes. */
const CATCH_ALL = /^(?:other|sonstige|andere|jiné|ostatní|různé|miscellaneous|general)(?=\s|$)/iu;

function serviceCore(label: string, lang: (typeof LANGS)[number]): string | null {
  for (const pattern of SERVICE_HEADINGS[lang]) {
    const m = pattern.exec(label);
    if (!m || CATCH_ALL.test(m[1])) continue;
    // A German compound's linking s stays with the service word: "Luftrettungsdienste" → "Luftrettung".
    return lang === "de" ? m[1].trim().replace(/(ung|ion|tät|heit|keit|schaft)s$/u, "$1") : m[1].trim();
  }
  return null;
}

function build() {
  const rows = readLabels();
  // A heading the hand-made dictionary already uses as a label, in any language, is its concept.
  const handLabels = new Set(
    HAND_MADE_CONCEPTS.flatMap((c) => LANGS.flatMap((lang) => c[lang].map((l) => tokenize(l).join(" ")))),
  );
  const headingsWithWord = new Map<string, number>();
  for (const r of rows)
    for (const lang of LANGS)
      for (const w of new Set(tokenize(r[lang]))) headingsWithWord.set(`${lang}:${w}`, (headingsWithWord.get(`${lang}:${w}`) ?? 0) + 1);

  const concepts: { id: string; de: string[]; cs: string[]; en: string[] }[] = [];
  const seenLabels = new Set<string>();
  let covered = 0;
  for (const r of rows) {
    const labels = LANGS.map((lang) => clean(r[lang]));
    const usable = labels.every((label, i) => {
      const words = tokenize(label);
      if (!words.length || words.length > MAX_LABEL_WORDS || /[,;/]/.test(label)) return false;
      return words.length > 1 || (headingsWithWord.get(`${LANGS[i]}:${words[0]}`) ?? 0) <= MAX_WORD_HEADINGS;
    });
    if (!usable) continue;
    // Hand-made concepts are the precise layer: a heading they already name adds nothing.
    if (labels.some((label) => handLabels.has(tokenize(label).join(" ")))) {
      covered++;
      continue;
    }
    // Several codes share a heading ("Siegel"); the first, most general one stands for all.
    const key = labels.map((l) => tokenize(l).join(" ")).join("|");
    if (seenLabels.has(key)) continue;
    seenLabels.add(key);
    const [de, cs, en] = LANGS.map((lang, i) => {
      const core = serviceCore(labels[i], lang);
      const words = core ? tokenize(core) : [];
      const telling =
        words.length > 1 || (words.length === 1 && words[0].length >= MIN_CORE && (headingsWithWord.get(`${lang}:${words[0]}`) ?? 0) <= MAX_WORD_HEADINGS);
      return telling && !handLabels.has(words.join(" ")) ? [labels[i], core!] : [labels[i]];
    });
    concepts.push({ id: `cpv-${r.code}`, de, cs, en });
  }

  const germanWords = new Set<string>();
  for (const r of rows) for (const w of tokenize(r.de)) if (w.length >= MIN_GERMAN_WORD) germanWords.add(w);

  const out = {
    source: "CPV 2008 labels from the eForms SDK translations (see SOURCE.md)",
    concepts,
    germanWords: [...germanWords].sort(),
  };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  console.log(
    `${rows.length} CPV codes → ${concepts.length} concepts (${covered} already in the hand-made dictionary), ${germanWords.size} German words → ${OUT}`,
  );
}

const folder = process.argv[2];
if (folder) {
  if (!existsSync(path.join(folder, "code_de.xml"))) {
    console.error(`Error: ${folder} has no code_de.xml (expected the eForms SDK's translations folder)`);
    process.exit(1);
  }
  extract(folder);
}
build();
