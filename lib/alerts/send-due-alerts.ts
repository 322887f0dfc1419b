// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { toLocale } from "../i18n/translator";
import { sendMail } from "../mail/transport";
import { storedFilters } from "../saved-searches/schema";
import { parseSearchPageParams } from "../search/params";
import type { SearchEngine } from "../search/types";
import { alertDigestMail } from "./digest-mail";
import { issueUnsubscribeToken } from "./unsubscribe";
import { dailyPeriod, weeklyPeriod, type AlertingFrequency } from "./period";

/**
 * Sends the digests that are due: one per saved search with alerts and per period (a Berlin
 * calendar day, or an ISO week). Any number of runs may overlap — the scheduler in each server
 * process, `npm run alerts:send` — because a run sends a digest only after claiming its period
 * with an insert that the unique key (savedSearchId, period) lets exactly one run win.
 */
export const DIGEST_SIZE = 20;
const BATCH = 100;

export interface SendDueAlertsOptions {
  db: Db;
  engine: SearchEngine;
  /** The run's start: decides the periods, and the next digest lists what is newer (less a margin). */
  now?: Date;
  log?: (message: string) => void;
}

export interface AlertRunSummary {
  /** Saved searches that had no digest for their current period when the run looked. */
  due: number;
  sent: number;
  /** Claimed, but nothing new: no mail, and the next digest starts from this run. */
  empty: number;
  /** Taken by a concurrent run, switched off or deleted meanwhile. */
  skipped: number;
  failed: { savedSearchId: string; error: string }[];
}

export async function sendDueAlerts({ db, engine, now = new Date(), log = () => {} }: SendDueAlertsOptions): Promise<AlertRunSummary> {
  const periods: Record<AlertingFrequency, string> = { DAILY: dailyPeriod(now), WEEKLY: weeklyPeriod(now) };
  const summary: AlertRunSummary = { due: 0, sent: 0, empty: 0, skipped: 0, failed: [] };
  const until = await coveredUntil(db, now);
  let after = "";
  for (;;) {
    const batch = await db.savedSearch.findMany({
      where: {
        id: { gt: after },
        user: { emailVerified: { not: null } },
        OR: (["DAILY", "WEEKLY"] as const).map((frequency) => ({
          frequency,
          deliveries: { none: { period: periods[frequency] } },
        })),
      },
      select: { id: true, frequency: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (!batch.length) break;
    after = batch[batch.length - 1].id;
    for (const { id, frequency } of batch) {
      if (frequency === "NONE") continue;
      summary.due++;
      try {
        const outcome = await deliver(db, engine, id, frequency, periods[frequency], until, log);
        summary[outcome]++;
      } catch (error) {
        const message = (error as Error).message;
        summary.failed.push({ savedSearchId: id, error: message });
        log(`saved search ${id}: failed, will retry in a later run: ${message}`);
      }
    }
  }
  return summary;
}

type Outcome = "sent" | "empty" | "skipped";

async function deliver(
  db: Db,
  engine: SearchEngine,
  savedSearchId: string,
  frequency: AlertingFrequency,
  period: string,
  until: Date,
  log: (message: string) => void,
): Promise<Outcome> {
  if (!(await claim(db, savedSearchId, period))) return "skipped";
  const release = () => db.alertDelivery.deleteMany({ where: { savedSearchId, period, status: "SENDING" } });
  try {
    // Read after claiming, so a search switched off or changed a moment ago is seen as it is now.
    const search = await db.savedSearch.findUnique({
      where: { id: savedSearchId },
      include: { user: { select: { email: true, name: true, emailVerified: true } } },
    });
    if (!search || search.frequency !== frequency || !search.user.emailVerified) {
      await release();
      return "skipped";
    }
    const locale = toLocale(search.locale);
    const filters = storedFilters(search.filters);
    const { query } = parseSearchPageParams({ q: search.query, ...filters }, locale, DIGEST_SIZE);
    const result = await engine.search({
      ...query,
      facets: [],
      filters: { ...query.filters, publishedFromTs: Math.floor(search.alertedUntil.getTime() / 1000) },
    });
    if (result.hits.length) {
      const unsubscribeToken = await issueUnsubscribeToken(db, savedSearchId);
      await sendMail(
        alertDigestMail({
          locale,
          to: search.user.email,
          userName: search.user.name,
          search: { ...search, filters, frequency, unsubscribeToken },
          hits: result.hits,
          total: Math.max(result.total, result.hits.length),
        }),
      );
    }
    const status = result.hits.length ? "SENT" : "EMPTY";
    await db.$transaction([
      db.alertDelivery.updateMany({
        where: { savedSearchId, period },
        data: { status, items: result.hits.length, finishedAt: new Date() },
      }),
      // Never backwards: a run with an older clock must not list things a second time.
      db.savedSearch.updateMany({ where: { id: savedSearchId, alertedUntil: { lt: until } }, data: { alertedUntil: until } }),
    ]);
    log(`saved search ${savedSearchId} (${period}): ${status === "SENT" ? `mailed ${result.hits.length} new results` : "nothing new"}`);
    return status === "SENT" ? "sent" : "empty";
  } catch (error) {
    // Without the claim a later run tries again; the digest is not lost.
    await release().catch(() => {});
    throw error;
  }
}

/**
 * A publish transaction that commits just after the run started is invisible to it (not in the
 * index, nor yet in the outbox), although its items carry an earlier time. The next digest
 * therefore starts this long before the run's start. The price: something published in that
 * window that this run did list may rarely be listed again in the next digest.
 */
export const LATE_COMMIT_MARGIN_MS = 2 * 60_000;

/**
 * Where the next digests start: shortly before the run's start (see LATE_COMMIT_MARGIN_MS), or
 * earlier if the search index is still catching up on older changes (outbox rows not yet
 * applied). Then it starts before the oldest of them, with a minute to spare for clocks, so
 * something published before the run but not yet searchable comes in the next digest instead
 * of never. Parked rows are left out: they wait for a person, and would otherwise hold every
 * digest back.
 */
async function coveredUntil(db: Db, now: Date): Promise<Date> {
  const margin = now.getTime() - LATE_COMMIT_MARGIN_MS;
  const oldest = await db.searchOutbox.findFirst({
    where: { parkedAt: null },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (!oldest) return new Date(margin);
  return new Date(Math.min(margin, oldest.createdAt.getTime() - 60_000));
}

/** True if this run won the period; false if another run has it or the search is gone. */
async function claim(db: Db, savedSearchId: string, period: string): Promise<boolean> {
  try {
    const { count } = await db.alertDelivery.createMany({ data: [{ savedSearchId, period }], skipDuplicates: true });
    return count === 1;
  } catch (error) {
    // Deleted between listing and claiming (foreign key).
    if ((error as { code?: string }).code === "P2003") return false;
    throw error;
  }
}
