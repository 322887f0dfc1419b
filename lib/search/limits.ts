// SPDX-License-Identifier: EUPL-1.2
/**
 * Limits the search box in the browser needs. Kept apart from params.ts, which validates place
 * names against the gazetteer: importing it in a client component would ship the whole
 * gazetteer to every visitor.
 */
export const MAX_QUERY_LENGTH = 200;
