// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportQueue } from "@/components/moderation/report-queue";
import { PageHeader } from "@/components/ui/page-header";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { parsePage } from "@/lib/http/params";
import { pageLocale } from "@/lib/i18n/page-locale";
import { queueState } from "@/lib/moderation/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("metaTitle") };
}

export default async function AdminModerationPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  await requirePlatformAdmin(locale, "/admin/moderation");
  const query = await searchParams;
  const t = await getTranslations("Moderation");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <ReportQueue
        institutionId={null}
        basePath="/admin/moderation"
        state={queueState(firstParam(query.state))}
        page={parsePage(query.page)}
      />
    </div>
  );
}
