// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";

/** The watchlist of one company with its private notes; only for that company's members. */
export async function watchlistOf(organizationId: string) {
  return db.watchlistEntry.findMany({
    where: { organizationId },
    select: {
      id: true,
      note: true,
      createdAt: true,
      watched: { select: { id: true, name: true, slug: true, city: true, country: true, status: true } },
    },
    orderBy: [{ watched: { name: "asc" } }, { id: "asc" }],
  });
}

export type WatchlistItem = Awaited<ReturnType<typeof watchlistOf>>[number];

/** Whose watchlist an entry is on, for `authorize.resource`; null for an unknown id. */
export async function watchlistEntryOwner(entryId: string) {
  return db.watchlistEntry.findUnique({ where: { id: entryId }, select: { organizationId: true } });
}

/** Which of these companies already watch the given one, as organizationId → entry id. */
export async function watchlistEntriesFor(organizationIds: string[], watchedOrganizationId: string) {
  if (!organizationIds.length) return new Map<string, string>();
  const entries = await db.watchlistEntry.findMany({
    where: { organizationId: { in: organizationIds }, watchedOrganizationId },
    select: { id: true, organizationId: true },
  });
  return new Map(entries.map((e) => [e.organizationId, e.id]));
}
