// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { languagesOf, pickLocalized, trilingual, type Lang } from "@/lib/i18n/localized";
import { regionName } from "@/lib/geo/labels";
import type { CompanyDetail } from "@/lib/companies/queries";
import { logoUrl } from "@/lib/companies/logo-url";
import { publicBaseUrl } from "@/lib/env";
import { Badge } from "@/components/ui/badge";
import { CompanyVerifications } from "@/components/institutions/company-verifications";
import { LanguageBadges } from "./language-badges";
import { LocalizedText } from "./localized-text";

type T = Awaited<ReturnType<typeof getTranslations<"Companies">>>;

function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.toString() : null;
  } catch {
    return null;
  }
}

function languageName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export async function CompanyProfile({
  company,
  locale,
  t,
  actions,
}: {
  company: CompanyDetail;
  locale: Lang;
  t: T;
  /** Controls for signed-in visitors (send an enquiry, keep on the watchlist), beside the title. */
  actions?: ReactNode;
}) {
  const tc = await getTranslations("Countries");
  const te = await getTranslations("EmployeeBands");
  const tk = await getTranslations("Listings.categories");
  const format = await getFormatter();
  const description = trilingual(company, "description");
  const offers = company.listings.filter((l) => l.kind === "OFFER");
  const requests = company.listings.filter((l) => l.kind === "REQUEST");
  const website = safeHref(company.website);
  const industryName = (i: CompanyDetail["industries"][number]["industry"]) =>
    ({ de: i.nameDe, cs: i.nameCs, en: i.nameEn })[locale];
  const logo = company.logoPath ? logoUrl(company.logoPath) : null;
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: company.name,
    url: website ?? undefined,
    logo: logo ? `${publicBaseUrl()}${logo}` : undefined,
    vatID: company.vatId ?? undefined,
    email: company.email ?? undefined,
    telephone: company.phone ?? undefined,
    foundingDate: company.foundedYear ? String(company.foundedYear) : undefined,
    address: {
      "@type": "PostalAddress",
      streetAddress: company.street ?? undefined,
      postalCode: company.postalCode ?? undefined,
      addressLocality: company.city ?? undefined,
      addressCountry: company.country,
    },
    knowsLanguage: company.languages,
  };

  return (
    <article className="space-y-8">
      <script
        type="application/ld+json"
        // JSON.stringify output with "<" escaped cannot close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <Link href="/companies" className="text-sm text-brand-700 hover:underline">
        ← {t("backToDirectory")}
      </Link>
      <header className="flex flex-wrap items-start gap-4">
        {logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- stored at its display size already; the optimizer would only re-encode it
          <img
            src={logo}
            alt={t("logoOf", { name: company.name })}
            width={96}
            height={96}
            className="h-24 w-24 rounded-lg bg-white object-contain p-1 ring-1 ring-slate-200"
          />
        ) : null}
        <div>
          <PageTitle>{company.name}</PageTitle>
          <p className="mt-1 text-slate-600">
            {[company.city, regionName(company.regionId, locale), tc(company.country as "DE")].filter(Boolean).join(" · ")}
          </p>
          <div className="mt-3 flex items-center gap-2 text-sm text-slate-600">
            <span>{t("textLanguages")}:</span>
            <LanguageBadges langs={languagesOf(description)} />
          </div>
          <CompanyVerifications companyId={company.id} locale={locale} />
        </div>
        {actions ? <div className="flex w-full flex-col gap-3 sm:ml-auto sm:w-auto sm:items-end">{actions}</div> : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section aria-labelledby="about" className="rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="about" className="text-lg font-semibold">{t("about")}</h2>
            <LocalizedText value={pickLocalized(description, locale)} empty={t("noDescription")} />
          </section>
          {[
            { id: "offers", title: t("offers"), items: offers, empty: t("noOffers") },
            { id: "requests", title: t("requests"), items: requests, empty: t("noRequests") },
          ].map((block) => (
            <section key={block.id} aria-labelledby={block.id} className="rounded-lg border border-slate-200 bg-white p-6">
              <h2 id={block.id} className="text-lg font-semibold">{block.title}</h2>
              {block.items.length === 0 ? (
                <p className="mt-2 text-slate-600">{block.empty}</p>
              ) : (
                <ul className="mt-3 divide-y divide-slate-100">
                  {block.items.map((l) => {
                    const title = pickLocalized(trilingual(l, "title"), locale);
                    return (
                      <li key={l.id} className="py-3">
                        <h3 className="font-medium" lang={title?.lang}>
                          {title?.text}
                          {l.category ? (
                            <span className="ml-2 align-middle">
                              <Badge>{tk(l.category)}</Badge>
                            </span>
                          ) : null}
                        </h3>
                        <LocalizedText value={pickLocalized(trilingual(l, "description"), locale)} compact />
                        {l.validUntil && (
                          <p className="mt-1 text-xs text-slate-500">
                            {t("validUntil", { date: format.dateTime(l.validUntil, "short") })}
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
        </div>

        <aside className="space-y-6">
          <section aria-labelledby="facts" className="rounded-lg border border-slate-200 bg-white p-6 text-sm">
            <h2 id="facts" className="text-lg font-semibold">{t("facts")}</h2>
            <dl className="mt-3 space-y-3">
              {company.employees && (
                <div>
                  <dt className="font-medium text-slate-500">{t("employees")}</dt>
                  <dd>{te(company.employees)}</dd>
                </div>
              )}
              {company.foundedYear && (
                <div>
                  <dt className="font-medium text-slate-500">{t("founded")}</dt>
                  <dd>{company.foundedYear}</dd>
                </div>
              )}
              {company.languages.length > 0 && (
                <div>
                  <dt className="font-medium text-slate-500">{t("languagesSpoken")}</dt>
                  <dd>{company.languages.map((l) => languageName(languageNames, l)).join(", ")}</dd>
                </div>
              )}
              {company.industries.length > 0 && (
                <div>
                  <dt className="font-medium text-slate-500">{t("industries")}</dt>
                  <dd>
                    <ul className="list-inside list-disc">
                      {company.industries.map(({ industry }) => (
                        <li key={industry.code}>
                          {industryName(industry)} <span className="text-slate-500">({industry.code})</span>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
              {company.certifications.length > 0 && (
                <div>
                  <dt className="font-medium text-slate-500">{t("certifications")}</dt>
                  <dd className="mt-1 flex flex-wrap gap-1">
                    {company.certifications.map((c) => (
                      <Badge key={c}>{c}</Badge>
                    ))}
                  </dd>
                </div>
              )}
            </dl>
          </section>
          <section aria-labelledby="contact" className="rounded-lg border border-slate-200 bg-white p-6 text-sm">
            <h2 id="contact" className="text-lg font-semibold">{t("contact")}</h2>
            <dl className="mt-3 space-y-3">
              {(company.street || company.city) && (
                <div>
                  <dt className="font-medium text-slate-500">{t("address")}</dt>
                  <dd>
                    {company.street}
                    {company.street && <br />}
                    {[company.postalCode, company.city].filter(Boolean).join(" ")}
                  </dd>
                </div>
              )}
              {website && (
                <div>
                  <dt className="font-medium text-slate-500">{t("website")}</dt>
                  <dd>
                    <a href={website} rel="nofollow noopener" className="break-all text-brand-700 hover:underline">
                      {website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                    </a>
                  </dd>
                </div>
              )}
              {company.email && (
                <div>
                  <dt className="font-medium text-slate-500">{t("email")}</dt>
                  <dd>
                    <a href={`mailto:${company.email}`} className="break-all text-brand-700 hover:underline">
                      {company.email}
                    </a>
                  </dd>
                </div>
              )}
              {company.phone && (
                <div>
                  <dt className="font-medium text-slate-500">{t("phone")}</dt>
                  <dd>{company.phone}</dd>
                </div>
              )}
            </dl>
          </section>
        </aside>
      </div>
    </article>
  );
}
