// SPDX-License-Identifier: EUPL-1.2
/**
 * The portal's own address, from PUBLIC_URL. Absolute links (canonical and alternate links, mails,
 * the sitemap, redirects) are built from it and never from the request's Host or X-Forwarded-Host,
 * which whoever sends the request chooses.
 */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
}

export function publicOrigin(): string {
  return new URL(publicBaseUrl()).origin;
}

export function servedOverHttps(): boolean {
  return publicOrigin().startsWith("https://");
}
