// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateCompanyForm } from "@/components/account/create-company-form";
import { SignOutButton } from "@/components/account/sign-out-button";
import { DashboardPartnerSection } from "@/components/partners/dashboard-partner-section";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { organizationsOf } from "@/lib/team/queries";
import { ProfileInsightsCard } from "@/components/statistics/profile-insights-card";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("title") };
}

const STATUS_KEY = { DRAFT: "draft", PUBLISHED: "published", UNPUBLISHED: "unpublished" } as const;

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/account");
  const requestedOrg = firstParam((await searchParams).org);
  const [t, tr, organizations] = await Promise.all([
    getTranslations("Account"),
    getTranslations("Team.roles"),
    organizationsOf(user.id),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={t("greeting", { name: user.name ?? user.email })}
        description={t("signedInAs", { email: user.email })}
        actions={<SignOutButton />}
      />

      <Card as="section" aria-labelledby="organizations">
        <CardTitle id="organizations">
          {t("organizations")}
        </CardTitle>
        {organizations.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("noOrganizations")}</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-100">
            {organizations.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-3 py-3">
                <span className="font-medium">{o.name}</span>
                <Badge tone="brand">{tr(o.role)}</Badge>
                <Badge tone={o.status === "PUBLISHED" ? "slate" : "amber"}>{t(STATUS_KEY[o.status])}</Badge>
                {o.kind === "COMPANY" ? (
                  <Link
                    href={{ pathname: "/account/company", query: { org: o.id } }}
                    className="ml-auto text-sm font-medium text-brand-700 underline"
                  >
                    {t("editProfile")}
                  </Link>
                ) : null}
                <Link
                  href={{ pathname: "/account/team", query: { org: o.id } }}
                  className={`${o.kind === "COMPANY" ? "" : "ml-auto "}text-sm font-medium text-brand-700 underline`}
                >
                  {t("manageTeam")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>

      {organizations
        .filter((o) => o.kind === "COMPANY")
        .map((o) => (
          <ProfileInsightsCard key={o.id} company={o} locale={locale} />
        ))}

      <DashboardPartnerSection user={user} requested={requestedOrg} locale={locale} />

      <Card as="section" aria-labelledby="create-company">
        <CardTitle id="create-company">
          {t("createCompany.title")}
        </CardTitle>
        <p className="mb-4 mt-1 text-slate-600">{t("createCompany.intro")}</p>
        <CreateCompanyForm />
      </Card>
    </div>
  );
}
