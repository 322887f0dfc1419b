// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { db } from "@/lib/db";
import type { Lang } from "@/lib/i18n/localized";
import { INSIGHT_FIELDS, profileInsights } from "@/lib/statistics/profile-insights";

const MONTHS_SHOWN = 12;

/** A company's monthly counts for its members' dashboard: numbers only, never who. */
export async function ProfileInsightsCard({ company, locale }: { company: { id: string; name: string }; locale: Lang }) {
  const t = await getTranslations({ locale, namespace: "ProfileInsights" });
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS_SHOWN - 1), 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const months = await profileInsights(db, company.id, { from, to });
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const headingId = `insights-${company.id}`;
  return (
    <Card as="section" aria-labelledby={headingId}>
      <CardTitle id={headingId}>{t("title", { company: company.name })}</CardTitle>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      {months.length === 0 ? (
        <p className="mt-4 text-slate-600">{t("empty")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("month")}</th>
                {INSIGHT_FIELDS.map((f) => (
                  <th key={f} scope="col" className="px-3 py-2 text-right">{t(f)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {months.map((m) => (
                <tr key={m.month} data-month={m.month}>
                  <th scope="row" className="py-2 pr-3 font-medium">{monthName.format(new Date(`${m.month}-01T00:00:00Z`))}</th>
                  {INSIGHT_FIELDS.map((f) => (
                    <td key={f} data-field={f} className="px-3 py-2 text-right tabular-nums">{m[f]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
