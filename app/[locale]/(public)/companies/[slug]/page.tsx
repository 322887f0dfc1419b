// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { cachedPublishedCompanyBySlug } from "@/lib/cache/public-queries";
import { pickLocalized, trilingual } from "@/lib/i18n/localized";
import { alternatesFor } from "@/lib/i18n/alternates";
import { CompanyProfile } from "@/components/companies/company-profile";
import { ProfileVisitorControls } from "@/components/companies/profile-visitor-controls";
import { ListedByNote } from "@/components/companies/listed-by-note";
import { logoUrl } from "@/lib/companies/logo-url";
import { routing } from "@/lib/i18n/routing";
import { isSlug } from "@/lib/validation/ids";

// The same for every visitor: served from Next.js's cache, rendered on first request and dropped
// with the companies' tag (lib/cache/public-queries.ts). What belongs to the person looking, and
// the view for the statistics, the browser asks for (ProfileVisitorControls).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (!isSlug(slug)) return {};
  const locale = pageLocale((await params).locale);
  const company = await cachedPublishedCompanyBySlug(slug);
  if (!company) return {};
  const description = pickLocalized(trilingual(company, "description"), locale);
  const path = `/companies/${company.slug}`;
  const ogLocale = { de: "de_DE", cs: "cs_CZ", en: "en_GB" } as const;
  return {
    title: company.name,
    description: description?.text.slice(0, 160),
    alternates: alternatesFor(locale, path),
    openGraph: {
      title: company.name,
      description: description?.text.slice(0, 200),
      type: "website",
      url: `/${locale}${path}`,
      locale: ogLocale[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images: company.logoPath ? [{ url: logoUrl(company.logoPath), alt: company.name }] : undefined,
    },
    twitter: { card: "summary", title: company.name, description: description?.text.slice(0, 200) },
  };
}

export default async function CompanyPage({ params }: Props) {
  const { slug } = await params;
  if (!isSlug(slug)) notFound();
  const locale = pageLocale((await params).locale);
  const company = await cachedPublishedCompanyBySlug(slug);
  if (!company) notFound();
  return (
    <>
      <ListedByNote companyId={company.id} />
      <CompanyProfile
        company={company}
        locale={locale}
        t={await getTranslations("Companies")}
        actions={<ProfileVisitorControls company={{ id: company.id, slug: company.slug, name: company.name }} />}
      />
    </>
  );
}
