// SPDX-License-Identifier: EUPL-1.2
import type { MetadataRoute } from "next";
import { db } from "@/lib/db";
import { buildSitemap } from "@/lib/seo/sitemap";

// Built per request from the database, which does not exist at build time.
export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(db);
}
