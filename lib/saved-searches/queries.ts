// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";

/** Whose saved search this is, for `authorize.resource`; null for an unknown id. */
export async function savedSearchOwner(savedSearchId: string) {
  const search = await db.savedSearch.findUnique({ where: { id: savedSearchId }, select: { userId: true } });
  return search && { ownerUserId: search.userId };
}

/** The signed-in user's saved searches, newest first, with the time of the last digest mailed. */
export async function savedSearchesOf(userId: string) {
  const searches = await db.savedSearch.findMany({
    where: { userId },
    select: {
      id: true,
      name: true,
      query: true,
      filters: true,
      locale: true,
      frequency: true,
      createdAt: true,
      deliveries: {
        where: { status: "SENT" },
        select: { finishedAt: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return searches.map(({ deliveries, ...s }) => ({ ...s, lastAlertAt: deliveries[0]?.finishedAt ?? null }));
}

export type SavedSearchItem = Awaited<ReturnType<typeof savedSearchesOf>>[number];
