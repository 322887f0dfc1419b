// SPDX-License-Identifier: EUPL-1.2
/** Shared by the claim pages, forms and actions; free of dependencies for small client bundles. */

/** A mailed claim link works this long: long enough for a company to find the mail after holidays. */
export const CLAIM_LINK_LIFETIME_DAYS = 30;
export const CLAIM_LINK_LIFETIME_MS = CLAIM_LINK_LIFETIME_DAYS * 24 * 3600_000;

/** One invitation run sends to at most this many members; "all" beyond it asks for another run. */
export const CLAIM_INVITATIONS_PER_RUN = 500;

export const CLAIM_LIMITS = { note: 1_000, reason: 1_000 } as const;
