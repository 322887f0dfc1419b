// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RevokeVerificationControl, VerifyCompanyControl } from "@/components/institutions/verification-controls";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { companiesInScope, VERIFICATION_PAGE_SIZE, verifyingInstitutionsOf } from "@/lib/institutions/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Institutions.verification" });
  return { title: t("title") };
}

export default async function VerificationPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const requested = firstParam(query.institution);
  const q = (firstParam(query.q) ?? "").trim().slice(0, 100);
  const page = Math.min(1000, Math.max(1, Number.parseInt(firstParam(query.page) ?? "1", 10) || 1));
  const user = await requireUser(locale, "/organizer/verification");
  const [t, ts, format, institutions] = await Promise.all([
    getTranslations("Institutions.verification"),
    getTranslations("Institutions.scopes"),
    getFormatter(),
    verifyingInstitutionsOf(user),
  ]);
  if (!institutions.length) {
    return (
      <div className="flex flex-col gap-3">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-2xl text-slate-600">{t("notStaff")}</p>
      </div>
    );
  }
  const institution = institutions.find((i) => i.id === requested) ?? institutions[0];
  const { companies, total } = await companiesInScope(institution.id, { q, page });
  const pages = Math.max(1, Math.ceil(total / VERIFICATION_PAGE_SIZE));
  const pageHref = (n: number) => ({
    pathname: "/organizer/verification",
    query: { institution: institution.id, ...(q ? { q } : {}), ...(n > 1 ? { page: String(n) } : {}) },
  });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={`${institution.name} · ${ts(institution.verificationScope)}`}>
        <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </PageHeader>
      {/* A plain GET form: works without JavaScript and keeps a shareable URL. */}
      <form method="get" className="flex flex-wrap items-end gap-2">
        {institutions.length > 1 ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("institution")}
            <select name="institution" defaultValue={institution.id} className="rounded-md border border-slate-300 bg-white px-3 py-2">
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <input type="hidden" name="institution" value={institution.id} />
        )}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("search")}
          <input name="q" type="search" defaultValue={q} maxLength={100} className="rounded-md border border-slate-300 bg-white px-3 py-2" />
        </label>
        <Button variant="neutral" size="sm" type="submit" className="py-2">
          {t("show")}
        </Button>
      </form>
      {companies.length === 0 ? (
        <EmptyState>{q ? t("noMatches") : t(institution.verificationScope === "REGION" ? "emptyRegion" : "emptyMembers")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { count: total })}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2">{t("company")}</th>
                <th scope="col" className="px-4 py-2">{t("register")}</th>
                <th scope="col" className="px-4 py-2">{t("state")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {companies.map((c) => {
                const active = c.verifications[0];
                return (
                  <tr key={c.id} data-testid="verification-row">
                    <th scope="row" className="px-4 py-3 font-medium">
                      {c.status === "PUBLISHED" ? (
                        <Link href={`/companies/${c.slug}`} className="text-brand-800 hover:underline">
                          {c.name}
                        </Link>
                      ) : (
                        c.name
                      )}
                      {c.city ? <span className="block text-xs font-normal text-slate-600">{c.city}</span> : null}
                    </th>
                    <td className="px-4 py-3 text-slate-700">{[c.ico && `IČO ${c.ico}`, c.vatId].filter(Boolean).join(" · ") || "–"}</td>
                    <td className="px-4 py-3">
                      {active ? (
                        <div className="flex flex-col gap-1">
                          <span className="text-emerald-800">
                            {t("verifiedOn", { date: format.dateTime(active.verifiedAt, { dateStyle: "long" }) })}
                          </span>
                          <RevokeVerificationControl verificationId={active.id} companyName={c.name} />
                        </div>
                      ) : (
                        <VerifyCompanyControl institutionId={institution.id} companyId={c.id} companyName={c.name} />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex gap-3 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? <Link href={pageHref(page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
