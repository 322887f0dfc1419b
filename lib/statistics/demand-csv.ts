// SPDX-License-Identifier: EUPL-1.2
import { toCsv } from "../events/csv";
import { regionName } from "../geo/labels";
import type { Lang } from "../i18n/localized";
import { createTranslator } from "next-intl";
import { messagesFor } from "../i18n/translator";
import { industryName } from "../search/facet-labels";
import { conceptLabel, type DemandSignal } from "./demand-signals";

/** The demand signals of one month as a spreadsheet, with headings and names in the reader's language. */
export function demandCsv(signals: readonly DemandSignal[], month: string, locale: Lang): string {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "Demand" });
  const countries = createTranslator({ locale, messages, namespace: "Countries" });
  const country = (code: string) => (countries.has(code as "DE") ? countries(code as "DE") : code);
  return toCsv(
    [t("columns.month"), t("columns.query"), t("columns.language"), t("columns.country"), t("columns.region"), t("columns.industry"),
      t("columns.searches"), t("columns.visitors"), t("columns.results"), t("columns.concepts")],
    signals.map((s) => [
      month,
      s.query,
      s.locale,
      s.country ? country(s.country) : "",
      s.region ? regionName(s.region, locale) ?? s.region : "",
      s.industry ? `${industryName(s.industry, locale)} (${s.industry})` : "",
      s.searches,
      s.visitors,
      s.results,
      s.conceptIds.map((id) => conceptLabel(id, locale)).join(", "),
    ]),
  );
}
