// SPDX-License-Identifier: EUPL-1.2
import type { Lang } from "../i18n/localized";
import { NACE } from "../taxonomy/nace-data";

const industries = new Map(NACE.map((e) => [e.code, e]));

/** "25.62" → "Obrábění" in Czech; unknown codes are shown as they are. */
export function industryName(code: string, locale: Lang): string {
  return industries.get(code)?.[locale] ?? code;
}

const languageNames = new Map<Lang, Intl.DisplayNames>();

/** Any ISO 639-1 code, so companies speaking Polish or Russian get a proper name too. */
export function languageName(code: string, locale: Lang): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    languageNames.set(locale, names);
  }
  try {
    const name = names.of(code) ?? code;
    // Czech writes language names in lower case; as a filter label on its own it needs a capital.
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}
