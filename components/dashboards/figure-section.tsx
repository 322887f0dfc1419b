// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { FigureView } from "@/lib/dashboards/presentation";
import { BarChart } from "./bar-chart";

/** Horizontal charts with more groups than this show the largest ones; the table keeps all. */
const CHART_GROUPS = 12;

/** One figure: chart and table side by side on wide screens, stacked on a phone, and its CSV export. */
export async function FigureSection({ view, csvHref }: { view: FigureView; csvHref: string }) {
  const [t, format] = await Promise.all([getTranslations("Statistics"), getFormatter()]);
  const n = (value: number) => format.number(value);
  const headingId = `figure-${view.id}`;
  const chartRows = view.orientation === "horizontal" ? view.rows.slice(0, CHART_GROUPS) : view.rows;
  const series = view.chartColumns.map((key) => ({ key, label: view.columns.find((c) => c.key === key)?.label ?? key }));
  const empty = view.rows.every((r) => Object.values(r.values).every((v) => v === 0));
  return (
    <Card as="section" aria-labelledby={headingId} className="flex flex-col gap-4" data-figure={view.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex max-w-2xl flex-col gap-1">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            {view.title}
          </h2>
          <p className="text-sm text-slate-600">{view.description}</p>
        </div>
        <a
          href={csvHref}
          download
          aria-label={t("exportCsvOf", { figure: view.title })}
          className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-brand-600 hover:bg-brand-50"
        >
          {t("exportCsv")}
        </a>
      </div>
      {empty ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="flex min-w-0 flex-col gap-2">
            <BarChart title={view.title} series={series} data={chartRows.map((r) => ({ label: r.label, values: r.values }))} orientation={view.orientation} formatNumber={n} />
            {chartRows.length < view.rows.length ? <p className="text-xs text-slate-600">{t("topOnly", { count: chartRows.length })}</p> : null}
          </div>
          <div className="max-h-96 min-w-0 overflow-auto rounded-md ring-1 ring-slate-200">
            <table className="w-full text-sm">
              <caption className="sr-only">{t("tableOf", { figure: view.title })}</caption>
              <thead className="sticky top-0 bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {view.keyColumn}
                  </th>
                  {view.columns.map((c) => (
                    <th key={c.key} scope="col" className="px-3 py-2 text-right font-medium">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.rows.map((r) => (
                  <tr key={r.key || "none"}>
                    <th scope="row" className="px-3 py-1.5 text-left font-normal text-slate-800">
                      {r.label}
                    </th>
                    {view.columns.map((c) => (
                      <td key={c.key} className="px-3 py-1.5 text-right tabular-nums">
                        {n(r.values[c.key] ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {view.note ? <p className="text-xs text-slate-600">{view.note}</p> : null}
    </Card>
  );
}
