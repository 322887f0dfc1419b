// SPDX-License-Identifier: EUPL-1.2
/**
 * Words that carry no meaning in a search for suppliers, in German, Czech and English, folded
 * (lowercase, no diacritics). "Logistik in Liberec", "frézování v Liberci" and "welding near
 * Dresden" mean the trade and the place; "in", "v" and "near" must not have to match.
 * Only function words: nothing here may be a trade or a product in any of the three languages.
 */
import { baseForms } from "./base-forms";
import type { Lang } from "../i18n/localized";
import { foldText } from "./normalize";

const GERMAN = [
  "in",
  "im",
  "bei",
  "beim",
  "aus",
  "von",
  "vom",
  "nach",
  "richtung",
  "nahe",
  "nähe",
  "naehe",
  "um",
  "umgebung",
  "raum",
  "region",
  "und",
  "oder",
  "mit",
  "für",
  "fuer",
  "zum",
  "zur",
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einen",
  "einem",
  "einer",
  "am",
  "an",
  "auf",
  "zu",
  "suche",
  "suchen",
  "gesucht",
  "firma",
  "firmen",
  "unternehmen",
  "betrieb",
  "betriebe",
  "anbieter",
  "dienstleister",
  "hersteller",
  "lieferant",
  "lieferanten",
];

const CZECH = [
  "v",
  "ve",
  "u",
  "z",
  "ze",
  "do",
  "na",
  "smer",
  "smerem",
  "od",
  "okoli",
  "okolí",
  "blizko",
  "blízko",
  "kolem",
  "pobliz",
  "poblíž",
  "a",
  "i",
  "nebo",
  "s",
  "se",
  "pro",
  "k",
  "ke",
  "o",
  "po",
  "kraj",
  "kraji",
  "hledam",
  "hledám",
  "hledame",
  "hledáme",
  "firma",
  "firmy",
  "firmu",
  "dodavatel",
  "dodavatele",
  "vyrobce",
  "výrobce",
];

const ENGLISH = [
  "in",
  "near",
  "nearby",
  "around",
  "from",
  "at",
  "by",
  "the",
  "a",
  "an",
  "and",
  "or",
  "for",
  "of",
  "with",
  "to",
  "into",
  "towards",
  "close",
  "looking",
  "company",
  "companies",
  "supplier",
  "suppliers",
  "provider",
  "providers",
  "manufacturer",
  "manufacturers",
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...GERMAN, ...CZECH, ...ENGLISH].map(foldText));

/**
 * Words that, right before a place name, say "in or near this place". After one of these a
 * Czech place name may be inflected ("v Liberci", "z Drážďan", "u Plzně").
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  [
    "in",
    "im",
    "bei",
    "aus",
    "nahe",
    "um",
    "raum",
    "near",
    "around",
    "from",
    "at",
    "v",
    "ve",
    "u",
    "z",
    "ze",
    "od",
    "okoli",
    "blizko",
    "kolem",
    "pobliz",
    "na",
  ].map(foldText),
);

/** Czech prepositions after which the following place name is inflected. */
export const CZECH_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "v",
  "ve",
  "u",
  "z",
  "ze",
  "do",
  "od",
  "okoli",
  "blizko",
  "kolem",
  "pobliz",
  "na",
]);

/**
 * Words that make the following place or country a destination: "Transporte nach Deutschland",
 * "trucking to Germany", "doprava do Německa" seek carriers going there, wherever they are.
 */
export const DESTINATION_PREPOSITIONS: ReadonlySet<string> = new Set([
  "nach",
  "richtung",
  "to",
  "into",
  "towards",
  "do",
  "smer",
  "smerem",
]);

/**
 * Words for who supplies, not what: a buyer writes them in any case or number ("výrobci krabic",
 * "Herstellern von Kartons", "companies"), so they are recognised by their base form.
 */
const ROLE_NOUNS: Record<Lang, string[]> = {
  de: ["firma", "unternehmen", "betrieb", "anbieter", "dienstleister", "hersteller", "lieferant"],
  cs: ["firma", "dodavatel", "výrobce", "výrobci"],
  en: ["company", "supplier", "provider", "manufacturer"],
};
const LANGS_OF_ROLES = Object.keys(ROLE_NOUNS) as Lang[];
const ROLE_BASES = new Map<Lang, ReadonlySet<string>>(
  LANGS_OF_ROLES.map((lang) => [lang, new Set(ROLE_NOUNS[lang].flatMap((w) => baseForms(w, lang)))]),
);

/**
 * Role nouns that name whoever does the work ("Anbieter", "dodavatel", "suppliers"): a query with
 * one asks for providers, so a company's request for that work is not an answer.
 */
const PROVIDER_NOUNS: Record<Lang, string[]> = {
  de: ["anbieter", "dienstleister", "hersteller", "lieferant", "zulieferer"],
  cs: ["dodavatel", "výrobce", "výrobci"],
  en: ["supplier", "provider", "manufacturer", "vendor"],
};
const PROVIDER_BASES = new Map<Lang, ReadonlySet<string>>(
  LANGS_OF_ROLES.map((lang) => [lang, new Set(PROVIDER_NOUNS[lang].flatMap((w) => [w, ...baseForms(w, lang)]))]),
);

export function isProviderWord(folded: string): boolean {
  return LANGS_OF_ROLES.some((lang) => {
    const bases = PROVIDER_BASES.get(lang)!;
    return bases.has(folded) || baseForms(folded, lang).some((b) => bases.has(b));
  });
}

export function isStopWord(folded: string): boolean {
  if (STOP_WORDS.has(folded)) return true;
  return LANGS_OF_ROLES.some((lang) => baseForms(folded, lang).some((b) => ROLE_BASES.get(lang)!.has(b)));
}
