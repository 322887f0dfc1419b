// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import { PUBLIC_CACHE_CHANNEL, TAG_SEPARATOR } from "./shared-cache-handler.mjs";

/**
 * Tags of the data public pages take from Next.js's cache (lib/cache/public-queries.ts). They are
 * coarse on purpose: public data changes a few times a minute at most, and one tag per kind
 * of thing cannot miss a page that shows it (the home page, the directory, an institution's
 * members and a profile all show companies).
 */
export const PUBLIC_TAGS = {
  companies: "public:companies",
  events: "public:events",
  institutions: "public:institutions",
  /** Search results: dropped when the search index has taken a change, not when the data changed. */
  search: "public:search",
} as const;

export type PublicTag = (typeof PUBLIC_TAGS)[keyof typeof PUBLIC_TAGS];

/** Which cached data a change to a searchable entity makes stale (listings show on profiles). */
export const TAGS_FOR_ENTITY = {
  COMPANY: [PUBLIC_TAGS.companies, PUBLIC_TAGS.institutions],
  LISTING: [PUBLIC_TAGS.companies],
  EVENT: [PUBLIC_TAGS.events],
} as const satisfies Record<string, readonly PublicTag[]>;

/**
 * Tells every instance (lib/cache/shared-cache-handler.mjs) that cached public data with these
 * tags is stale. Called with the transaction that makes the change: PostgreSQL delivers the
 * notification when the transaction commits, and not at all when it rolls back. The search
 * worker calls it without one, once the search engine has taken a change.
 */
export async function invalidatePublicData(tx: Pick<DbTx, "$executeRaw">, tags: readonly PublicTag[]): Promise<void> {
  if (!tags.length) return;
  await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CACHE_CHANNEL}, ${[...new Set(tags)].join(TAG_SEPARATOR)})`;
}
