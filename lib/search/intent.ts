// SPDX-License-Identifier: EUPL-1.2
/**
 * What a sentence of a company's own text says about a trade: that the company does it, that
 * it is looking for someone who does ("Wir suchen Partner für Pulverbeschichtung", "Hledáme
 * dodavatele…", "We are looking for…"), or that it does not do it ("Pulverbeschichtung bieten
 * wir nicht an"). A profile or offer is only ever found, and cited, for what it offers.
 */
import { foldText } from "./normalize";

export type SentenceIntent = "offer" | "seek" | "not-offered";

// Matched on folded text, at word boundaries. Each names a company asking for someone else's work.
const SEEK_CUES = [
  // German
  "wir suchen",
  "suchen wir",
  "sucht",
  "gesucht",
  "auf der suche nach",
  "wir benotigen",
  "benotigen wir",
  "wir brauchen",
  "brauchen wir",
  "wir vergeben",
  "vergeben wir",
  "wir kaufen",
  // Czech
  "hledame",
  "hledam",
  "poptavame",
  "poptavam",
  "shanime",
  "potrebujeme",
  "zadame",
  "zadavame",
  "nakupujeme",
  // English
  "we are looking for",
  "we re looking for",
  "looking for",
  "we seek",
  "we are seeking",
  "seeking",
  "we need",
  "wanted",
  "we are searching for",
  "we outsource",
  "we source",
];

// A sentence that denies doing something. "nicht nur" / "nejen" / "not only" affirm.
const NEGATION = /\b(nicht|kein|keine|keinen|keiner|not|no|never|don t|do not|cannot|ne\w+(?:ime|ame|eme))\b/;
const AFFIRMING = /\b(nicht nur|not only|nejen|neni to jen)\b/g;

const cuePattern = new RegExp(`\\b(?:${SEEK_CUES.map((c) => c.replace(/ /g, "\\s+")).join("|")})\\b`);

/** Folded text with apostrophes as spaces, so "we're" reads as "we re". */
const prepare = (sentence: string) => foldText(sentence).replace(/['’]/g, " ");

export function sentenceIntent(sentence: string): SentenceIntent {
  const folded = prepare(sentence);
  if (cuePattern.test(folded)) return "seek";
  if (NEGATION.test(folded.replace(AFFIRMING, " "))) return "not-offered";
  return "offer";
}

export interface IntentSpan {
  text: string;
  intent: SentenceIntent;
}

// A sentence ends at ., !, ? or ; followed by a space and a capital, or at a line break…
const SENTENCE_END = /(?<=[.!?;])\s+(?=[\p{Lu}\p{N}"„«(])|\n+/u;
// …unless the dot ends a one-letter or common abbreviation ("z. B.", "ca.", "Nr.", "např.").
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|ca|nr|bzw|usw|inkl|evtl|ggf|vgl|tel|str|spol|resp|atd|apod|tzv|např|cca|etc|approx|incl|max|min)\.$/iu;

export function sentencesWithIntent(text: string): IntentSpan[] {
  const pieces: string[] = [];
  for (const piece of text.split(SENTENCE_END)) {
    const s = piece.trim();
    if (!s) continue;
    if (pieces.length && ABBREVIATION.test(pieces[pieces.length - 1])) pieces[pieces.length - 1] += ` ${s}`;
    else pieces.push(s);
  }
  return pieces.map((s) => ({ text: s, intent: sentenceIntent(s) }));
}

/**
 * A text split into what it offers and what it seeks, each as the author's own sentences in
 * their order. Sentences that deny an activity belong to neither.
 */
export function splitByIntent(text: string | null | undefined): { offers: string; seeks: string } {
  if (!text?.trim()) return { offers: "", seeks: "" };
  const spans = sentencesWithIntent(text);
  const join = (intent: SentenceIntent) =>
    spans
      .filter((s) => s.intent === intent)
      .map((s) => s.text)
      .join(" ");
  return { offers: join("offer"), seeks: join("seek") };
}
