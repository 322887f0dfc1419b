// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { FIGURES, type DashboardFigures, type FigureId } from "@/lib/dashboards/figures";
import type { Locale } from "@/lib/i18n/routing";
import type { DashboardPeriod } from "@/lib/dashboards/period";
import { figureView, type Labels } from "@/lib/dashboards/presentation";
import { Link } from "@/lib/i18n/navigation";
import { FigureSection } from "./figure-section";

/** Every figure of a dashboard in a fixed order, each with its chart, table and export link. */
export async function DashboardBody({
  locale,
  period,
  figures,
  labels,
  csvHref,
  demandHref,
}: {
  locale: Locale;
  period: DashboardPeriod;
  figures: DashboardFigures;
  labels: Labels;
  csvHref: (figure: FigureId) => string;
  demandHref: string;
}) {
  const t = await getTranslations("Statistics");
  const sum = (key: "total" | "claimed" | "verified") => figures.companiesByCountry.reduce((s, r) => s + r[key], 0);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1 text-sm text-slate-700">
        <p data-testid="statistics-summary">
          {t("summary", { companies: sum("total"), claimed: sum("claimed"), verified: sum("verified"), to: labels.month(period.to) })}
        </p>
        <p className="text-slate-600">{t("privacyNote")}</p>
        <p>
          <Link href={demandHref} className="font-medium text-brand-700 hover:underline">
            {t("demandLink")}
          </Link>
        </p>
      </div>
      {FIGURES.map((figure) => (
        <FigureSection key={figure} view={figureView(locale, figure, figures, labels)} csvHref={csvHref(figure)} />
      ))}
    </div>
  );
}
