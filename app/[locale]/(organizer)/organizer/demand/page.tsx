// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemandReport } from "@/components/statistics/demand-report";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";
import { demandFor, parseDemandRequest, pickInstitution, statsInstitutionsOf } from "@/lib/statistics/demand-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Demand" });
  return { title: t("title") };
}

export default async function InstitutionDemandPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const user = await requireUser(locale, "/organizer/demand");
  const t = await getTranslations("Demand");
  const institutions = await statsInstitutionsOf(db, user);
  if (!institutions.length) {
    return (
      <div className="flex flex-col gap-3">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-2xl text-slate-600">{t("notInstitution")}</p>
      </div>
    );
  }
  const requested = typeof query.org === "string" ? query.org : undefined;
  // Another institution's id reads like an unknown one.
  const institution = pickInstitution(institutions, requested);
  if (!institution) notFound();
  const request = parseDemandRequest(query, institution);
  const signals = await demandFor(db, request);
  const countries = await getTranslations("Countries");
  const ownCountry = countries.has(institution.country as "DE") ? countries(institution.country as "DE") : institution.country;
  const exportQuery = new URLSearchParams({ org: institution.id, month: request.month, view: request.view, locale });
  const crossBorderPossible = institution.country === "DE" || institution.country === "CZ";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={institution.name}>
        <p className="mt-2 max-w-3xl text-slate-600">
          {request.view === "crossBorder" ? t("crossBorderIntro", { country: ownCountry }) : t("allIntro")}
        </p>
      </PageHeader>
      <DemandReport
        signals={signals}
        request={request}
        locale={locale}
        action={`/${locale}/organizer/demand`}
        exportHref={`/api/statistics/demand?${exportQuery}`}
        hidden={{ org: institution.id }}
        sides={{
          name: "view",
          selected: request.view,
          options: [
            ...(crossBorderPossible ? [{ value: "crossBorder", label: t("sides.into", { country: ownCountry }) }] : []),
            { value: "all", label: t("sides.all") },
          ],
        }}
      />
    </div>
  );
}
