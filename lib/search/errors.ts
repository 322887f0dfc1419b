// SPDX-License-Identifier: EUPL-1.2
/**
 * Failures of the search engine as a whole rather than of one document. The outbox worker
 * postpones rows on these without counting an attempt, so a busy or unreachable server, or one
 * waiting for an upgrade, never parks rows.
 */
export class SearchEngineUnavailableError extends Error {
  override name = "SearchEngineUnavailableError";
}

/** The server runs a version the engine cannot use; the message names the version it needs. */
export class UnsupportedSearchEngineVersionError extends SearchEngineUnavailableError {
  override name = "UnsupportedSearchEngineVersionError";
}
