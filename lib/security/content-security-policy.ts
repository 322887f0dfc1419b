// SPDX-License-Identifier: EUPL-1.2
import { locales } from "../i18n/routing";

/**
 * Two Content-Security-Policies, chosen per page by proxy.ts.
 *
 * Signed-in, organizer and sign-in pages render per request anyway (they read the session or
 * the query), so they get a fresh nonce: only scripts Next.js itself marked with it run, and the
 * scripts those load ('strict-dynamic'). Next.js reads the nonce from the request's own
 * Content-Security-Policy header and puts it on every script and style tag it writes.
 *
 * Public pages must stay cacheable, so their policy cannot contain anything that changes per
 * request. The App Router writes each page's data into inline `self.__next_f.push(…)` scripts
 * whose content differs per page and per render, so no fixed list of hashes can allow them, and
 * a hash or nonce in the policy would make browsers ignore 'unsafe-inline'. Public pages
 * therefore allow inline scripts but nothing from another origin, no eval, no plugins, no
 * <base> rewriting, no form posts elsewhere and no framing. Their defence against injected
 * markup is React's escaping; the policy limits what an injection could reach.
 */

export type PolicyKind = "public" | "nonce";

export interface PolicyOptions {
  /** `next dev`: React uses eval for its error overlay and stack traces. */
  dev: boolean;
  /** Served over https: ask browsers to upgrade any stray http subresource. */
  https: boolean;
}

const NONCE_AREAS = ["account", "organizer", "sign-in", "sign-up", "verify-email", "reset-password"];
const NONCE_AREA_PATH = new RegExp(`^/(?:${locales.join("|")})/(?:${NONCE_AREAS.join("|")})(?:/|$)`);

/** Pages that render per request anyway and so can carry a nonce without losing a cache. */
export function policyKindFor(pathname: string): PolicyKind {
  return NONCE_AREA_PATH.test(pathname) ? "nonce" : "public";
}

/** 128 random bits, base64: unguessable and valid in a 'nonce-…' source. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(kind: PolicyKind, options: PolicyOptions, nonce?: string): string {
  if (kind === "nonce" && !nonce) throw new Error("a nonce policy needs a nonce");
  const eval_ = options.dev ? ["'unsafe-eval'"] : [];
  const scripts =
    kind === "nonce"
      ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...eval_]
      : ["'self'", "'unsafe-inline'", ...eval_];
  // Tailwind's stylesheet is a file; Next.js marks any inline style tag it writes with the nonce.
  // The development overlay and the dev mailbox's mail preview (which inherits this policy)
  // use inline styles, so development allows them.
  const styles = options.dev
    ? ["'self'", "'unsafe-inline'"]
    : kind === "nonce"
      ? ["'self'", `'nonce-${nonce}'`]
      : ["'self'"];
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", scripts],
    ["style-src", styles],
    // Logos come from /api/logos; data: and blob: for previews of a chosen file before upload.
    ["img-src", ["'self'", "data:", "blob:"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
    ["manifest-src", ["'self'"]],
    ["worker-src", ["'self'"]],
  ];
  if (options.https) directives.push(["upgrade-insecure-requests", []]);
  return directives.map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/** Route handlers answer with data, files and redirects, never with a page that runs code. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Two years, the value the HSTS preload list asks for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Browser features the portal never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "usb",
  "browsing-topics",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** The organizer's check-in page reads badges with the camera: the same list, camera for this origin. */
export const CHECK_IN_PERMISSIONS_POLICY = PERMISSIONS_POLICY.replace("camera=()", "camera=(self)");
