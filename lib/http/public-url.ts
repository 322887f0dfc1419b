// SPDX-License-Identifier: EUPL-1.2
/**
 * The portal's own address, from PUBLIC_URL. Absolute links (canonical and alternate links, mails,
 * the sitemap, redirects) are built from it and never from the request's Host or X-Forwarded-Host,
 * which whoever sends the request chooses.
 */
export function publicOrigin(): string {
  return new URL(process.env.PUBLIC_URL?.trim() || "http://localhost:3000").origin;
}

export function servedOverHttps(): boolean {
  return publicOrigin().startsWith("https://");
}
