// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateInstitutionForm } from "@/components/institutions/create-institution-form";
import { VerificationScopeControl } from "@/components/institutions/verification-scope-control";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { regionName } from "@/lib/geo/labels";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { institutionsForAdmin } from "@/lib/institutions/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Institutions.admin" });
  return { title: t("title") };
}

export default async function AdminInstitutionsPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  await requirePlatformAdmin(locale, "/admin/institutions");
  const [t, tt, tc, institutions] = await Promise.all([
    getTranslations("Institutions.admin"),
    getTranslations("Institutions.types"),
    getTranslations("Countries"),
    institutionsForAdmin(),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card as="section" aria-labelledby="new-institution">
        <CardTitle id="new-institution">{t("newTitle")}</CardTitle>
        <div className="mt-4">
          <CreateInstitutionForm />
        </div>
      </Card>
      <section aria-labelledby="all-institutions" className="flex flex-col gap-3">
        <h2 id="all-institutions" className="text-xl font-semibold">
          {t("listTitle")}
        </h2>
        {institutions.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200">
            {institutions.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
                <Link href={`/institutions/${i.slug}`} className="font-medium text-brand-800 hover:underline">
                  {i.name}
                </Link>
                <span className="text-sm text-slate-600">
                  {[i.institutionType ? tt(i.institutionType) : null, regionName(i.regionId, locale), tc(i.country as "DE")]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
                <VerificationScopeControl institutionId={i.id} institutionName={i.name} scope={i.verificationScope} />
                <span className="ml-auto text-sm text-slate-600">
                  {t("staffCount", { members: i._count.memberships, invited: i._count.invitations })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
