// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { getFilterLabeler } from "@/components/search/filter-labels";
import type { Lang } from "@/lib/i18n/localized";
import { FILTER_PARAMS } from "@/lib/search/params";
import { SAVED_SEARCH_LIMITS } from "@/lib/saved-searches/schema";
import { SaveSearchControl } from "./save-search-control";

/**
 * "Save this search" under the search box: a form for signed-in users, a sign-in link that
 * comes back to this very search for everybody else (which of the two, the browser decides).
 */
export async function SaveSearch({ q, filters, locale }: { q: string; filters: Record<string, string>; locale: Lang }) {
  const [t, tVerified, label] = await Promise.all([
    getTranslations({ locale, namespace: "SavedSearches" }),
    getTranslations({ locale, namespace: "Verification" }),
    getFilterLabeler(locale),
  ]);
  const parts = [
    q,
    ...FILTER_PARAMS.filter((k) => filters[k]).map((k) => label(k, filters[k])),
    filters.verified === "1" ? tVerified("onlyVerified") : "",
  ].filter(Boolean);
  const defaultName = (parts.join(" · ") || t("allEntries")).slice(0, SAVED_SEARCH_LIMITS.name);
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...filters }).toString();
  return (
    <SaveSearchControl
      key={query}
      query={q}
      filters={filters}
      defaultName={defaultName}
      callbackUrl={`/${locale}/search${query ? `?${query}` : ""}`}
    />
  );
}
