/**
 * Meilisearch as the search engine, for installations that run one (MEILI_HOST). Settings are
 * applied before any document is written; a reindex builds a fresh index and swaps it in, so
 * search never sees a half-filled index.
 */
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Index } from "meilisearch";
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from "../types";
import {
  buildSearchParams,
  indexSettings,
  meiliKey,
  PRIMARY_KEY,
  quoteFilterValue,
  toMeiliDocument,
  toSearchResult,
  type MeiliDocument,
} from "./meilisearch-mapping";

export * from "./meilisearch-mapping";

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** Index uid; tests use their own so they never touch the portal's index. */
  indexName?: string;
  now?: () => Date;
  /** How long to wait for one indexing task. */
  taskTimeoutMs?: number;
}

const BATCH = 1000;

export function createMeilisearchEngine(opts: MeilisearchOptions): SearchEngine {
  const client = new Meilisearch({ host: opts.host, apiKey: opts.apiKey, timeout: 10_000 });
  const indexName = opts.indexName ?? "portal";
  const now = opts.now ?? (() => new Date());
  const taskTimeout = opts.taskTimeoutMs ?? 120_000;

  /** Waits for a task and turns a failed one into an error, so the outbox retries it. */
  async function settle(task: EnqueuedTaskPromise, tolerate?: string) {
    const done = await task.waitTask({ timeout: taskTimeout });
    if (done.status !== "succeeded" && done.error?.code !== tolerate) {
      throw new Error(`meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? "no details"}`);
    }
  }

  async function prepareIndex(uid: string): Promise<Index<MeiliDocument>> {
    await settle(client.createIndex(uid, { primaryKey: PRIMARY_KEY }), "index_already_exists");
    const index = client.index<MeiliDocument>(uid);
    await settle(index.updateSettings(indexSettings()));
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

  async function search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const index = client.index<MeiliDocument>(indexName);
    const params = buildSearchParams(query, Math.floor(now().getTime() / 1000));
    let response;
    try {
      response = await index.search<Partial<MeiliDocument>>(query.q?.trim() || null, params);
    } catch (e) {
      // Nothing indexed yet: an empty result, not an error page.
      if (e instanceof MeilisearchApiError && e.cause?.code === "index_not_found") {
        response = { hits: [], totalHits: 0, processingTimeMs: 0, query: query.q, facetDistribution: {} };
      } else {
        throw e;
      }
    }
    const result = toSearchResult(query, response);
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
      const uid = `${indexName}_${Date.now()}`;
      const fresh = await prepareIndex(uid);
      let indexed = 0;
      try {
        for await (const batch of batches) {
          for (let i = 0; i < batch.length; i += BATCH) {
            const slice = batch.slice(i, i + BATCH).map(toMeiliDocument);
            await settle(fresh.addDocuments(slice, { primaryKey: PRIMARY_KEY }));
            indexed += slice.length;
          }
        }
        await live();
        // After the swap `uid` holds the previous documents.
        await settle(client.swapIndexes([{ indexes: [indexName, uid], rename: false }]));
      } finally {
        await settle(client.deleteIndex(uid), "index_not_found").catch(() => {});
      }
      return { indexed };
    },
    async health() {
      try {
        await client.health();
        const stats = await client.index(indexName).getStats();
        return { engine: "meilisearch", ok: true, documents: stats.numberOfDocuments };
      } catch (e) {
        // A server that has not received its first document yet is healthy, just empty.
        if (e instanceof MeilisearchApiError && e.cause?.code === "index_not_found") {
          return { engine: "meilisearch", ok: true, documents: 0 };
        }
        return { engine: "meilisearch", ok: false, error: (e as Error).message.slice(0, 200) };
      }
    },
  };
}
