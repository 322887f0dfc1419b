// SPDX-License-Identifier: EUPL-1.2
import type { MetadataRoute } from "next";
import { routing } from "../i18n/routing";

/** Areas behind a sign-in: crawlers would only collect sign-in redirects there. */
const PRIVATE_AREAS = ["/account", "/organizer", "/dev"] as const;

export function buildRobots(base: string): MetadataRoute.Robots {
  const disallow = routing.locales.flatMap((locale) => PRIVATE_AREAS.map((area) => `/${locale}${area}`));
  return {
    rules: [{ userAgent: "*", allow: "/", disallow }],
    sitemap: `${base}/sitemap.xml`,
  };
}
