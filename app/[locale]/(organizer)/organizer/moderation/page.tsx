// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InstitutionPicker } from "@/components/moderation/institution-picker";
import { ReportQueue } from "@/components/moderation/report-queue";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { parsePage } from "@/lib/http/params";
import { pageLocale } from "@/lib/i18n/page-locale";
import { institutionsModeratedBy, queueState } from "@/lib/moderation/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("metaTitle") };
}

/** An institution's staff moderate the companies it lists or verified; the queue shows only those. */
export default async function InstitutionModerationPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const requested = firstParam(query.institution);
  const user = await requireUser(
    locale,
    `/organizer/moderation${requested ? `?institution=${encodeURIComponent(requested)}` : ""}`,
  );
  const [t, institutions] = await Promise.all([getTranslations("Moderation"), institutionsModeratedBy(user)]);
  const current = institutions.find((i) => i.id === requested) ?? institutions[0];
  if (!current) {
    return (
      <div className="flex flex-col gap-3">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-2xl text-slate-600">{t("notInstitution")}</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("institutionIntro", { institution: current.name })}>
        <InstitutionPicker institutions={institutions} currentId={current.id} />
      </PageHeader>
      <ReportQueue
        institutionId={current.id}
        basePath="/organizer/moderation"
        state={queueState(firstParam(query.state))}
        page={parsePage(query.page)}
      />
    </div>
  );
}
