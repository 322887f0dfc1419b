// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/routing";
import type { OutcomeCounts, OutcomeSummary } from "@/lib/matchmaking/outcome-report";

/** The organizer's outcome report: counts by outcome, by country pair and by industry, with the CSV export. */
export async function OutcomeReport(props: {
  eventId: string;
  locale: Locale;
  report: OutcomeSummary & { answers: number };
  industryName: (code: string) => string;
}) {
  const t = await getTranslations("MeetingOutcomes");
  const { report } = props;
  const table = (id: string, caption: string, rows: { key: string; label: string; counts: OutcomeCounts }[]) => (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={id}>
        <caption className="py-1 text-left font-medium">{caption}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">{t("key")}</th>
            {report.outcomes.map((o) => (
              <th key={o} scope="col" className="py-1 pr-3">
                {t(`outcome.${o}`)}
              </th>
            ))}
            <th scope="col" className="py-1">{t("total")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="py-1 pr-3 font-normal">
                {r.label}
              </th>
              {report.outcomes.map((o) => (
                <td key={o} className="py-1 pr-3">
                  {r.counts[o]}
                </td>
              ))}
              <td className="py-1 font-semibold">{r.counts.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <Card as="section" padding="sm" aria-labelledby="mm-outcomes" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="mm-outcomes" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-slate-600">
            {t("intro")} {t("answers", { count: report.answers })}
          </p>
        </div>
        <a href={`/api/organizer/events/${props.eventId}/outcomes?locale=${props.locale}`} className="font-medium text-brand-700 underline">
          {t("export")}
        </a>
      </div>
      {report.answers > 0 ? (
        <>
          {table("outcomes-total", t("byOutcome"), [{ key: "total", label: t("total"), counts: report.total }])}
          {table("outcomes-pairs", t("byPair"), report.byPair.map((r) => ({ ...r, label: r.key })))}
          {table(
            "outcomes-industries",
            t("byIndustry"),
            report.byIndustry.map((r) => ({ ...r, label: r.key ? props.industryName(r.key) : t("noIndustry") })),
          )}
        </>
      ) : null}
    </Card>
  );
}
