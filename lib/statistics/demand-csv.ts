// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { toCsv } from "../events/csv";
import { regionName } from "../geo/labels";
import type { Lang } from "../i18n/localized";
import { industryName } from "../search/facet-labels";
import { conceptLabel, type DemandSignal } from "./demand-signals";

/** The demand signals of one month as a spreadsheet, with headings and names in the reader's language. */
export async function demandCsv(signals: readonly DemandSignal[], month: string, locale: Lang): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Demand" });
  const countries = await getTranslations({ locale, namespace: "Countries" });
  return toCsv(
    [t("columns.month"), t("columns.query"), t("columns.language"), t("columns.country"), t("columns.region"), t("columns.industry"),
      t("columns.searches"), t("columns.visitors"), t("columns.results"), t("columns.concepts")],
    signals.map((s) => [
      month,
      s.query,
      s.locale,
      s.country ? (countries.has(s.country as "DE") ? countries(s.country as "DE") : s.country) : "",
      s.region ? regionName(s.region, locale) ?? s.region : "",
      s.industry ? `${industryName(s.industry, locale)} (${s.industry})` : "",
      s.searches,
      s.visitors,
      s.results,
      s.conceptIds.map((id) => conceptLabel(id, locale)).join(", "),
    ]),
  );
}
