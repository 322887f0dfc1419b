// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { after } from "next/server";
import { headers } from "next/headers";
import { db } from "../db";
import { getSessionUser } from "../auth/session";
import type { SearchQuery, SearchResult } from "../search/types";
import { recordVisitorEvents, type VisitorEvent } from "./events";
import { profilePageEvents, searchPageEvents, visitFrom, type PageVisit } from "./page-events";

/**
 * Counting from pages. The request only reads what it has anyway (headers, the session user the
 * page loads too); the one insert runs after the response has been sent, and a failed insert
 * never reaches the visitor.
 */

async function currentVisit(): Promise<PageVisit | null> {
  return visitFrom(await headers(), await getSessionUser());
}

function later(visit: PageVisit, events: VisitorEvent[]): void {
  if (!events.length) return;
  after(() =>
    recordVisitorEvents(db, visit.visitor, events).catch((e: Error) => console.error("[statistics] counting failed:", e.message)),
  );
}

export async function countSearch(query: SearchQuery, result: SearchResult): Promise<void> {
  const visit = await currentVisit();
  if (visit) later(visit, searchPageEvents(visit, query, result));
}

export async function countProfileView(companyId: string): Promise<void> {
  const visit = await currentVisit();
  if (visit) later(visit, profilePageEvents(visit, companyId));
}
