// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Lang } from "@/lib/i18n/localized";
import { withFilter } from "@/lib/search/params";
import type { SearchFilters } from "@/lib/search/types";

// Events are listed in the region's time zone, so "today" is today in Saxony and Bohemia.
const TIME_ZONE = "Europe/Berlin";

function isoDay(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Quick ranges as links plus a small GET form for any range; both work without JavaScript. */
export async function DateRangeFacet({
  filters,
  params,
  locale,
  headingId,
}: {
  headingId: string;
  filters: SearchFilters;
  params: Record<string, string>;
  locale: Lang;
}) {
  const t = await getTranslations("Search");
  const today = isoDay(new Date());
  const presets = [
    { key: "next30", from: today, to: addDays(today, 30) },
    { key: "next90", from: today, to: addDays(today, 90) },
    { key: "later", from: addDays(today, 91), to: undefined },
  ] as const;
  const withoutDates = withFilter(withFilter(params, "dateFrom", null), "dateTo", null);
  const hidden = Object.entries(withoutDates);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {t("facets.date")}
      </h3>
      <ul className="mt-2 space-y-0.5">
        {presets.map((p) => {
          const selected = filters.dateFrom === p.from && filters.dateTo === p.to;
          const query = selected
            ? withoutDates
            : { ...withFilter(withoutDates, "dateFrom", p.from), ...(p.to ? { dateTo: p.to } : {}) };
          return (
            <li key={p.key}>
              <Link
                href={{ pathname: "/search", query }}
                scroll={false}
                className={clsx(
                  "flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100",
                  selected ? "font-semibold text-brand-800" : "text-slate-700",
                )}
              >
                <span
                  aria-hidden
                  className={clsx(
                    "flex h-4 w-4 shrink-0 items-center justify-center rounded-full border text-[10px] leading-none",
                    selected ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 bg-white",
                  )}
                >
                  {selected ? "✓" : ""}
                </span>
                {t(`datePresets.${p.key}`)}
                {selected && <span className="sr-only">({t("facetSelected")})</span>}
              </Link>
            </li>
          );
        })}
      </ul>
      <form action={`/${locale}/search`} method="get" className="mt-3 grid grid-cols-2 gap-2 text-sm">
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="flex flex-col">
          <span className="text-slate-700">{t("dateFrom")}</span>
          <input
            type="date"
            name="dateFrom"
            defaultValue={filters.dateFrom}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          />
        </label>
        <label className="flex flex-col">
          <span className="text-slate-700">{t("dateTo")}</span>
          <input type="date" name="dateTo" defaultValue={filters.dateTo} className="rounded border border-slate-300 bg-white px-2 py-1" />
        </label>
        <button
          type="submit"
          className="col-span-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("applyDates")}
        </button>
      </form>
    </section>
  );
}
