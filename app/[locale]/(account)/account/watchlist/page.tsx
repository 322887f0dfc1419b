// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CompanySwitcher } from "@/components/company-editor/company-switcher";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { RemoveFromWatchlistButton } from "@/components/watchlist/remove-from-watchlist-button";
import { WatchlistNoteForm } from "@/components/watchlist/watchlist-note-form";
import { Badge } from "@/components/ui/badge";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { accountCompany } from "@/lib/companies/account-context";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { watchlistOf } from "@/lib/watchlist/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Watchlist" });
  return { title: t("title") };
}

export default async function WatchlistPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const requested = firstParam((await searchParams).org);
  const { user, companies, current } = await accountCompany(locale, "/account/watchlist", requested);
  const [t, tc, format] = await Promise.all([getTranslations("Watchlist"), getTranslations("Countries"), getFormatter()]);

  if (!current) {
    return (
      <div className="flex flex-col gap-4">
        <PageTitle>{t("title")}</PageTitle>
        <p className="text-slate-600">{t("noCompany")}</p>
        <Link href="/account" className="font-medium text-brand-700 underline">
          {t("toAccount")}
        </Link>
      </div>
    );
  }

  const header = (
    <PageHeader title={<>{t("title")} · {current.name}</>} description={t("intro", { company: current.name })}>
      <CompanySwitcher companies={companies} currentId={current.id} />
    </PageHeader>
  );

  // The notes are the company's private business: only those who may keep the list see them.
  if (!can(user, "watchlist.manage", { organizationId: current.id })) {
    return (
      <div className="flex flex-col gap-6">
        {header}
        <p className="text-slate-700">{t("notAllowed")}</p>
      </div>
    );
  }

  const entries = await watchlistOf(current.id);
  const country = (code: string) => (tc.has(code as "DE") ? tc(code as "DE") : code);

  return (
    <div className="flex flex-col gap-6">
      {header}
      {entries.length === 0 ? (
        <EmptyState
          action={
            <Button variant="link" href="/companies">
              {t("browse")}
            </Button>
          }
        >
          {t("empty")}
        </EmptyState>
      ) : (
        <section aria-labelledby="watchlist-entries" className="flex flex-col gap-3">
          <h2 id="watchlist-entries" className="text-sm font-medium text-slate-600">
            {t("count", { count: entries.length })}
          </h2>
          <ul className="flex flex-col gap-4">
            {entries.map(({ id, note, createdAt, watched }) => {
              const isPublic = watched.status === "PUBLISHED";
              return (
                <Card
                  as="li"
                  padding="sm"
                  key={id}
                  data-testid="watchlist-entry"
                  className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
                >
                  <div className="flex flex-col gap-2">
                    <h3 className="text-lg font-semibold break-words">
                      {isPublic ? (
                        <Link href={`/companies/${watched.slug}`} className="text-brand-800 hover:underline">
                          {watched.name}
                        </Link>
                      ) : (
                        watched.name
                      )}
                    </h3>
                    <p className="text-sm text-slate-600">
                      {[watched.city, country(watched.country)].filter(Boolean).join(" · ")}
                    </p>
                    {isPublic ? null : (
                      <span>
                        <Badge tone="amber">{t("notPublic")}</Badge>
                      </span>
                    )}
                    <p className="text-xs text-slate-500">{t("addedOn", { date: format.dateTime(createdAt, "short") })}</p>
                    <div className="mt-auto flex flex-wrap items-center gap-3 pt-2">
                      {isPublic ? (
                        <Button
                          size="sm"
                          href={{ pathname: "/account/inbox/new", query: { to: watched.slug } }}
                          data-testid="watchlist-send-enquiry"
                        >
                          {t("sendEnquiry")}
                          <span className="sr-only">: {watched.name}</span>
                        </Button>
                      ) : null}
                      <RemoveFromWatchlistButton entryId={id} name={watched.name} />
                    </div>
                  </div>
                  <WatchlistNoteForm entryId={id} note={note} companyName={current.name} watchedName={watched.name} />
                </Card>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
