// SPDX-License-Identifier: EUPL-1.2
/**
 * The shapes of the identifiers that arrive in URLs. Anything else cannot name a row, so it is
 * answered as "not found" before it reaches the database: PostgreSQL rejects a NUL byte in text
 * with an error, and a 20,000-character "id" is no reason to run a query.
 */

// Prisma's cuid() defaults, and the UUIDs the demo data and the bulk import assign.
const CUID = /^c[a-z0-9]{24}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Company and event slugs (lib/companies/slug.ts): 80 characters of a name plus "-<n>" when taken.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX_LENGTH = 100;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && (CUID.test(value) || UUID.test(value));
}

export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value.length <= SLUG_MAX_LENGTH && SLUG.test(value);
}
