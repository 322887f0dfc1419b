// SPDX-License-Identifier: EUPL-1.2
/**
 * Query handling shared by the engines: limits, date filters, the words to highlight and the
 * hit's title and snippet language, so both engines answer the same query the same way.
 */
import { LANGS, type Lang } from "../i18n/localized";
import { zonedToUtc } from "../time/zoned";
import { countMatches, type HighlightTerms } from "./snippet";
import type { SearchQuery } from "./types";

export const MAX_PAGE_SIZE = 100;
/** Deep pages cost more than anyone reads; the engines stop here. */
export const MAX_PAGE = 500;
/** Event dates in filters are calendar days where the portal's events take place. */
export const FILTER_TIME_ZONE = "Europe/Berlin";

export function clampPaging(query: Pick<SearchQuery, "page" | "pageSize">): {
  page: number;
  pageSize: number;
  offset: number;
} {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize) || 20));
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(query.page) || 1));
  return { page, pageSize, offset: (page - 1) * pageSize };
}

function dayStart(date: string, addDays = 0): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays));
  if (Number.isNaN(day.getTime())) return null;
  const start = zonedToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 0, 0, FILTER_TIME_ZONE);
  return Math.floor(start.getTime() / 1000);
}

/** Epoch-second bounds for event start filters: from the start of dateFrom until the end of dateTo. */
export function dateBounds(filters: { dateFrom?: string; dateTo?: string }): {
  fromTs: number | null;
  toTs: number | null;
} {
  return {
    fromTs: filters.dateFrom ? dayStart(filters.dateFrom) : null,
    toTs: filters.dateTo ? dayStart(filters.dateTo, 1) : null,
  };
}

/** The title in the visitor's language when the author wrote one, else the stored fallback. */
export function localizedTitle(
  title: string,
  titles: Partial<Record<Lang, string>> | null | undefined,
  locale: Lang,
): string {
  if (!titles) return title;
  return titles[locale] ?? titles.en ?? titles.de ?? titles.cs ?? title;
}

/**
 * The language of the text to excerpt: the visitor's if it contains a match, else the one with
 * the most matches, else the visitor's, else any.
 */
export function snippetLanguage(
  texts: Partial<Record<Lang, string | null>>,
  terms: HighlightTerms,
  locale: Lang,
): Lang | null {
  const available = LANGS.filter((l) => texts[l]?.trim());
  if (!available.length) return null;
  const counts = new Map(available.map((l) => [l, countMatches(texts[l]!, terms)]));
  if ((counts.get(locale) ?? 0) > 0) return locale;
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best[1] > 0) return best[0];
  if (available.includes(locale)) return locale;
  return available.includes("en") ? "en" : available[0];
}

export const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);
