// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import { ActionError } from "../actions/safe-action";
import { zonedToUtc } from "../time/zoned";
import type { listingFormSchema } from "./schema";
import type { z } from "zod";

type ListingFields = z.output<typeof listingFormSchema>;

/** "Valid until 31 March" means through the end of that day in the portal's time zone. */
export function endOfDayInPortalZone(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(zonedToUtc(y, m, d, 23, 59, "Europe/Berlin").getTime() + 59_999);
}

/** Column values for a listing from the validated form fields. */
export function listingData(l: ListingFields) {
  return {
    kind: l.kind,
    category: l.category,
    titleDe: l.title.de || null,
    titleCs: l.title.cs || null,
    titleEn: l.title.en || null,
    descriptionDe: l.description.de || null,
    descriptionCs: l.description.cs || null,
    descriptionEn: l.description.en || null,
    validUntil: l.validUntil ? endOfDayInPortalZone(l.validUntil) : null,
  };
}

/**
 * The listing with its company, locked for the rest of the transaction. Actions call this
 * first in their transaction; the wrapper has checked the caller against the company
 * beforehand (listingOwner), which holds since a listing never changes company.
 */
export async function lockListing(tx: DbTx, listingId: string) {
  const rows = await tx.$queryRaw<{ id: string; organizationId: string; status: string; validUntil: Date | null }[]>`
    SELECT id, "organizationId", status::text AS status, "validUntil" FROM "Listing" WHERE id = ${listingId} FOR UPDATE`;
  if (!rows.length) throw new ActionError("not_found");
  return rows[0];
}
