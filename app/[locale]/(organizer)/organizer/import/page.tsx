// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemberImportWizard } from "@/components/import/member-import-wizard";
import { Card } from "@/components/ui/card";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { MEMBER_FILE_LIMITS } from "@/lib/import/import-file";
import { importableInstitutions } from "@/lib/import/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "MemberImport" });
  return { title: t("title") };
}

/** Institution staff load their member list from a CSV or XLSX file. */
export default async function MemberImportPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/organizer/import");
  const [t, institutions] = await Promise.all([getTranslations("MemberImport"), importableInstitutions(user)]);
  if (!institutions.length) {
    return (
      <div className="flex flex-col gap-3">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-2xl text-slate-600">{t("notStaff")}</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card as="section" padding="sm" aria-label={t("title")}>
        <MemberImportWizard institutions={institutions} maxBytes={MEMBER_FILE_LIMITS.maxBytes} />
      </Card>
    </div>
  );
}
