// SPDX-License-Identifier: EUPL-1.2
/**
 * The search engine for the Next.js server. Scripts and tests import createSearchEngine from
 * ./engine-factory instead, because the shared database client here is server-only.
 */
import { db } from "../db";
import { createSearchEngine } from "./engine-factory";
import type { SearchEngine } from "./types";

export { createSearchEngine } from "./engine-factory";
export type * from "./types";

let engine: SearchEngine | null = null;

export function getSearchEngine(): SearchEngine {
  engine ??= createSearchEngine(db);
  return engine;
}
