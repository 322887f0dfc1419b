// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardBody } from "@/components/dashboards/dashboard-body";
import { DashboardControls } from "@/components/dashboards/dashboard-controls";
import { PeriodNotice } from "@/components/dashboards/period-notice";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { institutionDashboardAccess, institutionScope, parseScopeKind, statsInstitutionsOf } from "@/lib/dashboards/access";
import { dashboardQuery } from "@/lib/dashboards/links";
import { labelsFor } from "@/lib/dashboards/labels";
import { parsePeriod } from "@/lib/dashboards/period";
import { dashboardFigures } from "@/lib/dashboards/queries";
import { db } from "@/lib/db";
import { regionName } from "@/lib/geo/labels";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Statistics" });
  return { title: t("metaTitle") };
}

/** An institution's dashboard: its members or its region, over a chosen period. */
export default async function InstitutionStatisticsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const user = await requireUser(locale, "/organizer/statistics");
  const t = await getTranslations("Statistics");
  const own = await statsInstitutionsOf(db, user);
  const asked = firstParam(query.institution);
  if (!asked && !own.length) {
    return (
      <div className="flex flex-col gap-3">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-2xl text-slate-600">{t("notInstitution")}</p>
      </div>
    );
  }
  const { decision, institution } = await institutionDashboardAccess(db, user, asked ?? own[0].id);
  if (!decision.granted || !institution) notFound();

  const now = new Date();
  const { period, problem } = parsePeriod({ from: firstParam(query.from), to: firstParam(query.to) }, now);
  const scope = institutionScope(institution, parseScopeKind(firstParam(query.scope)));
  const scopeKind = scope.kind === "region" ? "region" : "members";
  const figures = await dashboardFigures(db, scope, period, now);
  const labels = await labelsFor(db, locale, figures);
  const regionLabel = regionName(institution.regionId, locale);
  const csvQuery = dashboardQuery({ institution: institution.id, scope: scopeKind, from: period.from, to: period.to, locale });
  const options = own.some((o) => o.id === institution.id) ? own : [institution, ...own];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={institution.name} />
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <DashboardControls period={period} institutions={{ options, id: institution.id, scope: scopeKind, regionLabel }} />
      <PeriodNotice problem={problem} />
      <DashboardBody
        locale={locale}
        period={period}
        figures={figures}
        labels={labels}
        csvHref={(figure) => `/api/organizer/statistics/${figure}?${csvQuery}`}
        demandHref={`/organizer/demand?${dashboardQuery({ institution: institution.id })}`}
      />
    </div>
  );
}
