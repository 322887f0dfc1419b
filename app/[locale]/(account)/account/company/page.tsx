// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompanyEditor } from "@/components/company-editor/company-editor";
import { CompanySwitcher } from "@/components/company-editor/company-switcher";
import { CompanyTabs } from "@/components/company-editor/company-tabs";
import { ModerationNotices } from "@/components/moderation/moderation-notices";
import { DeleteCompanyForm } from "@/components/company-editor/delete-company-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { PageTitle } from "@/components/ui/page-header";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { can } from "@/lib/auth/permissions";
import { accountCompany } from "@/lib/companies/account-context";
import { logoUrl } from "@/lib/companies/logo-url";
import { getCompanyForEditor } from "@/lib/companies/queries";
import { PROFILE_COUNTRIES, type CompanyProfileInput, type ProfileCountry } from "@/lib/companies/schema";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "CompanyEditor" });
  return { title: t("title") };
}

export default async function CompanyProfilePage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const requested = firstParam(query.org);
  const { user, companies, current } = await accountCompany(locale, "/account/company", requested);
  const t = await getTranslations("CompanyEditor");
  const tc = await getTranslations("Account.createCompany");
  const company = current ? await getCompanyForEditor(current.id) : null;
  // Set by the create form, which brings the new owner straight here.
  const justCreated = firstParam(query.created) === "1" && requested === company?.id;

  if (!current || !company) {
    return (
      <div className="flex flex-col gap-4">
        <PageTitle>{t("title")}</PageTitle>
        <p className="text-slate-600">{t("noCompany")}</p>
        <Link href="/account" className="font-medium text-brand-700 underline">
          {t("toAccount")}
        </Link>
      </div>
    );
  }

  const defaults: CompanyProfileInput = {
    organizationId: company.id,
    name: company.name,
    legalForm: company.legalForm ?? "",
    country: (PROFILE_COUNTRIES as readonly string[]).includes(company.country)
      ? (company.country as ProfileCountry)
      : "OTHER",
    regionId: company.regionId ?? "",
    city: company.city ?? "",
    postalCode: company.postalCode ?? "",
    street: company.street ?? "",
    website: company.website ?? "",
    email: company.email ?? "",
    phone: company.phone ?? "",
    foundedYear: company.foundedYear ?? "",
    employees: company.employees ?? "",
    ico: company.ico ?? "",
    vatId: company.vatId ?? "",
    languages: company.languages,
    industries: company.industries.map((i) => i.industryCode),
    certifications: company.certifications,
    description: { de: company.descriptionDe ?? "", cs: company.descriptionCs ?? "", en: company.descriptionEn ?? "" },
  };

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <PageTitle>{company.name}</PageTitle>
          <Badge tone={company.status === "PUBLISHED" ? "brand" : "amber"}>
            {t(`publication.states.${company.status}`)}
          </Badge>
          {company.status === "PUBLISHED" ? (
            <Link href={`/companies/${company.slug}`} className="text-sm font-medium text-brand-700 underline">
              {t("viewPublic")}
            </Link>
          ) : null}
        </div>
        <p className="text-slate-600">{t("intro")}</p>
        <CompanySwitcher companies={companies} currentId={company.id} />
        {justCreated ? <FormAlert tone="success">{tc("created", { name: company.name })}</FormAlert> : null}
      </header>
      <ModerationNotices organizationId={company.id} locale={locale} />
      <CompanyTabs organizationId={company.id} active="profile" />
      {/* Keyed by company: switching companies starts a fresh form instead of carrying values over. */}
      <CompanyEditor
        key={company.id}
        defaults={defaults}
        status={company.status}
        logoUrl={company.logoPath ? logoUrl(company.logoPath) : null}
        canPublish={can(user, "company.publish", { organizationId: company.id })}
      />
      {can(user, "company.delete", { organizationId: company.id }) ? (
        <section aria-labelledby="delete-company" className="rounded-lg bg-white p-6 ring-1 ring-red-200">
          <h2 id="delete-company" className="text-lg font-semibold text-red-800">
            {t("delete.title")}
          </h2>
          <div className="mt-3">
            <DeleteCompanyForm organizationId={company.id} name={company.name} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
