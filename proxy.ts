// SPDX-License-Identifier: EUPL-1.2
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { directoryRewrite } from "./lib/companies/directory-paths";
import { searchRewrite } from "./lib/search/page-paths";
import { isPagePath, rejectMalformedRequest } from "./lib/http/malformed-request";
import { publicOrigin, servedOverHttps } from "./lib/env";
import { isDevelopment } from "./lib/env/mode";
import { routing } from "./lib/i18n/routing";
import {
  contentSecurityPolicy,
  createNonce,
  policyKindFor,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/security/content-security-policy";

const handleI18nRouting = createMiddleware(routing);

const LOCALE_PREFIX = new RegExp(`^/(?:${routing.locales.join("|")})(?=/|$)`);

/**
 * Locale negotiation and the page's security headers. Authorization is not done here: every
 * page and action checks it itself.
 */
export default async function proxy(request: NextRequest): Promise<Response> {
  const malformed = await rejectMalformedRequest(request, request.nextUrl.pathname);
  if (malformed) return malformed;
  if (!isPagePath(request.nextUrl.pathname)) return NextResponse.next();

  const kind = policyKindFor(request.nextUrl.pathname);
  const nonce = kind === "nonce" ? createNonce() : undefined;
  const https = servedOverHttps();
  const policy = contentSecurityPolicy(kind, { dev: isDevelopment(), https }, nonce);

  // Next.js takes the nonce for its script tags from the request's policy header. A client's own
  // header of that name is dropped, so a public page never renders with a nonce someone chose.
  const headers = new Headers(request.headers);
  headers.delete("content-security-policy");
  headers.delete("x-nonce");
  if (nonce) {
    headers.set("content-security-policy", policy);
    headers.set("x-nonce", nonce);
  }
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  // The directory's pages and search results are cached under paths of their own; the visitor's
  // address stays.
  const { pathname, searchParams } = request.nextUrl;
  const cachedPath = response.headers.has("Location")
    ? null
    : (directoryRewrite(pathname, searchParams) ?? searchRewrite(pathname, searchParams));
  if (cachedPath) {
    response.headers.delete("x-middleware-next");
    response.headers.set("x-middleware-rewrite", new URL(cachedPath, request.nextUrl).href);
  }

  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  keepRedirectOnSite(response, request);
  if (!response.headers.has("Location")) response.headers.set("Link", alternateLinks(request.nextUrl.pathname));
  return response;
}

/**
 * The locale redirect leads to PUBLIC_URL: the host it would otherwise carry is the Host header's.
 * It stays absolute, since Next.js fails on a relative Location from the proxy (and itself shortens
 * it to a path when the host is the request's own).
 */
function keepRedirectOnSite(response: NextResponse, request: NextRequest): void {
  const location = response.headers.get("Location");
  if (!location) return;
  // next-intl only ever redirects within the site, to an origin taken from the request (the server's
  // own idea of its address, or the Host header), so only its path is kept.
  const target = new URL(location, request.nextUrl);
  response.headers.set("Location", new URL(`${target.pathname}${target.search}${target.hash}`, publicOrigin()).href);
}

/** hreflang links (RFC 8288) to every language version of this page, on PUBLIC_URL. */
function alternateLinks(pathname: string): string {
  const origin = publicOrigin();
  const rest = pathname.replace(LOCALE_PREFIX, "").replace(/\/$/, "");
  const link = (locale: string, hreflang: string) =>
    `<${origin}/${locale}${rest}>; rel="alternate"; hreflang="${hreflang}"`;
  return [...routing.locales.map((l) => link(l, l)), link(routing.defaultLocale, "x-default")].join(", ");
}

export const config = {
  // Every address, so that one Next.js cannot decode is answered before it fails there.
  matcher: "/((?!_next/static|_next/image).*)",
};
