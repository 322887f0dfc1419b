// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AlertFrequencySelect } from "@/components/saved-searches/alert-frequency-select";
import { DeleteSavedSearchButton } from "@/components/saved-searches/delete-saved-search-button";
import { SavedSearchName } from "@/components/saved-searches/saved-search-name";
import { getFilterLabeler } from "@/components/search/filter-labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { toLocale } from "@/lib/i18n/translator";
import { savedSearchesOf } from "@/lib/saved-searches/queries";
import { savedSearchParams, storedFilters } from "@/lib/saved-searches/schema";
import { DEFAULT_RADIUS_KM, FILTER_PARAMS } from "@/lib/search/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "SavedSearches" });
  return { title: t("title") };
}

export default async function SavedSearchesPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/account/saved-searches");
  const [t, tNear, tVerified, languages, format, label, searches] = await Promise.all([
    getTranslations("SavedSearches"),
    getTranslations("SearchNear"),
    getTranslations("Verification"),
    getTranslations("LanguageNames"),
    getFormatter(),
    getFilterLabeler(locale),
    savedSearchesOf(user.id),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      {searches.length === 0 ? (
        <EmptyState
          action={
            <Button variant="link" href="/search">
              {t("toSearch")}
            </Button>
          }
        >
          {t("empty")}
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-4">
          {searches.map((s) => {
            const filters = storedFilters(s.filters);
            const chips = FILTER_PARAMS.filter((k) => filters[k]).map((k) => label(k, filters[k]!));
            if (filters.verified === "1") chips.push(tVerified("onlyVerified"));
            if (filters.near) chips.push(tNear("chip", { km: Number(filters.radius ?? DEFAULT_RADIUS_KM), place: filters.near }));
            return (
              <Card
                as="li"
                padding="sm"
                key={s.id}
                data-testid="saved-search"
                className="flex flex-col gap-4"
              >
                <SavedSearchName savedSearchId={s.id} name={s.name} />
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className={s.query ? "font-medium" : "text-slate-600"}>{s.query ? t("queryText", { q: s.query }) : t("noQuery")}</span>
                  {chips.map((chip) => (
                    <Badge key={chip}>{chip}</Badge>
                  ))}
                </div>
                <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
                  <AlertFrequencySelect savedSearchId={s.id} frequency={s.frequency} />
                  <div className="flex flex-col gap-1 text-sm text-slate-600 sm:text-right">
                    <span>{t("mailLanguage", { language: languages(toLocale(s.locale)) })}</span>
                    {s.lastAlertAt ? <span>{t("lastAlert", { date: format.dateTime(s.lastAlertAt, "short") })}</span> : null}
                  </div>
                </div>
                <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-3">
                  <Button
                    href={{ pathname: "/search", query: savedSearchParams(s.query, filters) }}
                    className="text-sm"
                    data-testid="saved-search-run"
                  >
                    {t("run")}
                    <span className="sr-only">: {s.name}</span>
                  </Button>
                  <DeleteSavedSearchButton savedSearchId={s.id} name={s.name} />
                </div>
              </Card>
            );
          })}
        </ul>
      )}
    </div>
  );
}
