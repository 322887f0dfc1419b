// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-header";
import { pageLocale } from "@/lib/i18n/page-locale";
import { cachedPublishedCompanies } from "@/lib/cache/public-queries";
import { CompanyCard } from "@/components/companies/company-card";
import { Pagination } from "@/components/ui/pagination";
import { parsePage } from "@/lib/http/params";
import { alternatesFor } from "@/lib/i18n/alternates";
import { VerifiedOnlyToggle } from "@/components/institutions/verified-only-toggle";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Companies" });
  return { title: t("title"), alternates: alternatesFor(locale, "/companies") };
}

export default async function CompaniesPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const page = parsePage(query.page);
  const verifiedOnly = query.verified === "1";
  const t = await getTranslations("Companies");
  const { total, companies, pageCount } = await cachedPublishedCompanies(Math.min(page, 100_000), undefined, locale, {
    verifiedOnly,
  });
  const filter: Record<string, string> = verifiedOnly ? { verified: "1" } : {};
  return (
    <div>
      <PageTitle>{t("title")}</PageTitle>
      <p className="mt-2 text-slate-600">{t("intro", { count: total })}</p>
      <div className="mt-4">
        <VerifiedOnlyToggle pathname="/companies" params={filter} />
      </div>
      {companies.length === 0 ? (
        <p className="mt-8 rounded-md bg-white p-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {companies.map((c) => (
            <li key={c.id}>
              <CompanyCard company={c} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} pathname="/companies" query={filter} />
    </div>
  );
}
