// SPDX-License-Identifier: EUPL-1.2
import { routing } from "@/lib/i18n/routing";
import { SEARCH_PARAMETER_NAMES, trimmedParameter } from "./params";

/**
 * The search page's results as path segments. Visitors and links use `/search?q=…&country=CZ`;
 * a page that reads its query parameters is rendered for every request, one whose parameters are
 * in its path can be cached. proxy.ts rewrites the first form to `/search/r/<key>`, where the key
 * holds the parameters the page reads, in a fixed order, so every spelling of the same search
 * shares one cached page and made-up parameters (`utm_source`, `_rsc`) add none.
 */

/** The page's own parameters; the locale comes from the path and the page size is the page's. */
const PAGE_PARAMETERS = SEARCH_PARAMETER_NAMES.filter((name) => name !== "locale" && name !== "pageSize").sort();

/** Longer keys are served by the page rendered per request: nobody shares such an address. */
export const MAX_SEARCH_KEY_LENGTH = 2_000;
/** The key of the search without any parameters. */
const EMPTY_KEY = "-";

const SEARCH_PATH = new RegExp(`^/(${routing.locales.join("|")})/search/?$`);

/** The parameters the page reads, first value of each, trimmed, in a fixed order. */
function pageParameters(search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const name of PAGE_PARAMETERS) {
    const value = search.get(name);
    const trimmed = value === null ? "" : trimmedParameter(name, value);
    if (trimmed) out.set(name, trimmed);
  }
  return out;
}

// base64url by hand: the proxy may run where Node.js's Buffer is missing.
function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(key: string): string | null {
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The key of a search's cached page, or null when the parameters are too long for one. */
export function searchKey(search: URLSearchParams): string | null {
  const text = pageParameters(search).toString();
  if (!text) return EMPTY_KEY;
  const key = toBase64Url(text);
  return key.length <= MAX_SEARCH_KEY_LENGTH ? key : null;
}

/** The page's parameters held in a key, or null for a key no address produces. */
export function searchParamsOfKey(key: string): Record<string, string> | null {
  if (key === EMPTY_KEY) return {};
  if (key.length > MAX_SEARCH_KEY_LENGTH || !/^[A-Za-z0-9_-]+$/.test(key)) return null;
  const text = fromBase64Url(key);
  if (text === null) return null;
  const params = new URLSearchParams(text);
  // Only the canonical form is served, so each search has exactly one cached page.
  if (searchKey(params) !== key) return null;
  return Object.fromEntries(params);
}

/** The path of the cached results for a search page address, or null to render it per request. */
export function searchRewrite(pathname: string, search: URLSearchParams): string | null {
  const match = SEARCH_PATH.exec(pathname);
  if (!match) return null;
  const key = searchKey(search);
  return key ? `/${match[1]}/search/r/${key}` : null;
}
