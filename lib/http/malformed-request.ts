// SPDX-License-Identifier: EUPL-1.2
import { toLocale, translatorFor } from "../i18n/translator";
import { isWellFormedActionRequest, SERVER_ACTION_BODY_LIMIT_BYTES } from "./server-action-request";

/**
 * Requests Next.js would answer with a 500 although the fault is the client's: an address it
 * cannot percent-decode, or a server action body React cannot decode. proxy.ts answers them
 * first, with 400 (or 411/413 for an action body of unknown or excessive size), and a page
 * address with an encoded percent sign with 404.
 */
export async function rejectMalformedRequest(request: Request, pathname: string): Promise<Response | null> {
  const t = () => translatorFor(toLocale(pathname.split("/")[1]));
  if (hasMalformedPathEncoding(pathname)) return text(400, t()("BadRequest.malformedAddress"));
  // No page address holds a percent sign. next-intl would decode "%25" to a bare "%" and send
  // "/%25" on to "/de/%", or rewrite to an address Next.js then fails to serve.
  if (isPagePath(pathname) && /%25/i.test(pathname)) return text(404, t()("NotFound.text"));
  if (request.method !== "POST" || !isPagePath(pathname)) return null;
  const isActionLike =
    request.headers.has("next-action") || (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  if (!isActionLike) return null;
  // The body is read here before Next.js applies its own limit, so its size must be known.
  const length = request.headers.get("content-length");
  if (length === null) return text(411, "Length Required");
  if (Number(length) > SERVER_ACTION_BODY_LIMIT_BYTES) return text(413, "Request body too large.");
  if (!(await isWellFormedActionRequest(request))) return text(400, "Invalid Server Action request.");
  return null;
}

/** Pages and server actions; route handlers, Next.js's own files and static files are not pages. */
export function isPagePath(pathname: string): boolean {
  return !/^\/(?:api|_next|_vercel)(?:\/|$)/.test(pathname) && !pathname.includes(".");
}

/** "%ff", "%e" or a bare "%" in a segment: Next.js would fail to decode its route parameters. */
export function hasMalformedPathEncoding(pathname: string): boolean {
  return pathname.split("/").some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}

function text(status: number, body: string): Response {
  return new Response(`${body}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
