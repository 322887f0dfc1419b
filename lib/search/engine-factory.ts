// SPDX-License-Identifier: EUPL-1.2
/**
 * Chooses the search engine from the environment. Free of server-only imports, so scripts and
 * tests can pass their own Prisma client.
 */
import type { Db } from "../db/prisma";
import { createMeilisearchEngine } from "./engines/meilisearch";
import { createPostgresSearchEngine } from "./engines/postgres";
import type { SearchEngine } from "./types";

export interface SearchEnv {
  MEILI_HOST?: string;
  /** A key limited to the actions the engine needs (see MEILI_KEY_ACTIONS); preferred over the master key. */
  MEILI_API_KEY?: string;
  MEILI_MASTER_KEY?: string;
  /** Index uid in Meilisearch; defaults to "portal". */
  MEILI_INDEX?: string;
}

/** Meilisearch when MEILI_HOST is set, otherwise the engine inside PostgreSQL. */
export function createSearchEngine(prisma: Db, env: SearchEnv = process.env as SearchEnv): SearchEngine {
  if (env.MEILI_HOST?.trim()) {
    return createMeilisearchEngine({
      host: env.MEILI_HOST.trim(),
      apiKey: env.MEILI_API_KEY?.trim() || env.MEILI_MASTER_KEY?.trim() || undefined,
      indexName: env.MEILI_INDEX || undefined,
    });
  }
  return createPostgresSearchEngine(prisma);
}
