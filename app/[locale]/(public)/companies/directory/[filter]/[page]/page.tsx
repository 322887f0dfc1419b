// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompanyDirectory } from "@/components/companies/company-directory";
import { isDirectoryFilter } from "@/lib/companies/directory-paths";
import { parsePage } from "@/lib/http/params";
import { alternatesFor } from "@/lib/i18n/alternates";
import { pageLocale } from "@/lib/i18n/page-locale";

// Cached like the directory's first page, rendered on first request (lib/cache/public-queries.ts).
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; filter: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Companies" });
  return { title: t("title"), alternates: alternatesFor(locale, "/companies") };
}

/** A directory page other than the first, reached through `/companies?page=…&verified=1` (proxy.ts). */
export default async function CompanyDirectoryPage({ params }: Props) {
  const { locale: requested, filter, page } = await params;
  const locale = pageLocale(requested);
  if (!isDirectoryFilter(filter) || String(parsePage(page)) !== page) notFound();
  return <CompanyDirectory locale={locale} page={Number(page)} verifiedOnly={filter === "verified"} />;
}
