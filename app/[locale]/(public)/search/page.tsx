// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { searchPageMetadata, SearchResultsPage } from "@/components/search/search-results-page";
import { pageLocale } from "@/lib/i18n/page-locale";

/**
 * The search page rendered per request. proxy.ts sends every address it can to the cached
 * results under `/search/r/<key>` (lib/search/page-paths.ts); what arrives here has parameters
 * too long for a key.
 */
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchPageMetadata(pageLocale((await params).locale), await searchParams);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const lang = pageLocale((await params).locale);
  return <SearchResultsPage lang={lang} rawParams={await searchParams} />;
}
