// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { addToWatchlistAction } from "../../../lib/watchlist/actions/add-to-watchlist";
import { removeFromWatchlistAction } from "../../../lib/watchlist/actions/remove-from-watchlist";
import { updateWatchlistNoteAction } from "../../../lib/watchlist/actions/update-watchlist-note";
import { createOrganization } from "../support/accounts";
import { COMPANY_VOICE, COMPANY_VOICE_BY_ID, rows, type MatrixFixture } from "./matrix";

async function publishedSupplier(f: MatrixFixture) {
  const supplier = await createOrganization([], { name: "Zulieferer Nord GmbH" });
  await f.db.organization.update({ where: { id: supplier.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  return supplier;
}

async function entry(f: MatrixFixture) {
  const supplier = await publishedSupplier(f);
  const row = await f.db.watchlistEntry.create({
    data: { organizationId: f.company.id, watchedOrganizationId: supplier.id, note: "Alte Notiz" },
  });
  return row.id;
}

// The watchlist and its notes belong to the watching company: its owners and editors keep it,
// platform admins do not. Outsiders cannot tell its entries, or unpublished companies, from ids
// that name nothing.
export default rows({
  addToWatchlistAction: {
    action: addToWatchlistAction,
    input: async (f) => ({
      organizationId: f.company.id,
      watchedOrganizationId: (await publishedSupplier(f)).id,
      note: "Liefert pünktlich",
    }),
    expect: COMPANY_VOICE,
    hidden: "watchedOrganizationId",
    mixed: {
      input: (f) => ({ organizationId: f.otherCompany.id, watchedOrganizationId: f.company.id, note: "Noch nicht online" }),
    },
    verify: async (f, data) => {
      const { entryId } = data as { entryId: string };
      expect(await f.db.watchlistEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({
        organizationId: f.company.id,
        note: "Liefert pünktlich",
      });
    },
  },
  updateWatchlistNoteAction: {
    action: updateWatchlistNoteAction,
    input: async (f) => ({ entryId: await entry(f), note: "Neue Notiz" }),
    expect: COMPANY_VOICE_BY_ID,
    hidden: "entryId",
    verify: async (f, data) => {
      const { entryId } = data as { entryId: string };
      expect((await f.db.watchlistEntry.findUniqueOrThrow({ where: { id: entryId } })).note).toBe("Neue Notiz");
    },
  },
  removeFromWatchlistAction: {
    action: removeFromWatchlistAction,
    input: async (f) => ({ entryId: await entry(f) }),
    expect: COMPANY_VOICE_BY_ID,
    hidden: "entryId",
    verify: async (f) => {
      expect(await f.db.watchlistEntry.count({ where: { organizationId: f.company.id } })).toBe(0);
    },
  },
});
