// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/i18n/localized";
import { normalizeEmployeeBand, withFilter, type FilterParam } from "@/lib/search/params";
import type { FacetField, SearchFilters, SearchResult } from "@/lib/search/types";
import type { FilterLabeler } from "./filter-labels";
import { DateRangeFacet } from "./date-range-facet";
import { NearFacet } from "./near-facet";
import { FacetCheckbox } from "./facet-checkbox";

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
 * Filters as checkboxes in a GET form: with JavaScript each change applies at once, without it the
 * form's button does, and every filtered view stays a bookmarkable URL.
 */
export async function SearchFacets({
  result,
  filters,
  params,
  label,
  locale,
  idPrefix,
}: {
  /** Prefix of the ids the headings and checkboxes are labelled by. */
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
  const kept = Object.entries(params).filter(([key]) => !FACET_ORDER.includes(key as FacetField));
  return (
    <div className="space-y-6">
      <form action={`/${locale}/search`} method="get" className="space-y-6">
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {FACET_ORDER.map((field) => {
          const values = facetValues(field, result.facets[field], filters[field as FilterParam]);
          if (!values.length) return null;
          const headingId = `${idPrefix}-${field}`;
          const renderValue = (v: FacetValue, index: number) => (
            <li key={v.value}>
              <FacetCheckbox
                id={`${headingId}-${index}`}
                name={field}
                value={v.value}
                checked={v.selected}
                query={withFilter(params, field as FilterParam, v.selected ? null : v.value)}
              >
                <span className="min-w-0 flex-1 break-words">{label(field as FilterParam, v.value)}</span>
                <span className="text-xs tabular-nums text-slate-600" aria-hidden>
                  {result.estimated ? `~${v.count}` : v.count}
                </span>
                <span className="sr-only">{t(result.estimated ? "facetCountAbout" : "facetCount", { count: v.count })}</span>
              </FacetCheckbox>
            </li>
          );
          return (
            <fieldset key={field} aria-labelledby={headingId}>
              <h3 id={headingId} className="text-sm font-semibold text-slate-900">
                {t(`facets.${field}`)}
              </h3>
              <ul className="mt-2 space-y-0.5">{values.slice(0, VISIBLE_VALUES).map(renderValue)}</ul>
              {values.length > VISIBLE_VALUES && (
                <details className="mt-1">
                  <summary className="cursor-pointer px-1 text-sm text-brand-700 hover:underline">
                    {t("showMore", { count: values.length - VISIBLE_VALUES })}
                  </summary>
                  <ul className="mt-1 space-y-0.5">
                    {values.slice(VISIBLE_VALUES).map((v, i) => renderValue(v, i + VISIBLE_VALUES))}
                  </ul>
                </details>
              )}
            </fieldset>
          );
        })}
        <noscript>
          <button
            type="submit"
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            {t("applyFilters")}
          </button>
        </noscript>
      </form>
      <NearFacet filters={filters} params={params} locale={locale} headingId={`${idPrefix}-near`} />
      {showDates && <DateRangeFacet filters={filters} params={params} locale={locale} headingId={`${idPrefix}-date`} />}
    </div>
  );
}
