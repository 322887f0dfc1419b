// SPDX-License-Identifier: EUPL-1.2
/**
 * next-auth answers a callbackUrl it cannot use (in the query or in its callback-url cookie) with
 * a 500 and "a problem with the server configuration". The route handler asks here first and
 * answers 400 instead, dropping such a cookie so the browser does not keep sending it.
 */
export interface RejectedCallbackUrl {
  /** The cookie to delete, when the bad value came from one. */
  cookie?: string;
}

// next-auth's own rule (core/lib/assert.js): an http(s) URL, or a path starting with "/".
function isUsableByNextAuth(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

export function rejectedCallbackUrl(
  query: URLSearchParams,
  cookies: ReadonlyArray<{ name: string; value: string }>,
  base: string,
): RejectedCallbackUrl | null {
  const fromQuery = query.get("callbackUrl");
  if (fromQuery && !isUsableByNextAuth(fromQuery, base)) return {};
  const cookie = cookies.find((c) => c.name.endsWith("next-auth.callback-url") && c.value && !isUsableByNextAuth(c.value, base));
  return cookie ? { cookie: cookie.name } : null;
}
