// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { routing } from "./routing";

/**
 * Canonical and hreflang links for a page that exists in every locale.
 * `path` is the locale-less path, e.g. "/companies/acme" or "" for the home page.
 */
export function alternatesFor(locale: string, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[l] = `/${l}${path}`;
  languages["x-default"] = `/${routing.defaultLocale}${path}`;
  return { canonical: `/${locale}${path}`, languages };
}
