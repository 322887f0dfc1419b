import type { MetadataRoute } from "next";
import { buildSitemap } from "@/lib/seo/sitemap";

// Built per request from the database, which does not exist at build time.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Imported on demand: the build loads this module to read its configuration, without a database.
  const { db } = await import("@/lib/db");
  return buildSitemap(db);
}
