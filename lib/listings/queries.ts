// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";

const editorInclude = { industries: { select: { industryCode: true }, orderBy: { industryCode: "asc" } } } as const;

/** All listings of a company, drafts included, for its members. */
export async function listingsOfCompany(organizationId: string) {
  return db.listing.findMany({
    where: { organizationId },
    include: editorInclude,
    orderBy: [{ kind: "asc" }, { createdAt: "desc" }],
  });
}

export async function getListingForEditor(listingId: string) {
  return db.listing.findUnique({ where: { id: listingId }, include: editorInclude });
}

export type ListingForEditor = NonNullable<Awaited<ReturnType<typeof getListingForEditor>>>;
