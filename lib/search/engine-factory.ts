// SPDX-License-Identifier: EUPL-1.2
/**
 * Chooses the search engine from the environment. Free of server-only imports, so scripts and
 * tests can pass their own Prisma client.
 */
import type { Db } from "../db/prisma";
import { settings } from "../env";
import { createMeilisearchEngine } from "./engines/meilisearch";
import { createPostgresSearchEngine } from "./engines/postgres";
import type { SearchEngine } from "./types";

export type SearchEnv = {
  MEILI_HOST?: string;
  /** A key limited to the actions the engine needs (see MEILI_KEY_ACTIONS); preferred over the master key. */
  MEILI_API_KEY?: string;
  MEILI_MASTER_KEY?: string;
  /** Index uid in Meilisearch; defaults to "portal". */
  MEILI_INDEX?: string;
};

/** Meilisearch when MEILI_HOST is set, otherwise the engine inside PostgreSQL. */
export function createSearchEngine(prisma: Db, env?: SearchEnv): SearchEngine {
  const s = settings(env);
  if (s.MEILI_HOST) {
    return createMeilisearchEngine({
      host: s.MEILI_HOST,
      apiKey: s.MEILI_API_KEY ?? s.MEILI_MASTER_KEY,
      indexName: s.MEILI_INDEX,
    });
  }
  return createPostgresSearchEngine(prisma);
}
