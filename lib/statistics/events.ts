// SPDX-License-Identifier: EUPL-1.2
import type { Db, DbTx } from "../db/prisma";
import type { StatsEventKind } from "../generated/prisma/enums";
import { MAX_QUERY_WORDS, tokenize } from "../search/normalize";
import { saltOfDay, visitorHash } from "./visitor";

/**
 * The write path of the portal's counts. Every call is a single INSERT into the unlogged
 * `stats_event` table (plus, once a day per process, the salt lookup), and pages make it after
 * the response has been sent. The rollup turns the rows into daily counts.
 */

/** A search with at most this many results is a demand signal: the visitor found little or nothing. */
export const FEW_RESULTS = 2;

const MAX_STORED_QUERY = 200;

/** The words of a query as the search engines see them: folded, without punctuation, at most ten. */
export function normalizeSearchWords(q: string): string {
  return tokenize(q).slice(0, MAX_QUERY_WORDS).join(" ").slice(0, MAX_STORED_QUERY);
}

export interface VisitorEvent {
  kind: Extract<StatsEventKind, "SEARCH" | "SEARCH_APPEARANCE" | "SEARCH_CLICK" | "PROFILE_VIEW">;
  companyId?: string;
  query?: string;
  locale?: string;
  country?: string;
  region?: string;
  industry?: string;
  results?: number;
}

export interface Visitor {
  /** From lib/http/client-address.ts; never stored. */
  address: string;
  userAgent: string;
}

/** Events of one page request by one (human) visitor, under the day's visitor hash. */
export async function recordVisitorEvents(db: Db, visitor: Visitor, events: readonly VisitorEvent[], at = new Date()): Promise<void> {
  if (!events.length) return;
  const hash = visitorHash(await saltOfDay(db, at), visitor.address, visitor.userAgent);
  await db.statsEvent.createMany({ data: events.map((e) => ({ ...e, visitor: hash })) });
}

/**
 * Counts that follow from an action the company's counterpart took (an enquiry, a watchlist
 * entry): written in the action's own transaction, so a rolled-back action counts nothing.
 */
export async function recordCompanyEvents(
  tx: DbTx,
  kind: Extract<StatsEventKind, "ENQUIRY" | "WATCHLIST_ADD">,
  companyIds: readonly string[],
): Promise<void> {
  if (!companyIds.length) return;
  await tx.statsEvent.createMany({ data: companyIds.map((companyId) => ({ kind, companyId })) });
}
