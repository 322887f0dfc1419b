import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { getPublishedCompanyBySlug } from "@/lib/companies/queries";
import { pickLocalized, trilingual, type Lang } from "@/lib/i18n/localized";
import { alternatesFor } from "@/lib/i18n/alternates";
import { CompanyProfile } from "@/components/companies/company-profile";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const company = await getPublishedCompanyBySlug(slug);
  if (!company) return {};
  const description = pickLocalized(trilingual(company, "description"), locale as Lang);
  return {
    title: company.name,
    description: description?.text.slice(0, 160),
    alternates: alternatesFor(locale, `/companies/${company.slug}`),
    openGraph: { title: company.name, description: description?.text.slice(0, 200), type: "website" },
  };
}

export default async function CompanyPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const company = await getPublishedCompanyBySlug(slug);
  if (!company) notFound();
  return <CompanyProfile company={company} locale={(await getLocale()) as Lang} t={await getTranslations("Companies")} />;
}
