// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { searchPageMetadata, SearchResultsPage } from "@/components/search/search-results-page";
import { pageLocale } from "@/lib/i18n/page-locale";
import { searchParamsOfKey } from "@/lib/search/page-paths";

// Results follow the search index (PUBLIC_TAGS.search); a minute bounds what time alone changes.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await params;
  return searchPageMetadata(pageLocale(locale), searchParamsOfKey(key) ?? {});
}

/** A search's results, reached through `/search?q=…` (proxy.ts, lib/search/page-paths.ts). */
export default async function CachedSearchPage({ params }: Props) {
  const { locale, key } = await params;
  const lang = pageLocale(locale);
  const rawParams = searchParamsOfKey(key);
  if (!rawParams) notFound();
  return <SearchResultsPage lang={lang} rawParams={rawParams} cached />;
}
