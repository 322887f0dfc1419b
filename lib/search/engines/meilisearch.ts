// SPDX-License-Identifier: EUPL-1.2
/**
 * Meilisearch as the search engine, for installations that run one (MEILI_HOST). Settings are
 * applied before any document is written; a reindex builds a fresh index and swaps it in, so
 * search never sees a half-filled index. The server's version is checked before first use, and
 * settings are limited to what that version accepts.
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type Index,
  type IndexSwap,
} from "meilisearch";
import { SearchEngineUnavailableError, UnsupportedSearchEngineVersionError } from "../errors";
import {
  literalQuery,
  prepareQuery,
  understoodWhere,
  withSearchedWords,
  type PreparedQuery,
} from "../query-understanding";
import type { EngineHealth, SearchDocument, SearchEngine, SearchQuery, SearchResult } from "../types";
import {
  buildSearchParams,
  indexSettings,
  meiliKey,
  meiliQuery,
  PRIMARY_KEY,
  quoteFilterValue,
  toMeiliDocument,
  toSearchResult,
  type MeiliDocument,
} from "./meilisearch-mapping";
import {
  parseServerVersion,
  serverFeatures,
  unsupportedVersionReason,
  type ServerFeatures,
} from "./meilisearch-version";

export * from "./meilisearch-mapping";
export * from "./meilisearch-version";

export interface MeilisearchOptions {
  host: string;
  /** The master key, or better a key limited to MEILI_KEY_ACTIONS. */
  apiKey?: string;
  /** Index uid; tests use their own so they never touch the portal's index. */
  indexName?: string;
  now?: () => Date;
  /**
   * How long to wait for one indexing task. An outbox batch writes at most three tasks and then
   * retries entities one by one, all inside one ten-minute transaction, so keep this well below.
   */
  taskTimeoutMs?: number;
  /** How long to wait for one HTTP request. */
  requestTimeoutMs?: number;
}

const BATCH = 1000;

export function createMeilisearchEngine(opts: MeilisearchOptions): SearchEngine {
  const client = new Meilisearch({ host: opts.host, apiKey: opts.apiKey, timeout: opts.requestTimeoutMs ?? 10_000 });
  const indexName = opts.indexName ?? "portal";
  const now = opts.now ?? (() => new Date());
  const taskTimeout = opts.taskTimeoutMs ?? 60_000;
  // Indexes a reindex builds before swapping; one left behind by a crash is removed by the next.
  const rebuildUid = new RegExp(`^${indexName.replace(/[^A-Za-z0-9_-]/g, "")}_\\d+$`);

  /** Network failures and timeouts mean the server is unavailable, not that a document is bad. */
  function unavailable(e: unknown): unknown {
    if (e instanceof MeilisearchTaskTimeOutError)
      return new SearchEngineUnavailableError(
        `Meilisearch did not finish task ${e.cause.taskUid} within ${e.cause.timeout} ms`,
      );
    if (e instanceof MeilisearchRequestError) {
      const cause = e.cause as { message?: string; cause?: { code?: string; message?: string } } | undefined;
      const why = cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? "no answer";
      return new SearchEngineUnavailableError(`Meilisearch at ${opts.host} is not reachable (${why})`);
    }
    return e;
  }
  async function guard<T>(p: Promise<T>): Promise<T> {
    try {
      return await p;
    } catch (e) {
      throw unavailable(e);
    }
  }

  /**
   * Waits for a task and turns anything but success into an error, so the outbox keeps the row.
   * A cancelled task has no error, yet its change was never made.
   */
  async function settle(task: EnqueuedTaskPromise, tolerate?: string) {
    const done = await guard(task.waitTask({ timeout: taskTimeout }));
    if (done.status === "succeeded") return;
    if (tolerate && done.status === "failed" && done.error?.code === tolerate) return;
    throw new Error(`meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? "no details"}`);
  }

  let features: Promise<ServerFeatures> | null = null;
  /** The version is read once per process; a refusal is not remembered, so an upgrade is noticed. */
  function checkVersion(): Promise<ServerFeatures> {
    features ??= (async () => {
      const { pkgVersion } = await guard(client.getVersion());
      const reason = unsupportedVersionReason(pkgVersion);
      if (reason) throw new UnsupportedSearchEngineVersionError(reason);
      return serverFeatures(parseServerVersion(pkgVersion)!);
    })().catch((e) => {
      features = null;
      throw e;
    });
    return features;
  }

  async function prepareIndex(uid: string): Promise<Index<MeiliDocument>> {
    const supported = await checkVersion();
    await settle(client.createIndex(uid, { primaryKey: PRIMARY_KEY }), "index_already_exists");
    const index = client.index<MeiliDocument>(uid);
    await settle(index.updateSettings(indexSettings(supported)));
    return index;
  }

  let ready: Promise<Index<MeiliDocument>> | null = null;
  function live(): Promise<Index<MeiliDocument>> {
    ready ??= prepareIndex(indexName).catch((e) => {
      ready = null;
      throw e;
    });
    return ready;
  }

  async function removeLeftoverRebuilds() {
    const stale: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await guard(client.getRawIndexes({ offset, limit: 100 }));
      stale.push(...page.results.map((i) => i.uid).filter((uid) => rebuildUid.test(uid)));
      if (offset + 100 >= page.total) break;
    }
    for (const uid of stale) await settle(client.deleteIndex(uid), "index_not_found");
  }

  async function run(index: Index<MeiliDocument>, query: SearchQuery, prepared: PreparedQuery): Promise<SearchResult> {
    const understood: SearchQuery = { ...query, q: prepared.q, prefix: prepared.prefix, filters: prepared.filters };
    const params = buildSearchParams(understood, Math.floor(now().getTime() / 1000));
    let response;
    try {
      response = await guard(index.search<Partial<MeiliDocument>>(meiliQuery(understood), params));
    } catch (e) {
      // Nothing indexed yet: an empty result, not an error page.
      if (e instanceof MeilisearchApiError && e.cause?.code === "index_not_found") {
        response = { hits: [], totalHits: 0, processingTimeMs: 0, query: query.q, facetDistribution: {} };
      } else {
        throw e;
      }
    }
    const result = toSearchResult(understood, response);
    if (result.suggestion) {
      const full = withSearchedWords(query.q ?? "", prepared.understood, result.suggestion.split(" "));
      if (full.toLowerCase() !== (query.q ?? "").trim().toLowerCase()) result.suggestion = full;
      else delete result.suggestion;
    }
    return result;
  }

  async function search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    await checkVersion();
    const index = client.index<MeiliDocument>(indexName);
    // Place, country and stop words become filters or go, as in the PostgreSQL engine.
    const prepared = prepareQuery(query);
    let result = await run(index, query, prepared);
    // A word read as a place or country can belong to a name ("Labe Pack"): when that reading
    // finds nothing, the words as typed get their chance.
    if (!result.total && understoodWhere(prepared.understood)) result = await run(index, query, literalQuery(query));
    result.tookMs = Math.round((performance.now() - started) * 10) / 10;
    return result;
  }

  return {
    name: "meilisearch",
    search,
    async upsert(docs: SearchDocument[]) {
      if (!docs.length) return;
      const index = await live();
      await settle(index.addDocuments(docs.map(toMeiliDocument), { primaryKey: PRIMARY_KEY }));
    },
    async delete(ids: string[]) {
      if (!ids.length) return;
      const index = await live();
      await settle(index.deleteDocuments(ids.map(meiliKey)));
    },
    async deleteByOrganization(orgIds: string[]) {
      if (!orgIds.length) return;
      const index = await live();
      await settle(index.deleteDocuments({ filter: `organizationId IN [${orgIds.map(quoteFilterValue).join(", ")}]` }));
    },
    async reindex(batches) {
      // Nothing is created before the server is known to be usable.
      await checkVersion();
      await removeLeftoverRebuilds();
      // The swap needs the live index to exist; its settings do not matter, it is about to be replaced.
      await settle(client.createIndex(indexName, { primaryKey: PRIMARY_KEY }), "index_already_exists");
      const uid = `${indexName}_${Date.now()}`;
      let indexed = 0;
      try {
        const fresh = await prepareIndex(uid);
        for await (const batch of batches) {
          for (let i = 0; i < batch.length; i += BATCH) {
            const slice = batch.slice(i, i + BATCH).map(toMeiliDocument);
            await settle(fresh.addDocuments(slice, { primaryKey: PRIMARY_KEY }));
            indexed += slice.length;
          }
        }
        // No `rename` field: servers before 1.18 refuse it, and leaving it out means a plain swap on all.
        const swap = { indexes: [indexName, uid] } as IndexSwap;
        await settle(client.swapIndexes([swap]));
        // The live index now carries the fresh index's settings.
        ready = Promise.resolve(client.index<MeiliDocument>(indexName));
      } finally {
        // After a swap `uid` holds the previous documents, before it the unfinished new ones.
        await settle(client.deleteIndex(uid), "index_not_found").catch(() => {});
      }
      return { indexed };
    },
    async health(): Promise<EngineHealth> {
      const engine = "meilisearch" as const;
      let version: string | undefined;
      try {
        await guard(client.health());
        version = (await guard(client.getVersion())).pkgVersion;
        const reason = unsupportedVersionReason(version);
        if (reason) return { engine, ok: false, version, versionSupported: false, error: reason };
        const stats = await guard(client.index(indexName).getStats());
        return { engine, ok: true, version, versionSupported: true, documents: stats.numberOfDocuments };
      } catch (e) {
        // A server that has not received its first document yet is healthy, just empty.
        if (e instanceof MeilisearchApiError && e.cause?.code === "index_not_found") {
          return { engine, ok: true, version, versionSupported: true, documents: 0 };
        }
        return { engine, ok: false, version, error: (e as Error).message.slice(0, 200) };
      }
    },
  };
}
