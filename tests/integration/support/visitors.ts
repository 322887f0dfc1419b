// SPDX-License-Identifier: EUPL-1.2
import { peerHeaders } from "@/lib/http/client-address";

/** An ordinary browser's user agent: counted, unlike a crawler's. */
export const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36";

/** A period that holds every count a test writes. */
export const ALL_TIME = { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2999-01-01T00:00:00Z") };

let nextAddress = 0;
/** An address no earlier call of this test file returned (198.51.x.y; past 250 the third part counts up). */
export function newVisitorAddress(): string {
  const n = nextAddress++;
  return `198.51.${100 + Math.floor(n / 250)}.${(n % 250) + 1}`;
}

/**
 * What a cached public page sends from the visitor's browser after loading (a profile view, a
 * search it showed): a JSON POST from the visitor's address, with the site that made the browser
 * send it when that is given.
 */
export function browserReport(
  url: string,
  body: string,
  options: { address: string; site?: string; userAgent?: string },
): Request {
  return new Request(url, {
    method: "POST",
    headers: {
      ...peerHeaders(options.address),
      "user-agent": options.userAgent ?? BROWSER,
      host: "portal.test",
      "content-type": "application/json",
      ...(options.site ? { "sec-fetch-site": options.site } : {}),
    },
    body,
  });
}
