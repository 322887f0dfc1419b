// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from "../i18n/routing";

/**
 * The language to write to a company in before anyone there has chosen one: Czech for Czech
 * companies, German for German-speaking countries, otherwise the first portal language the
 * profile lists, and English when none.
 */
export function companyLocale(company: { country: string; languages?: readonly string[] | null }): Locale {
  const country = company.country.toUpperCase();
  if (country === "CZ") return "cs";
  if (country === "DE" || country === "AT" || country === "CH") return "de";
  const spoken = (company.languages ?? []).map((l) => l.toLowerCase());
  for (const locale of ["de", "cs", "en"] as const) if (spoken.includes(locale)) return locale;
  return "en";
}
