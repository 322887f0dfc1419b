// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-header";
import { cachedSearch } from "@/lib/cache/public-queries";
import { MAX_PAGE, MAX_PLACE_LENGTH, MAX_RADIUS_KM, parseSearchPageParams, searchQueryToParams } from "@/lib/search/params";
import { prepareQuery } from "@/lib/search/query-understanding";
import type { SearchQuery, SearchResult } from "@/lib/search/types";
import type { Lang } from "@/lib/i18n/localized";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { Pagination } from "@/components/ui/pagination";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { SearchFacets } from "@/components/search/search-facets";
import { ActiveFilters } from "@/components/search/active-filters";
import { SearchHitCard } from "@/components/search/search-hit-card";
import { SearchEmptyState } from "@/components/search/search-empty-state";
import { SearchCountReport } from "@/components/search/search-count-report";
import { getFilterLabeler } from "@/components/search/filter-labels";
import { EnquirySelectCheckbox, EnquirySelection } from "@/components/enquiries/enquiry-selection";
import { SaveSearch } from "@/components/saved-searches/save-search";
import { VerifiedOnlyToggle } from "@/components/institutions/verified-only-toggle";

export type RawParams = Record<string, string | string[] | undefined>;

export async function searchPageMetadata(locale: Lang, rawParams: RawParams): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Search" });
  const { query } = parseSearchPageParams(rawParams, locale);
  const narrowed = Boolean(query.q) || Object.keys(query.filters).length > 0 || query.page > 1;
  return {
    title: query.q ? t("titleWithQuery", { q: query.q }) : t("title"),
    alternates: alternatesFor(locale, "/search"),
    // Result pages are endless variations of pages that are indexed anyway.
    ...(narrowed ? { robots: { index: false, follow: true } } : {}),
  };
}

async function runSearch(query: SearchQuery): Promise<SearchResult | null> {
  try {
    return await cachedSearch(query);
  } catch (e) {
    console.error("[search-page] search failed:", (e as Error).message);
    return null;
  }
}

/**
 * The search page's content for the parameters of its address. The same for every visitor, so
 * it can be cached (app/[locale]/(public)/search/r/[key]/page.tsx): what depends on the visitor,
 * saving the search and counting it, happens in the browser.
 */
export async function SearchResultsPage({
  lang,
  rawParams,
  cached = false,
}: {
  lang: Lang;
  rawParams: RawParams;
  /** Rendered for the cache: a failed search must not be kept as the page of this search. */
  cached?: boolean;
}) {
  const t = await getTranslations({ locale: lang, namespace: "Search" });
  const { query, ignored } = parseSearchPageParams(rawParams, lang);
  const tNear = await getTranslations({ locale: lang, namespace: "SearchNear" });
  // A place named in the words is searched around; saying so explains why far-away firms are missing.
  const placeInWords = query.filters.near ? null : prepareQuery(query).filters.near;
  const ignoredMessage = (parameter: string) => {
    const raw = rawParams[parameter];
    if (parameter === "near") return tNear("unknownPlace", { place: String(Array.isArray(raw) ? raw[0] : raw).slice(0, MAX_PLACE_LENGTH) });
    if (parameter === "radius") return tNear("invalidRadius", { max: MAX_RADIUS_KM });
    return t("invalidParameter", { parameter });
  };
  const result = await runSearch(query);
  // The error page (app/[locale]/error.tsx) is shown instead and nothing is stored; the next
  // request tries again.
  if (!result && cached) throw new Error("search unavailable");
  const label = await getFilterLabeler(lang);

  const baseParams = searchQueryToParams({ q: query.q, filters: query.filters });
  const filterParams = Object.fromEntries(Object.entries(baseParams).filter(([k]) => k !== "q"));
  const activeFilters = Object.keys(filterParams).length;
  const suggestion = result?.suggestion;
  // An estimated result can be paged through as far as its ranked hits reach.
  const browsable = result ? (result.estimated?.reachable ?? result.total) : 0;
  const pageCount = Math.min(MAX_PAGE, Math.ceil(browsable / query.pageSize));

  // "Verified only" is a filter like the facets: it sits with them, so the skip link leads
  // keyboard users straight to the first hit.

  return (
    <div>
      {result && (
        <a
          href="#search-results"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToResults")}
        </a>
      )}
      {result && <SearchCountReport params={searchQueryToParams({ q: query.q, filters: query.filters, page: query.page })} />}
      <PageTitle>{t("heading")}</PageTitle>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <div className="mt-6 max-w-3xl">
        <LiveSearchForm q={query.q} filters={filterParams} />
        <div className="mt-3">
          <SaveSearch q={query.q} filters={filterParams} locale={lang} />
        </div>
      </div>
      {ignored.map((parameter) => (
        <p key={parameter} role="alert" className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {ignoredMessage(parameter)}
        </p>
      ))}

      <div className="mt-4 lg:mt-8 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
        {/* One filter panel for every width: a drawer on small screens, a sidebar from lg on
            (app/globals.css). Rendered twice, it was a sixth of the page's HTML and render. */}
        <aside className={result ? undefined : "hidden lg:block"} aria-labelledby="search-filters-heading">
          <h2 id="search-filters-heading" className="sr-only">
            {t("filters")}
          </h2>
          {result && (
            <details className="search-filters mb-4 rounded-lg border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-medium">{t("filtersWithCount", { count: activeFilters })}</summary>
              <div className="search-filters-body mt-3">
                <div className="mb-3">
                  <VerifiedOnlyToggle pathname="/search" params={baseParams} />
                </div>
                <SearchFacets idPrefix="facets" result={result} filters={query.filters} params={baseParams} label={label} locale={lang} />
              </div>
            </details>
          )}
        </aside>

        {/* The skip link's target: focusable, so the next Tab starts inside the results. */}
        <section id="search-results" tabIndex={-1} aria-labelledby="search-results-heading" className="focus:outline-none">
          <h2 id="search-results-heading" className="sr-only">
            {t("results")}
          </h2>
          <ActiveFilters params={baseParams} label={label} />
          {/* With no hits the empty state's heading says it; the count stays for screen readers. */}
          <p
            id="search-results-count"
            role="status"
            aria-live="polite"
            className={result?.total === 0 ? "sr-only" : "text-sm font-medium text-slate-700"}
          >
            {result === null
              ? t("unavailable")
              : result.estimated
                ? query.q
                  ? t("resultCountAboutFor", { count: result.total, q: query.q })
                  : t("resultCountAbout", { count: result.total })
                : query.q
                  ? t("resultCountFor", { count: result.total, q: query.q })
                  : t("resultCount", { count: result.total })}
          </p>
          {result?.estimated && (
            <p className="mt-1 text-sm text-slate-600">{t("estimatedNote", { reachable: result.estimated.reachable })}</p>
          )}
          {placeInWords && (
            <p className="mt-1 text-sm text-slate-600">
              {tNear("understood", { km: placeInWords.radiusKm, place: placeInWords.name })}
            </p>
          )}
          {suggestion && (
            <p className="mt-2 text-slate-800">
              {t.rich("didYouMean", {
                suggestion,
                link: (chunks) => (
                  <Link
                    href={{ pathname: "/search", query: { ...baseParams, q: suggestion } }}
                    className="font-semibold text-brand-700 underline"
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
          {result && result.hits.length > 0 && (
            <EnquirySelection>
              <ol className="mt-4 space-y-4">
                {result.hits.map((hit) => (
                  <li key={hit.id} className="relative">
                    <SearchHitCard hit={hit} locale={lang} />
                    {hit.type === "company" || hit.type === "offer" ? (
                      <div className="mt-2 flex justify-end sm:absolute sm:right-3 sm:top-3 sm:mt-0">
                        <EnquirySelectCheckbox slug={hit.slug} name={hit.name} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ol>
            </EnquirySelection>
          )}
          {result && result.total === 0 && (
            <div className="mt-4">
              <SearchEmptyState q={query.q} hasFilters={activeFilters > 0} />
            </div>
          )}
          <Pagination page={query.page} pageCount={pageCount} pathname="/search" query={baseParams} />
        </section>
      </div>
    </div>
  );
}
