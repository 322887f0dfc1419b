// SPDX-License-Identifier: EUPL-1.2
import { parsePage } from "@/lib/http/params";
import { routing } from "@/lib/i18n/routing";

/**
 * The directory's pages as path segments. Visitors and links use `/companies?page=2&verified=1`;
 * a page that reads its query parameters is rendered for every request, one whose parameters are
 * in its path can be cached. proxy.ts rewrites the first form to the second.
 */
export const DIRECTORY_FILTERS = ["all", "verified"] as const;
export type DirectoryFilter = (typeof DIRECTORY_FILTERS)[number];

const DIRECTORY_PATH = new RegExp(`^/(${routing.locales.join("|")})/companies/?$`);

/** The path of the cached page for a directory address with query parameters, or null for the first page. */
export function directoryRewrite(pathname: string, search: URLSearchParams): string | null {
  const match = DIRECTORY_PATH.exec(pathname);
  if (!match || (!search.has("page") && !search.has("verified"))) return null;
  const page = parsePage(search.get("page") ?? undefined);
  const filter: DirectoryFilter = search.get("verified") === "1" ? "verified" : "all";
  if (page === 1 && filter === "all") return null;
  return `/${match[1]}/companies/directory/${filter}/${page}`;
}

export function isDirectoryFilter(value: string): value is DirectoryFilter {
  return (DIRECTORY_FILTERS as readonly string[]).includes(value);
}
