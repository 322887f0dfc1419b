// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { LanguageBadges } from "@/components/companies/language-badges";
import { HighlightedSnippet } from "@/components/search/highlighted-snippet";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Lang } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { PartnerReason, PartnerSuggestion } from "@/lib/partners/ranking";
import { plainSnippet } from "@/lib/search/highlight";
import { isLang } from "@/lib/search/query";

/** Reasons shown per card; the strongest come first. */
const SHOWN_REASONS = 3;

async function Reason({ reason, locale }: { reason: PartnerReason; locale: Lang }) {
  const [t, languageNames] = await Promise.all([getTranslations("Partners"), getTranslations("LanguageNames")]);
  // When the excerpt is the listing title itself, name only the kind of listing above it.
  const titleShown = reason.listingTitle !== null && plainSnippet(reason.snippet).text === reason.listingTitle;
  const source = titleShown
    ? t(`listingKind.${reason.kind}`)
    : reason.listingTitle
      ? t(`source.${reason.kind}`, { title: reason.listingTitle })
      : t("source.profile");
  const otherLanguage = reason.snippetLang && reason.snippetLang !== locale ? reason.snippetLang : null;
  return (
    <li
      className="flex flex-col gap-1"
      data-testid="partner-reason"
      data-concept={reason.conceptId}
      data-kind={reason.kind}
    >
      <p className="font-medium text-slate-900">{t(`reason.${reason.kind}`, { concept: reason.label })}</p>
      <p className="text-xs text-slate-600">{source}</p>
      {reason.snippet ? (
        <HighlightedSnippet
          snippet={reason.snippet}
          lang={reason.snippetLang}
          className="rounded bg-slate-50 px-2 py-1 text-sm text-slate-800"
        />
      ) : null}
      {otherLanguage ? (
        <p className="text-xs text-amber-900">{t("originalLanguage", { language: languageNames(otherLanguage) })}</p>
      ) : null}
    </li>
  );
}

export async function PartnerSuggestionCard({ suggestion, locale }: { suggestion: PartnerSuggestion; locale: Lang }) {
  const [t, countries] = await Promise.all([getTranslations("Partners"), getTranslations("Countries")]);
  const org = suggestion.organization;
  const country = countries.has(org.country as "DE") ? countries(org.country as "DE") : org.country;
  const langs = org.languages.filter(isLang);
  const otherLangs = org.languages.filter((l) => !isLang(l));
  return (
    <article
      data-testid="partner-suggestion"
      data-slug={org.slug}
      className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <header className="flex flex-col gap-1">
        <h3 className="text-base font-semibold leading-snug">
          <Link href={`/companies/${org.slug}`} className="text-brand-800 hover:underline">
            {org.name}
          </Link>
        </h3>
        <p className="text-sm text-slate-600">{[org.city, country].filter(Boolean).join(", ")}</p>
        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
          {suggestion.crossBorder ? <Badge tone="amber">{t("crossBorder")}</Badge> : null}
          {langs.length || otherLangs.length ? (
            <span className="flex items-center gap-1">
              <span>{t("languages")}</span>
              {langs.length ? <LanguageBadges langs={langs} /> : null}
              {otherLangs.map((l) => (
                <Badge key={l}>{l.toUpperCase()}</Badge>
              ))}
            </span>
          ) : null}
        </div>
      </header>
      <ul className="flex flex-col gap-3">
        {suggestion.reasons.slice(0, SHOWN_REASONS).map((r) => (
          <Reason key={`${r.kind}:${r.conceptId}`} reason={r} locale={locale} />
        ))}
      </ul>
      <p className="mt-auto pt-1">
        <Button
          size="sm"
          href={{ pathname: "/account/inbox/new", query: { to: org.slug } }}
          data-testid="suggestion-enquiry"
          className="py-2"
        >
          {t("sendEnquiry")}
          <span className="sr-only">: {org.name}</span>
        </Button>
      </p>
    </article>
  );
}
