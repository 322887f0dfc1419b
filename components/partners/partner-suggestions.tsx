// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { PartnerSuggestions } from "@/lib/partners/suggest";
import { PartnerSuggestionCard } from "./partner-suggestion-card";

/**
 * The suggestion cards with an explanation when there are none: a company without published
 * listings is asked to add some; otherwise it learns how to describe them better.
 */
export async function PartnerSuggestionList({
  result,
  locale,
  organizationId,
  emptyText,
}: {
  result: PartnerSuggestions | null;
  locale: Lang;
  organizationId: string;
  /** Shown instead of the general hint when nothing matched (e.g. among an event's participants). */
  emptyText?: string;
}) {
  const t = await getTranslations("Partners");
  const listingsLink = (
    <Link
      href={{ pathname: "/account/company/listings", query: { org: organizationId } }}
      className="font-medium text-brand-700 underline"
      data-testid="suggestions-add-listings"
    >
      {t("toListings")}
    </Link>
  );
  if (!result) return <p className="text-slate-600">{t("unavailable")}</p>;
  if (!result.suggestions.length) {
    const noListings = result.publishedListings === 0;
    return (
      <div className="flex flex-col gap-2" data-testid="partner-suggestions-empty">
        <p className="text-slate-600">{noListings ? t("noListings") : (emptyText ?? t("noMatches"))}</p>
        <p>{listingsLink}</p>
      </div>
    );
  }
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {result.suggestions.map((s) => (
        <li key={s.organization.id}>
          <PartnerSuggestionCard suggestion={s} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
