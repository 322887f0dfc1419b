// SPDX-License-Identifier: EUPL-1.2
import type { MetadataRoute } from "next";
import type { Db } from "../db/prisma";
import { publicBaseUrl } from "../env";
import { routing } from "../i18n/routing";

/** One sitemap file holds at most 50,000 addresses; three locales per page leaves room for this many pages. */
export const SITEMAP_MAX_PAGES = 16_000;

const STATIC_PAGES = ["", "/companies", "/events", "/search", "/api-docs", "/imprint", "/privacy"] as const;

/** An entry per locale, each naming all language versions (hreflang) of the same page. */
function localizedEntries(base: string, path: string, lastModified?: Date): MetadataRoute.Sitemap {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[l] = `${base}/${l}${path}`;
  languages["x-default"] = `${base}/${routing.defaultLocale}${path}`;
  return routing.locales.map((l) => ({ url: `${base}/${l}${path}`, lastModified, alternates: { languages } }));
}

/** Public pages: the fixed ones, published company profiles and published or cancelled events. */
export async function buildSitemap(db: Db, base = publicBaseUrl()): Promise<MetadataRoute.Sitemap> {
  const [companies, events] = await Promise.all([
    db.organization.findMany({
      where: { kind: "COMPANY", status: "PUBLISHED" },
      select: { slug: true, updatedAt: true },
      orderBy: { publishedAt: "desc" },
      take: SITEMAP_MAX_PAGES,
    }),
    db.event.findMany({
      where: { status: { in: ["PUBLISHED", "CANCELLED"] } },
      select: { slug: true, updatedAt: true },
      orderBy: { startsAt: "desc" },
      take: SITEMAP_MAX_PAGES,
    }),
  ]);
  return [
    ...STATIC_PAGES.flatMap((p) => localizedEntries(base, p)),
    ...companies.flatMap((c) => localizedEntries(base, `/companies/${c.slug}`, c.updatedAt)),
    ...events.flatMap((e) => localizedEntries(base, `/events/${e.slug}`, e.updatedAt)),
  ].slice(0, 50_000);
}
