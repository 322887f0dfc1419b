// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CompanySwitcher } from "@/components/company-editor/company-switcher";
import { CompanyTabs } from "@/components/company-editor/company-tabs";
import { FormAlert } from "@/components/forms/form-alert";
import { ListingActions } from "@/components/listings/listing-actions";
import { ModerationNotices } from "@/components/moderation/moderation-notices";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { can } from "@/lib/auth/permissions";
import { accountCompany } from "@/lib/companies/account-context";
import { pickLocalized, trilingual } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listingsOfCompany } from "@/lib/listings/queries";
import { LISTING_KINDS } from "@/lib/listings/schema";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Listings" });
  return { title: t("title") };
}

export default async function ListingsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const requested = firstParam(query.org);
  const { user, companies, current } = await accountCompany(locale, "/account/company/listings", requested);
  const [t, te, format] = await Promise.all([
    getTranslations("Listings"),
    getTranslations("CompanyEditor"),
    getFormatter(),
  ]);
  if (!current) {
    return (
      <div className="flex flex-col gap-4">
        <PageTitle>{t("title")}</PageTitle>
        <p className="text-slate-600">{te("noCompany")}</p>
        <Link href="/account" className="font-medium text-brand-700 underline">
          {te("toAccount")}
        </Link>
      </div>
    );
  }
  const listings = await listingsOfCompany(current.id);
  const canEdit = can(user, "listing.update", { organizationId: current.id });
  const now = new Date();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={<>{t("title")} · {current.name}</>} description={t("intro")}>
        {current.status !== "PUBLISHED" ? <FormAlert tone="info">{t("companyNotPublished")}</FormAlert> : null}
        {firstParam(query.saved) ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
        <CompanySwitcher companies={companies} currentId={current.id} />
      </PageHeader>
      <ModerationNotices organizationId={current.id} locale={locale} />
      <CompanyTabs organizationId={current.id} active="listings" />
      {canEdit ? (
        <div className="flex flex-wrap gap-3">
          {LISTING_KINDS.map((kind) => (
            <Button
              key={kind}
              href={{ pathname: "/account/company/listings/new", query: { org: current.id, kind } }}
            >
              {t(`new.${kind}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {LISTING_KINDS.map((kind) => {
        const items = listings.filter((l) => l.kind === kind);
        return (
          <Card
            as="section"
            key={kind}
            aria-labelledby={`listings-${kind}`}
          >
            <CardTitle id={`listings-${kind}`}>
              {t(`sections.${kind}`)}
            </CardTitle>
            {items.length === 0 ? (
              <p className="mt-2 text-slate-600">{t("empty")}</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100">
                {items.map((l) => {
                  const title = pickLocalized(trilingual(l, "title"), locale);
                  const expired = l.validUntil !== null && l.validUntil < now;
                  return (
                    <li key={l.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                      <div className="flex flex-col gap-1">
                        <span className="font-medium" lang={title?.lang}>
                          {title?.text}
                        </span>
                        <span className="flex flex-wrap gap-2 text-xs">
                          <Badge tone={l.status === "PUBLISHED" ? "brand" : "amber"}>
                            {te(`publication.states.${l.status}`)}
                          </Badge>
                          {l.category ? <Badge>{t(`categories.${l.category}`)}</Badge> : null}
                          {l.validUntil ? (
                            <span className={expired ? "text-red-700" : "text-slate-600"}>
                              {expired
                                ? t("expired")
                                : t("validUntil", { date: format.dateTime(l.validUntil, "short") })}
                            </span>
                          ) : null}
                        </span>
                      </div>
                      {canEdit ? (
                        <div className="flex flex-col items-end gap-2">
                          <Link
                            href={`/account/company/listings/${l.id}`}
                            className="text-sm font-medium text-brand-700 underline"
                          >
                            {t("edit")}
                            <span className="sr-only">: {title?.text}</span>
                          </Link>
                          <ListingActions
                            listingId={l.id}
                            title={title?.text ?? ""}
                            published={l.status === "PUBLISHED"}
                          />
                        </div>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </Card>
        );
      })}
    </div>
  );
}
