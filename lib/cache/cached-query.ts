// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { unstable_cache } from "next/cache";
import type { PublicTag } from "./public-tags";

/**
 * Next.js's data cache stores results as JSON. Dates (published, valid until, starts at) are
 * written as tagged strings and read back as Dates, so a cached result has the types of a fresh one.
 */
const DATE_KEY = "$date";

function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.toISOString() } : v;
  });
}

function decode<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && DATE_KEY in v
      ? new Date((v as Record<string, string>)[DATE_KEY])
      : v,
  ) as T;
}

/**
 * A query whose result public pages take from Next.js's cache, keyed by its name and arguments
 * and dropped when one of its tags is invalidated (lib/cache/public-tags.ts). `maxAgeSeconds`
 * bounds how long a result may stay when time alone changes it (a listing's validity ends, an
 * event ends) with no write to announce it.
 */
export function cachedQuery<A extends unknown[], R>(
  name: string,
  query: (...args: A) => Promise<R>,
  tags: readonly PublicTag[],
  maxAgeSeconds: number,
): (...args: A) => Promise<R> {
  const cached = unstable_cache(async (...args: A) => encode(await query(...args)), [name], {
    tags: [...tags],
    revalidate: maxAgeSeconds,
  });
  return async (...args: A) => decode<R>(await cached(...args));
}

export const encodeForCache = encode;
export const decodeFromCache = decode;
