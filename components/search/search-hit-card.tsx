// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Lang } from "@/lib/i18n/localized";
import { regionName } from "@/lib/geo/labels";
import type { SearchHit } from "@/lib/search/types";
import { Badge } from "@/components/ui/badge";
import { LanguageBadges } from "@/components/companies/language-badges";
import { VerifiedBadge } from "@/components/institutions/verified-badge";
import { HighlightedSnippet } from "./highlighted-snippet";

export async function SearchHitCard({ hit, locale }: { hit: SearchHit; locale: Lang }) {
  const t = await getTranslations("Search");
  const countries = await getTranslations("Countries");
  const languageNames = await getTranslations("LanguageNames");
  const format = await getFormatter();
  const href = hit.type === "event" ? `/events/${hit.slug}` : `/companies/${hit.slug}`;
  const place = [
    hit.city,
    regionName(hit.region, locale),
    countries.has(hit.country as "DE") ? countries(hit.country as "DE") : hit.country,
  ]
    .filter(Boolean)
    .join(" · ");
  const otherLanguage = hit.snippet && hit.snippetLang && hit.snippetLang !== locale ? hit.snippetLang : null;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={hit.type === "company" ? "brand" : hit.type === "event" ? "amber" : "slate"}>{t(`types.${hit.type}`)}</Badge>
        {hit.startsAt && (
          <time dateTime={hit.startsAt} className="text-sm font-medium text-slate-700">
            {format.dateTime(new Date(hit.startsAt), "eventDay")}
          </time>
        )}
        {hit.verifiedBy && <VerifiedBadge locale={locale} by={hit.verifiedBy} />}
      </div>
      <h3 className="mt-1 text-base font-semibold leading-snug">
        <Link href={href} className="text-brand-800 hover:underline">
          {hit.title || hit.name}
        </Link>
      </h3>
      {hit.type !== "company" && hit.name && hit.name !== hit.title && (
        <p className="text-sm text-slate-700">{t("byCompany", { name: hit.name })}</p>
      )}
      {place && <p className="text-sm text-slate-600">{place}</p>}
      {hit.snippet && <HighlightedSnippet snippet={hit.snippet} lang={hit.snippetLang} className="mt-2 text-sm text-slate-800" />}
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        {hit.languages.length > 0 && (
          <div className="flex items-center gap-1">
            <span>{t("textLanguages")}</span>
            <LanguageBadges langs={hit.languages} />
          </div>
        )}
        {otherLanguage && (
          <span className="rounded bg-amber-50 px-2 py-0.5 text-amber-900 ring-1 ring-amber-200">
            {t("snippetLanguage", { language: languageNames(otherLanguage) })}
          </span>
        )}
      </div>
    </article>
  );
}
