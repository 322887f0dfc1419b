// SPDX-License-Identifier: EUPL-1.2
/**
 * Applies SearchOutbox rows to the search engine. Rows are claimed with FOR UPDATE SKIP LOCKED
 * inside a transaction that stays open until the engine has the change: if the worker dies
 * first, the transaction rolls back and the rows wait for the next worker. A row is deleted
 * only after its documents were written.
 */
import type { Db, DbTx } from "../db/prisma";
import { buildDocuments, normalizeChanges, type DocumentChanges } from "./document-builder";
import { allEnded } from "./all-ended";
import { SearchEngineUnavailableError } from "./errors";
import type { SearchEntityType } from "./outbox";
import type { SearchEngine } from "./types";
import { invalidatePublicData, PUBLIC_TAGS } from "../cache/public-tags";

/** Held exclusively by a full reindex; workers hold it shared, so they pause while it runs. */
export const REINDEX_LOCK_KEY = 7_270_736_001;

export interface RetryPolicy {
  /** After this many failed attempts a row is parked and needs an operator. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Retry delay while the engine itself is down; such failures do not count as attempts. */
  outageDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  outageDelayMs: 30_000,
};

export interface DrainOptions {
  batchSize?: number;
  /**
   * Batches in progress at once (DEFAULT_CONCURRENCY). While one batch waits for the database
   * to write its documents, the next is claimed, read and built; the two take turns only at
   * the writers' lock (search_state). They claim different rows and organizations, exactly as
   * two workers do.
   */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  signal?: AbortSignal;
  log?: (message: string) => void;
}

export interface DrainResult {
  /** Outbox rows applied and deleted. */
  processed: number;
  /** Outbox rows that failed this time (rescheduled or parked). */
  failed: number;
  parked: number;
  upserted: number;
  deleted: number;
  batches: number;
}

interface OutboxRow {
  id: bigint;
  entityType: SearchEntityType;
  entityId: string;
  attempts: number;
}

/** A batch's transaction, which holds its rows' locks while the engine writes. */
const BATCH_TX_TIMEOUT_MS = 10 * 60_000;

const entityKey = (r: { entityType: string; entityId: string }) => `${r.entityType}:${r.entityId}`;
const idsJson = (rows: OutboxRow[]) => JSON.stringify(rows.map((r) => r.id.toString()));

/**
 * Lock keys: everything of one organization shares a key, because a company's documents are
 * rebuilt together with its listings and events; two workers must not write them concurrently
 * from different snapshots.
 */
async function lockKeys(tx: DbTx, rows: OutboxRow[]): Promise<Map<string, string>> {
  const keys = new Map(
    rows.map((r) => [entityKey(r), r.entityType === "COMPANY" ? `org:${r.entityId}` : entityKey(r)]),
  );
  const of = (type: string) => JSON.stringify(rows.filter((r) => r.entityType === type).map((r) => r.entityId));
  const owners = await tx.$queryRawUnsafe<{ entity: string; owner: string }[]>(
    `SELECT 'LISTING:' || id AS entity, "organizationId" AS owner FROM "Listing" WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))
     UNION ALL
     SELECT 'EVENT:' || id, "organizerId" FROM "Event" WHERE id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    of("LISTING"),
    of("EVENT"),
  );
  for (const o of owners) keys.set(o.entity, `org:${o.owner}`);
  return keys;
}

async function applyChanges(prisma: Db, engine: SearchEngine, rows: OutboxRow[]): Promise<DocumentChanges> {
  const byType = new Map<SearchEntityType, string[]>();
  for (const r of rows) byType.set(r.entityType, [...(byType.get(r.entityType) ?? []), r.entityId]);
  const all: DocumentChanges = { upserts: [], deletes: [], orphanedOrganizations: [] };
  for (const [type, ids] of byType) {
    const c = await buildDocuments(prisma, type, ids, new Date(), { forms: engine.usesForms !== false });
    all.upserts.push(...c.upserts);
    all.deletes.push(...c.deletes);
    all.orphanedOrganizations.push(...c.orphanedOrganizations);
  }
  const changes = normalizeChanges(all);
  if (changes.orphanedOrganizations.length) {
    if (!engine.deleteByOrganization) throw new Error(`${engine.name} engine cannot remove deleted organizations`);
    await engine.deleteByOrganization(changes.orphanedOrganizations);
  }
  if (changes.deletes.length) await engine.delete(changes.deletes);
  if (changes.upserts.length) await engine.upsert(changes.upserts);
  // Cached result pages show the index, so they go once the index has the change.
  await invalidatePublicData(prisma, [PUBLIC_TAGS.search]);
  return changes;
}

/**
 * A company's change rebuilds all its listings and events (buildDocuments), so a listing or event
 * of a company changed in the same batch needs no build of its own; its rows are still applied
 * with the company's. Entities that no longer exist have no owner here and are kept: only their
 * own row removes their documents.
 */
function withoutCovered(reps: OutboxRow[], keys: Map<string, string>): OutboxRow[] {
  const companies = new Set(reps.filter((r) => r.entityType === "COMPANY").map((r) => keys.get(entityKey(r))));
  if (!companies.size) return reps;
  return reps.filter((r) => r.entityType === "COMPANY" || !companies.has(keys.get(entityKey(r))));
}

function errorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n").filter(Boolean).at(-1)?.slice(0, 500) ?? "unknown error";
}

/** Reschedules rows with exponential backoff and parks those out of attempts; returns how many were parked. */
async function markFailed(tx: DbTx, rows: OutboxRow[], error: string, policy: RetryPolicy): Promise<number> {
  const parked = await tx.$queryRawUnsafe<{ parked: boolean }[]>(
    `UPDATE "SearchOutbox"
        SET attempts = attempts + 1,
            "lastError" = $2,
            "nextAttemptAt" = LOCALTIMESTAMP + least($4::float8, $3::float8 * power(2, attempts)) * interval '1 millisecond',
            "parkedAt" = CASE WHEN attempts + 1 >= $5 THEN LOCALTIMESTAMP END
      WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)
      RETURNING "parkedAt" IS NOT NULL AS parked`,
    idsJson(rows),
    error,
    policy.baseDelayMs,
    policy.maxDelayMs,
    policy.maxAttempts,
  );
  return parked.filter((p) => p.parked).length;
}

async function postpone(tx: DbTx, rows: OutboxRow[], error: string, policy: RetryPolicy) {
  await tx.$executeRawUnsafe(
    `UPDATE "SearchOutbox" SET "lastError" = $2, "nextAttemptAt" = LOCALTIMESTAMP + $3::float8 * interval '1 millisecond'
      WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)`,
    idsJson(rows),
    `search engine unavailable: ${error}`,
    policy.outageDelayMs,
  );
}

const deleteRows = (tx: DbTx, rows: OutboxRow[]) =>
  tx.$executeRawUnsafe(
    `DELETE FROM "SearchOutbox" WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)`,
    idsJson(rows),
  );

interface BatchOutcome {
  claimed: number;
  /** Claimed rows left alone because another worker holds their organization. */
  held: number;
  result: Omit<DrainResult, "batches">;
}

async function processBatch(
  prisma: Db,
  engine: SearchEngine,
  batchSize: number,
  policy: RetryPolicy,
): Promise<BatchOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const began = Date.now();
      const result = { processed: 0, failed: 0, parked: 0, upserted: 0, deleted: 0 };
      const [gate] = await tx.$queryRawUnsafe<{ ok: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock_shared($1::bigint) AS ok`,
        REINDEX_LOCK_KEY,
      );
      if (!gate.ok) return { claimed: 0, held: 0, result };
      const claimed = await tx.$queryRawUnsafe<OutboxRow[]>(
        `SELECT id, "entityType"::text AS "entityType", "entityId", attempts FROM "SearchOutbox"
          WHERE "parkedAt" IS NULL AND "nextAttemptAt" <= LOCALTIMESTAMP
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        batchSize,
      );
      if (!claimed.length) return { claimed: 0, held: 0, result };

      const keys = await lockKeys(tx, claimed);
      const granted = await tx.$queryRawUnsafe<{ k: string; ok: boolean }[]>(
        `SELECT k, pg_try_advisory_xact_lock(hashtextextended(k, 0)) AS ok FROM jsonb_array_elements_text($1::jsonb) AS k`,
        JSON.stringify([...new Set(keys.values())].sort()),
      );
      const free = new Set(granted.filter((g) => g.ok).map((g) => g.k));
      // Rows whose organization another worker is indexing stay for later, untouched.
      const rows = claimed.filter((r) => free.has(keys.get(entityKey(r))!));
      const held = claimed.length - rows.length;
      if (!rows.length) return { claimed: claimed.length, held, result };

      const groups = new Map<string, OutboxRow[]>();
      for (const r of rows) groups.set(entityKey(r), [...(groups.get(entityKey(r)) ?? []), r]);
      const representatives = [...groups.values()].map((g) => g[0]);
      const rowsOf = (reps: OutboxRow[]) => reps.flatMap((r) => groups.get(entityKey(r))!);

      const attempt = async (reps: OutboxRow[]) => {
        const changes = await applyChanges(prisma, engine, withoutCovered(reps, keys));
        await deleteRows(tx, rowsOf(reps));
        result.processed += rowsOf(reps).length;
        result.upserted += changes.upserts.length;
        result.deleted += changes.deletes.length;
      };
      try {
        await attempt(representatives);
      } catch (batchError) {
        const health = await engine.health().catch(() => ({ ok: false }));
        // A task timeout from a server that still answers is a busy server, not a bad entity.
        if (!health.ok || batchError instanceof SearchEngineUnavailableError) {
          await postpone(tx, rows, errorText(batchError), policy);
          result.failed += rows.length;
          return { claimed: claimed.length, held, result };
        }
        // The engine is up, so some entity is the problem: find it instead of failing them all.
        for (const [i, rep] of representatives.entries()) {
          // Retries must end before the transaction does; what is left waits for the next round, uncounted.
          const outOfTime = Date.now() - began > BATCH_TX_TIMEOUT_MS / 2;
          if (outOfTime) {
            const rest = rowsOf(representatives.slice(i));
            await postpone(tx, rest, "retry time of the batch used up", policy);
            result.failed += rest.length;
            break;
          }
          try {
            await attempt([rep]);
          } catch (e) {
            if (e instanceof SearchEngineUnavailableError) {
              const rest = rowsOf(representatives.slice(i));
              await postpone(tx, rest, errorText(e), policy);
              result.failed += rest.length;
              break;
            }
            result.failed += rowsOf([rep]).length;
            result.parked += await markFailed(tx, rowsOf([rep]), errorText(e), policy);
          }
        }
      }
      return { claimed: claimed.length, held, result };
    },
    { timeout: BATCH_TX_TIMEOUT_MS, maxWait: 30_000 },
  );
}

const MAX_WAITS_FOR_OTHERS = 200;

/**
 * Batches a drain has in progress at once. Building documents is JavaScript work and writing
 * them the database's: one batch at a time left each idle while the other worked. Two
 * indexed 20,000 documents in about 12 s instead of 15 (docs/performance.md).
 */
export const DEFAULT_CONCURRENCY = 2;

/** Applies outbox rows until none is due (rows locked by other workers are left to them). */
export async function drainOutbox(prisma: Db, engine: SearchEngine, opts: DrainOptions = {}): Promise<DrainResult> {
  const policy = { ...DEFAULT_RETRY, ...opts.retry };
  const batchSize = opts.batchSize ?? 200;
  const lanes = Math.max(1, Math.floor(opts.concurrency ?? DEFAULT_CONCURRENCY));
  // Every lane has ended before the drain does, also when one of them failed.
  const results = await allEnded(Array.from({ length: lanes }, () => drainLane(prisma, engine, batchSize, policy, opts)));
  const total = noneDrained();
  for (const r of results) addCounts(total, r);
  return total;
}

const noneDrained = (): DrainResult => ({ processed: 0, failed: 0, parked: 0, upserted: 0, deleted: 0, batches: 0 });

function addCounts(total: DrainResult, part: Partial<DrainResult>) {
  for (const k of Object.keys(part) as (keyof DrainResult)[]) total[k] += part[k] ?? 0;
}

/** One batch after another until none is due: one of a drain's lanes. */
async function drainLane(
  prisma: Db,
  engine: SearchEngine,
  batchSize: number,
  policy: RetryPolicy,
  opts: DrainOptions,
): Promise<DrainResult> {
  const total = noneDrained();
  let waits = 0;
  while (!opts.signal?.aborted) {
    const { claimed, held, result } = await processBatch(prisma, engine, batchSize, policy);
    if (!claimed) break;
    total.batches++;
    addCounts(total, result);
    if (result.parked) opts.log?.(`${result.parked} outbox rows parked after ${policy.maxAttempts} attempts`);
    if (result.processed) {
      waits = 0;
    } else if (held && waits < MAX_WAITS_FOR_OTHERS) {
      // Another worker is busy with these organizations; it releases them within one batch.
      waits++;
      await new Promise((r) => setTimeout(r, 50));
    } else {
      // Everything due failed and is rescheduled: stop rather than spin.
      break;
    }
  }
  return total;
}

export interface OutboxStatus {
  pending: number;
  parked: number;
  oldestPendingAgeSeconds: number;
}

/** Anything that runs SQL the way Prisma's $queryRawUnsafe does: the client itself or a transaction. */
export interface SqlReader {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
}

export async function outboxStatus(prisma: SqlReader): Promise<OutboxStatus> {
  const [row] = await prisma.$queryRawUnsafe<OutboxStatus[]>(
    `SELECT count(*) FILTER (WHERE "parkedAt" IS NULL)::int AS pending,
            count(*) FILTER (WHERE "parkedAt" IS NOT NULL)::int AS parked,
            coalesce(extract(epoch FROM LOCALTIMESTAMP - min("createdAt") FILTER (WHERE "parkedAt" IS NULL)), 0)::float8
              AS "oldestPendingAgeSeconds"
       FROM "SearchOutbox"`,
  );
  return {
    pending: row.pending,
    parked: row.parked,
    oldestPendingAgeSeconds: Math.max(0, Math.round(row.oldestPendingAgeSeconds)),
  };
}

/** Gives parked rows a fresh start, e.g. after fixing the bug that made them fail. */
export async function requeueParked(prisma: Pick<Db, "$executeRawUnsafe">): Promise<number> {
  return prisma.$executeRawUnsafe(
    `UPDATE "SearchOutbox" SET "parkedAt" = NULL, attempts = 0, "nextAttemptAt" = LOCALTIMESTAMP WHERE "parkedAt" IS NOT NULL`,
  );
}

export interface OutboxWorker {
  /** Finishes the batch in progress, then resolves. */
  stop(): Promise<void>;
}

/** Drains the outbox every `intervalMs` until stopped; errors are logged and retried on the next round. */
export function startOutboxWorker(
  prisma: Db,
  engine: SearchEngine,
  opts: { intervalMs?: number; batchSize?: number; retry?: Partial<RetryPolicy>; log?: (m: string) => void } = {},
): OutboxWorker {
  const intervalMs = opts.intervalMs ?? 1000;
  const log = opts.log ?? ((m: string) => console.log(`[search-worker] ${m}`));
  const controller = new AbortController();
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (!controller.signal.aborted) {
      try {
        const r = await drainOutbox(prisma, engine, {
          batchSize: opts.batchSize,
          retry: opts.retry,
          signal: controller.signal,
          log,
        });
        if (r.processed || r.failed)
          log(
            `applied ${r.processed} changes (${r.upserted} documents written, ${r.deleted} removed), ${r.failed} failed`,
          );
      } catch (e) {
        log(`drain failed, retrying: ${errorText(e)}`);
      }
      if (!controller.signal.aborted) await sleep(intervalMs);
    }
  })();

  return {
    async stop() {
      controller.abort();
      wake?.();
      await loop;
    },
  };
}
