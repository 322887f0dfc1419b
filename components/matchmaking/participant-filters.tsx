// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/routing";
import type { ParticipantFilter } from "@/lib/matchmaking/schema";

interface Facets {
  countries: string[];
  languages: string[];
  industries: { code: string; nameDe: string; nameCs: string; nameEn: string }[];
}

const selectClass = "rounded-md border border-slate-300 bg-white px-3 py-2";

/** A plain GET form: filtering works without JavaScript and the URL can be shared in the team. */
export async function ParticipantFilters({ filter, facets, locale }: { filter: ParticipantFilter; facets: Facets; locale: Locale }) {
  const [t, tc, tl] = await Promise.all([getTranslations("Meetings.filters"), getTranslations("Countries"), getTranslations("LanguageNames")]);
  const industryName = (i: Facets["industries"][number]) => (locale === "cs" ? i.nameCs : locale === "en" ? i.nameEn : i.nameDe);
  const country = (c: string) => (["DE", "CZ", "PL", "AT", "SK"].includes(c) ? tc(c as "DE") : c);
  const language = (l: string) => (l === "de" || l === "cs" || l === "en" ? tl(l) : l);
  return (
    <Card as="form" method="get" role="search" aria-label={t("label")} className="grid gap-3 p-4 sm:grid-cols-3 lg:grid-cols-6">
      <label className="flex flex-col gap-1 text-sm font-medium sm:col-span-2">
        {t("q")}
        <input name="q" type="search" defaultValue={filter.q ?? ""} placeholder={t("qPlaceholder")} className={selectClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("side")}
        <select name="side" defaultValue={filter.side ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          <option value="offers">{t("offers")}</option>
          <option value="seeks">{t("seeks")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("country")}
        <select name="country" defaultValue={filter.country ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {facets.countries.map((c) => (
            <option key={c} value={c}>
              {country(c)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("industry")}
        <select name="industry" defaultValue={filter.industry ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {facets.industries.map((i) => (
            <option key={i.code} value={i.code}>
              {i.code} {industryName(i)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("language")}
        <select name="language" defaultValue={filter.language ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {facets.languages.map((l) => (
            <option key={l} value={l}>
              {language(l)}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-6">
        <Button type="submit">
          {t("apply")}
        </Button>
        <a href="?" className="text-sm text-brand-700 underline">
          {t("reset")}
        </a>
      </div>
    </Card>
  );
}
