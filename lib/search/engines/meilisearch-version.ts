// SPDX-License-Identifier: EUPL-1.2
/**
 * Which Meilisearch servers the engine can use, and what it must leave out for older ones.
 * Settings a server does not know are refused as a whole, so every write would fail; the
 * engine therefore sends only what the running version accepts.
 */

export interface ServerVersion {
  major: number;
  minor: number;
  patch: number;
  /** As the server reports it, e.g. "1.15.2". */
  text: string;
}

/** `localizedAttributes` (one tokenizer per language) arrived in 1.10; without it Czech and German text is tokenized wrongly. */
export const MIN_MEILISEARCH_VERSION = "1.10.0";
/** `typoTolerance.disableOnNumbers` arrived in 1.15. */
const DISABLE_ON_NUMBERS_SINCE = "1.15.0";

export function parseServerVersion(text: string): ServerVersion | null {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), text: text.trim() };
}

function atLeast(v: ServerVersion, min: string): boolean {
  const m = parseServerVersion(min)!;
  return v.major !== m.major ? v.major > m.major : v.minor !== m.minor ? v.minor > m.minor : v.patch >= m.patch;
}

/** What the engine may ask of a server of this version. */
export interface ServerFeatures {
  disableOnNumbers: boolean;
}

export function serverFeatures(v: ServerVersion): ServerFeatures {
  return { disableOnNumbers: atLeast(v, DISABLE_ON_NUMBERS_SINCE) };
}

/** A one-line reason when the engine cannot use this server, or null when it can. */
export function unsupportedVersionReason(reported: string): string | null {
  const v = parseServerVersion(reported);
  if (!v)
    return `Meilisearch reports version "${reported}", which is not a version number; the portal needs Meilisearch ${MIN_MEILISEARCH_VERSION} or newer`;
  if (v.major !== 1 || !atLeast(v, MIN_MEILISEARCH_VERSION))
    return `Meilisearch ${v.text} is not supported: the portal needs Meilisearch 1.x from ${MIN_MEILISEARCH_VERSION} on`;
  return null;
}

/**
 * Actions a scoped key (MEILI_API_KEY) needs on the portal's index and its `<index>_*` rebuilds.
 * The README lists the same; a unit test runs the engine with a key limited to exactly these.
 */
export const MEILI_KEY_ACTIONS = [
  "search",
  "documents.add",
  "documents.delete",
  "indexes.create",
  "indexes.get",
  "indexes.delete",
  "indexes.swap",
  "settings.update",
  "tasks.get",
  "stats.get",
  "version",
] as const;
