// SPDX-License-Identifier: EUPL-1.2
import { defineRouting } from "next-intl/routing";

export const locales = ["de", "cs", "en"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "de",
  localePrefix: "always",
  // next-intl would build its Link header from the request's Host; proxy.ts writes one from PUBLIC_URL.
  alternateLinks: false,
});
