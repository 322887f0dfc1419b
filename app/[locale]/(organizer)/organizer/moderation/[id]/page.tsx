// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportDetail } from "@/components/moderation/report-detail";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { pageLocale } from "@/lib/i18n/page-locale";
import { mayModerateFor } from "@/lib/moderation/access";
import { reportForModeration } from "@/lib/moderation/queries";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("metaTitle") };
}

/** A report about a company the institution moderates; any other id is "not found". */
export default async function InstitutionReportPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const institutionId = firstParam((await searchParams).institution) ?? "";
  const user = await requireUser(
    locale,
    `/organizer/moderation/${encodeURIComponent(id)}?institution=${encodeURIComponent(institutionId)}`,
  );
  if (!isRecordId(id) || !isRecordId(institutionId) || !mayModerateFor(user, institutionId)) notFound();
  const report = await reportForModeration(id, institutionId);
  if (!report) notFound();
  return (
    <ReportDetail report={report} locale={locale} basePath="/organizer/moderation" institutionId={institutionId} />
  );
}
