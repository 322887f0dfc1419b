// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-header";
import { CompanyCard } from "@/components/companies/company-card";
import { Pagination } from "@/components/ui/pagination";
import { VerifiedOnlyToggle } from "@/components/institutions/verified-only-toggle";
import { cachedPublishedCompanies } from "@/lib/cache/public-queries";
import type { Locale } from "@/lib/i18n/routing";

/**
 * One page of the company directory. Its links keep the visitor's address form
 * (`/companies?page=2&verified=1`); proxy.ts hands such addresses to the cached page under
 * /companies/directory/<filter>/<page>.
 */
export async function CompanyDirectory({ locale, page, verifiedOnly }: { locale: Locale; page: number; verifiedOnly: boolean }) {
  const t = await getTranslations("Companies");
  const { total, companies, pageCount } = await cachedPublishedCompanies(page, undefined, locale, { verifiedOnly });
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
