// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { DEFAULT_RADIUS_KM, FILTER_PARAMS, withFilter } from "@/lib/search/params";
import type { FilterLabeler } from "./filter-labels";

/** The filters in effect, each removable on its own, so nobody is left wondering why results are few. */
export async function ActiveFilters({ params, label }: { params: Record<string, string>; label: FilterLabeler }) {
  const t = await getTranslations("Search");
  const near = await getTranslations("SearchNear");
  const active = FILTER_PARAMS.filter((key) => params[key]);
  if (!active.length && !params.near) return null;
  const withoutNear = Object.fromEntries(Object.entries(params).filter(([k]) => k !== "near" && k !== "radius" && k !== "page"));
  const nearName = params.near
    ? near("chip", { km: Number(params.radius ?? DEFAULT_RADIUS_KM), place: params.near })
    : null;
  const cleared = params.q ? { q: params.q } : {};
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium text-slate-700">{t("activeFilters")}:</span>
      <ul className="flex flex-wrap gap-2">
        {active.map((key) => {
          const name = label(key, params[key]);
          return (
            <li key={key}>
              <Link
                href={{ pathname: "/search", query: withFilter(params, key, null) }}
                scroll={false}
                className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-brand-800 ring-1 ring-brand-100 hover:bg-brand-100"
              >
                <span>{name}</span>
                <span aria-hidden>×</span>
                <span className="sr-only">{t("removeFilter", { label: name })}</span>
              </Link>
            </li>
          );
        })}
        {nearName && (
          <li>
            <Link
              href={{ pathname: "/search", query: withoutNear }}
              scroll={false}
              className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-brand-800 ring-1 ring-brand-100 hover:bg-brand-100"
            >
              <span>{nearName}</span>
              <span aria-hidden>×</span>
              <span className="sr-only">{t("removeFilter", { label: nearName })}</span>
            </Link>
          </li>
        )}
      </ul>
      <Link href={{ pathname: "/search", query: cleared }} scroll={false} className="text-brand-700 underline hover:text-brand-800">
        {t("clearFilters")}
      </Link>
    </div>
  );
}
