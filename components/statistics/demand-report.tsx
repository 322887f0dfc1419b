// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { getFilterLabeler } from "@/components/search/filter-labels";
import type { Lang } from "@/lib/i18n/localized";
import { FEW_RESULTS } from "@/lib/statistics/events";
import { conceptLabel, MIN_VISITORS, type DemandSignal } from "@/lib/statistics/demand-signals";
import type { DemandRequest } from "@/lib/statistics/demand-view";

/**
 * The month's demand signals as a table, with a plain GET form to pick month and side and a
 * link to the same figures as CSV. `sides` lists the choices of the side select: an institution
 * gets its own country or everything, platform admins either country or everything.
 */
export async function DemandReport({
  signals,
  request,
  locale,
  action,
  exportHref,
  hidden,
  sides,
}: {
  signals: readonly DemandSignal[];
  request: DemandRequest;
  locale: Lang;
  action: string;
  exportHref: string;
  hidden?: Record<string, string>;
  sides: { name: "view" | "into"; options: { value: string; label: string }[]; selected: string };
}) {
  const t = await getTranslations({ locale, namespace: "Demand" });
  const label = await getFilterLabeler(locale);
  const languages = await getTranslations({ locale, namespace: "Demand.languages" });
  return (
    <div className="flex flex-col gap-6">
      <Card as="form" method="get" action={action} className="flex flex-wrap items-end gap-4">
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("month")}
          <input
            type="month"
            name="month"
            defaultValue={request.month}
            required
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("side")}
          <select
            name={sides.name}
            defaultValue={sides.selected}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900"
          >
            {sides.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClasses()}>
          {t("show")}
        </button>
        <a href={exportHref} className={buttonClasses({ variant: "secondary", className: "ml-auto" })} download>
          {t("exportCsv")}
        </a>
      </Card>
      <p className="max-w-3xl text-sm text-slate-600">{t("definition", { max: FEW_RESULTS, min: MIN_VISITORS })}</p>
      {signals.length === 0 ? (
        <EmptyState>{t("empty", { min: MIN_VISITORS })}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { month: request.month })}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("columns.query")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.language")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.filters")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.searches")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.visitors")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.results")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.concepts")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {signals.map((s) => {
                const filters = [
                  s.country && label("country", s.country),
                  s.region && label("region", s.region),
                  s.industry && label("industry", s.industry),
                ].filter(Boolean);
                return (
                  <tr key={`${s.query}|${s.locale}|${s.country}|${s.region}|${s.industry}`} data-testid="demand-row">
                    <th scope="row" className="px-3 py-2 font-medium text-slate-900">{s.query}</th>
                    <td className="px-3 py-2">{languages.has(s.locale as "de") ? languages(s.locale as "de") : s.locale}</td>
                    <td className="px-3 py-2">{filters.length ? filters.join(", ") : t("noFilter")}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{s.searches}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{s.visitors}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{s.results}</td>
                    <td className="px-3 py-2">{s.conceptIds.map((id) => conceptLabel(id, locale)).join(", ") || t("noConcepts")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
