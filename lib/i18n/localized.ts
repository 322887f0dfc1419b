// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from "./routing";

export type Lang = Locale;
export const LANGS: readonly Lang[] = ["de", "cs", "en"];

export interface LocalizedValue {
  text: string;
  lang: Lang;
  /** True when the text is not in the language that was asked for. */
  isFallback: boolean;
}

export type Trilingual = { de?: string | null; cs?: string | null; en?: string | null };

/**
 * Picks the text in the visitor's language, else English, else whatever the author wrote.
 * Returns null when no language has text.
 */
export function pickLocalized(values: Trilingual, locale: Lang): LocalizedValue | null {
  const order: Lang[] = [locale, ...(["en", "de", "cs"] as Lang[]).filter((l) => l !== locale)];
  for (const lang of order) {
    const text = values[lang]?.trim();
    if (text) return { text, lang, isFallback: lang !== locale };
  }
  return null;
}

/** Languages a record has text in, in a stable order. */
export function languagesOf(values: Trilingual): Lang[] {
  return LANGS.filter((l) => values[l]?.trim());
}

/** Maps columns named fooDe/fooCs/fooEn to a trilingual value. */
export function trilingual<T extends Record<string, unknown>>(row: T, field: string): Trilingual {
  const get = (suffix: string) => row[`${field}${suffix}`] as string | null | undefined;
  return { de: get("De"), cs: get("Cs"), en: get("En") };
}
