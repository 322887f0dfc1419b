// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Lang } from "@/lib/i18n/localized";
import { normalizeEmployeeBand, withFilter, type FilterParam } from "@/lib/search/params";
import type { FacetField, SearchFilters, SearchResult } from "@/lib/search/types";
import type { FilterLabeler } from "./filter-labels";
import { DateRangeFacet } from "./date-range-facet";

const FACET_ORDER: FacetField[] = ["type", "country", "region", "industry", "employees", "language", "certification"];
const VISIBLE_VALUES = 6;
const EMPLOYEE_ORDER = ["E1_9", "E10_49", "E50_249", "E250_PLUS"];

interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

function facetValues(field: FacetField, counts: Record<string, number> | undefined, selected: string | undefined): FacetValue[] {
  const same = (a: string, b: string) => (field === "employees" ? normalizeEmployeeBand(a) === normalizeEmployeeBand(b) : a === b);
  const values = Object.entries(counts ?? {})
    .filter(([value, count]) => value && count > 0)
    .map(([value, count]) => ({ value, count, selected: selected !== undefined && same(value, selected) }));
  if (selected && !values.some((v) => v.selected)) values.push({ value: selected, count: 0, selected: true });
  if (field === "employees") {
    const rank = (v: string) => EMPLOYEE_ORDER.indexOf(normalizeEmployeeBand(v) ?? "");
    return values.sort((a, b) => rank(a.value) - rank(b.value));
  }
  return values.sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Filters as links: each one adds or removes a URL parameter, so they work without JavaScript
 * and every filtered view can be bookmarked.
 */
export async function SearchFacets({
  result,
  filters,
  params,
  label,
  locale,
  idPrefix,
}: {
  /** Keeps ids unique when the panel is rendered twice (mobile drawer and desktop sidebar). */
  idPrefix: string;
  result: SearchResult;
  filters: SearchFilters;
  params: Record<string, string>;
  label: FilterLabeler;
  locale: Lang;
}) {
  const t = await getTranslations("Search");
  // Dates narrow events only: offered while events are among the results or a date is set.
  const showDates =
    Boolean(filters.dateFrom || filters.dateTo) ||
    filters.type === "event" ||
    (!filters.type && (result.facets.type?.event ?? 0) > 0);
  return (
    <div className="space-y-6">
      {FACET_ORDER.map((field) => {
        const values = facetValues(field, result.facets[field], filters[field as FilterParam]);
        if (!values.length) return null;
        const headingId = `${idPrefix}-${field}`;
        const renderValue = (v: FacetValue) => (
          <li key={v.value}>
            <Link
              href={{ pathname: "/search", query: withFilter(params, field as FilterParam, v.selected ? null : v.value) }}
              scroll={false}
              className={clsx(
                "flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100",
                v.selected ? "font-semibold text-brand-800" : "text-slate-700",
              )}
            >
              <span
                aria-hidden
                className={clsx(
                  "flex h-4 w-4 shrink-0 items-center justify-center rounded border text-[10px] leading-none",
                  v.selected ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 bg-white",
                )}
              >
                {v.selected ? "✓" : ""}
              </span>
              <span className="min-w-0 flex-1 break-words">{label(field as FilterParam, v.value)}</span>
              {v.selected && <span className="sr-only">({t("facetSelected")})</span>}
              <span className="text-xs tabular-nums text-slate-500" aria-hidden>
                {v.count}
              </span>
              <span className="sr-only">{t("facetCount", { count: v.count })}</span>
            </Link>
          </li>
        );
        return (
          <section key={field} aria-labelledby={headingId}>
            <h3 id={headingId} className="text-sm font-semibold text-slate-900">
              {t(`facets.${field}`)}
            </h3>
            <ul className="mt-2 space-y-0.5">{values.slice(0, VISIBLE_VALUES).map(renderValue)}</ul>
            {values.length > VISIBLE_VALUES && (
              <details className="mt-1">
                <summary className="cursor-pointer px-1 text-sm text-brand-700 hover:underline">
                  {t("showMore", { count: values.length - VISIBLE_VALUES })}
                </summary>
                <ul className="mt-1 space-y-0.5">{values.slice(VISIBLE_VALUES).map(renderValue)}</ul>
              </details>
            )}
          </section>
        );
      })}
      {showDates && <DateRangeFacet filters={filters} params={params} locale={locale} headingId={`${idPrefix}-date`} />}
    </div>
  );
}
