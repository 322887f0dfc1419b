// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/i18n/localized";
import { regionName } from "@/lib/geo/labels";
import { industryName, languageName } from "@/lib/search/facet-labels";
import { normalizeEmployeeBand, type FilterParam } from "@/lib/search/params";

export type FilterLabeler = (key: FilterParam, value: string) => string;

/** Human names for filter values in the visitor's language, shared by facets and filter chips. */
export async function getFilterLabeler(locale: Lang): Promise<FilterLabeler> {
  const t = await getTranslations({ locale, namespace: "Search" });
  const countries = await getTranslations({ locale, namespace: "Countries" });
  const bands = await getTranslations({ locale, namespace: "EmployeeBands" });
  const format = await getFormatter({ locale });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), "short");

  return (key, value) => {
    switch (key) {
      case "type":
        return t.has(`types.${value}` as "types.company") ? t(`types.${value}` as "types.company") : value;
      case "country":
        return countries.has(value as "DE") ? countries(value as "DE") : value;
      case "region":
        return regionName(value, locale) ?? value;
      case "industry":
        return `${industryName(value, locale)} (${value})`;
      case "employees": {
        const band = normalizeEmployeeBand(value);
        return band ? bands(band as "E1_9") : value;
      }
      case "language":
        return languageName(value, locale);
      case "dateFrom":
        return t("dateFromOnly", { from: day(value) });
      case "dateTo":
        return t("dateToOnly", { to: day(value) });
      default:
        return value;
    }
  };
}
