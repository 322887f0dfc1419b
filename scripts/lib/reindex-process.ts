// SPDX-License-Identifier: EUPL-1.2
/**
 * How `npm run search:reindex` starts its Node.js process (package.json runs
 * `node <these flags> --import tsx scripts/search-reindex.ts`; the search benchmark starts it the
 * same way). tests/unit/deploy-files.test.ts keeps the two in step.
 *
 * - The old generation is capped. Without a cap, V8 lets the heap of a long rebuild grow towards
 *   its default limit before collecting in earnest: 2.5 GB at 100,000 companies, although what
 *   stays alive (the word memos of lib/search/engines/postgres-index.ts and lib/search/normalize.ts,
 *   which level off at about 600 MB, and the vocabulary) needs far less. With the cap the peak
 *   stays below 2 GB at any directory size, as long as the live set fits.
 * - The young generation is larger than V8's default: a rebuild allocates short-lived strings
 *   by the gigabyte, and fewer, larger scavenges made it a few per cent faster.
 */
export const REINDEX_NODE_FLAGS = ["--max-old-space-size=1536", "--max-semi-space-size=64"] as const;
