// SPDX-License-Identifier: EUPL-1.2
import { publicOrigin } from "../env";
import { locales } from "../i18n/routing";

/**
 * Where a visitor may be sent after signing in, signing up or confirming an address: a page of
 * this portal and nothing else. Callback parameters arrive from links anyone can craft, and
 * browsers "repair" URLs before following them (they drop tabs and newlines, read `\` as `/`),
 * so `/\t/evil.example` becomes `//evil.example`. Rather than listing bad prefixes, the value is
 * parsed the way a browser would, relative to the portal's own origin, and kept only if it stays
 * on that origin under a locale.
 */

const MAX_LENGTH = 2000;

// C0 and C1 controls (tab, CR, LF, NUL…), and invisible formatting characters (bidi overrides,
// zero-width joiners, BOM) and line separators that make a link read differently from where it goes.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]|[\p{Cf}\p{Zl}\p{Zp}]/u;
const LOCALE_PATH = new RegExp(`^/(?:${locales.join("|")})(?:/|$)`);

/** The origin the portal is served from; in the browser, the page's own. */
function portalOrigin(): string {
  return typeof window !== "undefined" ? window.location.origin : publicOrigin();
}

/** Percent-decoded until stable (a few rounds), or null if the encoding is broken. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * The path (with query and fragment) to continue to, or undefined if `value` is not a page of
 * this portal. Accepts a relative path or an absolute URL on `origin`; always returns a path,
 * normalized the way the browser would resolve it.
 */
export function safeReturnPath(value: unknown, origin: string = portalOrigin()): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return undefined;
  if (FORBIDDEN.test(value)) return undefined;
  const decoded = fullyDecoded(value);
  if (decoded === null || FORBIDDEN.test(decoded)) return undefined;

  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(origin).origin || url.username || url.password) return undefined;
  if (!LOCALE_PATH.test(url.pathname)) return undefined;
  // An empty segment turns into a protocol-relative URL once the locale prefix is taken off.
  if (url.pathname.includes("//")) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
