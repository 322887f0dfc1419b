// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemandReport } from "@/components/statistics/demand-report";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";
import { demandFor, mayViewPlatformDemand, parseDemandRequest } from "@/lib/statistics/demand-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Demand" });
  return { title: t("title") };
}

export default async function AdminDemandPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/admin/demand");
  // The admin area answers everyone else as if it did not exist.
  if (!mayViewPlatformDemand(user)) notFound();
  const t = await getTranslations("Demand");
  const countries = await getTranslations("Countries");
  const request = parseDemandRequest(await searchParams, null);
  const signals = await demandFor(db, request);
  const exportQuery = new URLSearchParams({ month: request.month, into: request.into ?? "all", locale });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("platformIntro")} />
      <DemandReport
        signals={signals}
        request={request}
        locale={locale}
        action={`/${locale}/admin/demand`}
        exportHref={`/api/statistics/demand?${exportQuery}`}
        sides={{
          name: "into",
          selected: request.into ?? "all",
          options: [
            { value: "all", label: t("sides.all") },
            { value: "DE", label: t("sides.into", { country: countries("DE") }) },
            { value: "CZ", label: t("sides.into", { country: countries("CZ") }) },
          ],
        }}
      />
    </div>
  );
}
