// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportDetail } from "@/components/moderation/report-detail";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { pageLocale } from "@/lib/i18n/page-locale";
import { reportForModeration } from "@/lib/moderation/queries";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("metaTitle") };
}

export default async function AdminReportPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  await requirePlatformAdmin(locale, `/admin/moderation/${encodeURIComponent(id)}`);
  const report = isRecordId(id) ? await reportForModeration(id, null) : null;
  if (!report) notFound();
  return <ReportDetail report={report} locale={locale} basePath="/admin/moderation" />;
}
