// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { createListingAction } from "../../../lib/listings/actions/create-listing";
import { deleteListingAction } from "../../../lib/listings/actions/delete-listing";
import { publishListingAction } from "../../../lib/listings/actions/publish-listing";
import { unpublishListingAction } from "../../../lib/listings/actions/unpublish-listing";
import { updateListingAction } from "../../../lib/listings/actions/update-listing";
import { MEMBERS, MEMBERS_BY_ID, rows, type MatrixFixture } from "./matrix";

const fields = {
  kind: "OFFER" as const,
  category: "CAPACITY" as const,
  title: { de: "Freie Fräskapazität", cs: "", en: "" },
  description: { de: "Zwei Schichten pro Woche frei.", cs: "", en: "" },
  industries: ["25.62"],
  validUntil: "",
};

async function listing(f: MatrixFixture, status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  const row = await f.db.listing.create({
    data: { organizationId: f.company.id, kind: "OFFER", category: "SERVICE", titleDe: "Lohnfertigung", status },
  });
  return row.id;
}

// Editors keep the offers and requests current, like owners, and platform admins may step in;
// outsiders may not touch them, and to them an unpublished listing's id names nothing.
export default rows({
  createListingAction: {
    action: createListingAction,
    input: (f) => ({ organizationId: f.company.id, ...fields }),
    expect: MEMBERS,
    hidden: "organizationId",
    verify: async (f, data) => {
      const { listingId } = data as { listingId: string };
      const row = await f.db.listing.findUniqueOrThrow({ where: { id: listingId } });
      expect(row).toMatchObject({
        organizationId: f.company.id,
        status: "DRAFT",
        category: "CAPACITY",
        titleDe: "Freie Fräskapazität",
      });
    },
  },
  updateListingAction: {
    action: updateListingAction,
    input: async (f) => ({ listingId: await listing(f), ...fields, kind: "REQUEST" as const }),
    expect: MEMBERS_BY_ID,
    hidden: "listingId",
    verify: async (f, data) => {
      const { listingId } = data as { listingId: string };
      expect(await f.db.listing.findUniqueOrThrow({ where: { id: listingId } })).toMatchObject({
        kind: "REQUEST",
        category: null,
      });
    },
  },
  publishListingAction: {
    action: publishListingAction,
    input: async (f) => ({ listingId: await listing(f) }),
    expect: MEMBERS_BY_ID,
    hidden: "listingId",
    verify: async (f, data) => {
      const { listingId } = data as { listingId: string };
      expect((await f.db.listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("PUBLISHED");
    },
  },
  unpublishListingAction: {
    action: unpublishListingAction,
    input: async (f) => ({ listingId: await listing(f, "PUBLISHED") }),
    expect: MEMBERS_BY_ID,
    hidden: "listingId",
    verify: async (f, data) => {
      const { listingId } = data as { listingId: string };
      expect((await f.db.listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("UNPUBLISHED");
    },
  },
  deleteListingAction: {
    action: deleteListingAction,
    input: async (f) => ({ listingId: await listing(f) }),
    expect: MEMBERS_BY_ID,
    hidden: "listingId",
    verify: async (f) => {
      expect(await f.db.listing.count({ where: { organizationId: f.company.id } })).toBe(0);
    },
  },
});
