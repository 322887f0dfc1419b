// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardBody } from "@/components/dashboards/dashboard-body";
import { DashboardControls } from "@/components/dashboards/dashboard-controls";
import { PeriodNotice } from "@/components/dashboards/period-notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { dashboardQuery } from "@/lib/dashboards/links";
import { labelsFor } from "@/lib/dashboards/labels";
import { parsePeriod } from "@/lib/dashboards/period";
import { dashboardFigures } from "@/lib/dashboards/queries";
import { db } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Statistics" });
  return { title: t("adminTitle") };
}

/** The whole portal's figures, for platform admins. */
export default async function PlatformStatisticsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  await requirePlatformAdmin(locale, "/admin/statistics");
  const t = await getTranslations("Statistics");
  const now = new Date();
  const { period, problem } = parsePeriod({ from: firstParam(query.from), to: firstParam(query.to) }, now);
  const figures = await dashboardFigures(db, { kind: "platform" }, period, now);
  const labels = await labelsFor(db, locale, figures);
  const csvQuery = dashboardQuery({ from: period.from, to: period.to, locale });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("adminTitle")} description={t("adminIntro")} />
      <DashboardControls period={period} />
      <PeriodNotice problem={problem} />
      <DashboardBody
        locale={locale}
        period={period}
        figures={figures}
        labels={labels}
        csvHref={(figure) => `/api/admin/statistics/${figure}?${csvQuery}`}
        demandHref="/admin/demand"
      />
    </div>
  );
}
