// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompanyDirectory } from "@/components/companies/company-directory";
import { alternatesFor } from "@/lib/i18n/alternates";
import { pageLocale } from "@/lib/i18n/page-locale";

// The same for every visitor: served from Next.js's cache, dropped with the companies' tag
// (lib/cache/public-queries.ts). Further pages and the verified filter: proxy.ts.
export const revalidate = 600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Companies" });
  return { title: t("title"), alternates: alternatesFor(locale, "/companies") };
}

export default async function CompaniesPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  return <CompanyDirectory locale={locale} page={1} verifiedOnly={false} />;
}
