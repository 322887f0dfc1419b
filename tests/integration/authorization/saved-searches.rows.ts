// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { resubscribeAlertAction } from "../../../lib/alerts/actions/resubscribe-alert";
import { unsubscribeAlertAction } from "../../../lib/alerts/actions/unsubscribe-alert";
import { issueUnsubscribeToken } from "../../../lib/alerts/unsubscribe";
import { deleteSavedSearchAction } from "../../../lib/saved-searches/actions/delete-saved-search";
import { renameSavedSearchAction } from "../../../lib/saved-searches/actions/rename-saved-search";
import { saveSearchAction } from "../../../lib/saved-searches/actions/save-search";
import { setAlertFrequencyAction } from "../../../lib/saved-searches/actions/set-alert-frequency";
import { PUBLIC, rows, SIGNED_IN, type MatrixFixture, type RowExpectations } from "./matrix";

/**
 * A saved search belongs to one user, not to a company: only that user (here users.owner) may
 * change or delete it; for everybody else it does not exist.
 */
const SEARCH_OWNER_ONLY: RowExpectations = {
  anonymous: "unauthorized",
  otherMember: "not_found",
  organizerStaff: "not_found",
  // Platform admins included: a saved search is a person's own, like their password.
  admin: "not_found",
  editor: "not_found",
  owner: "ok",
};

async function ownersSearch(f: MatrixFixture, frequency: "NONE" | "DAILY" | "WEEKLY" = "DAILY") {
  const search = await f.db.savedSearch.create({
    data: {
      userId: f.users.owner.id,
      name: "CNC in Sachsen",
      query: "cnc",
      filters: { country: "DE" },
      frequency,
    },
  });
  // As a mail would carry it: only its hash is stored.
  return { ...search, unsubscribeToken: await issueUnsubscribeToken(f.db, search.id) };
}

export default rows({
  saveSearchAction: {
    action: saveSearchAction,
    input: () => ({ name: "Fräsen in Tschechien", query: "fräsen", filters: { country: "cz" }, frequency: "DAILY" as const }),
    expect: SIGNED_IN,
    verify: async (f, data) => {
      const { savedSearchId } = data as { savedSearchId: string };
      expect(await f.db.savedSearch.findUniqueOrThrow({ where: { id: savedSearchId } })).toMatchObject({
        userId: f.actor!.id,
        name: "Fräsen in Tschechien",
        query: "fräsen",
        filters: { country: "CZ" },
        frequency: "DAILY",
      });
    },
  },
  renameSavedSearchAction: {
    action: renameSavedSearchAction,
    input: async (f) => ({ savedSearchId: (await ownersSearch(f)).id, name: "Umbenannt" }),
    expect: SEARCH_OWNER_ONLY,
    hidden: "savedSearchId",
    verify: async (f, data) => {
      const { savedSearchId } = data as { savedSearchId: string };
      expect((await f.db.savedSearch.findUniqueOrThrow({ where: { id: savedSearchId } })).name).toBe("Umbenannt");
    },
  },
  setAlertFrequencyAction: {
    action: setAlertFrequencyAction,
    input: async (f) => ({ savedSearchId: (await ownersSearch(f)).id, frequency: "WEEKLY" as const }),
    expect: SEARCH_OWNER_ONLY,
    hidden: "savedSearchId",
    verify: async (f, data) => {
      const { savedSearchId } = data as { savedSearchId: string };
      expect((await f.db.savedSearch.findUniqueOrThrow({ where: { id: savedSearchId } })).frequency).toBe("WEEKLY");
    },
  },
  deleteSavedSearchAction: {
    action: deleteSavedSearchAction,
    input: async (f) => ({ savedSearchId: (await ownersSearch(f)).id }),
    expect: SEARCH_OWNER_ONLY,
    hidden: "savedSearchId",
    verify: async (f) => {
      expect(await f.db.savedSearch.count({ where: { userId: f.users.owner.id } })).toBe(0);
    },
  },
  // The unsubscribe link's token is the credential: it works signed in as anybody, or not at all.
  unsubscribeAlertAction: {
    action: unsubscribeAlertAction,
    input: async (f) => ({ token: (await ownersSearch(f, "DAILY")).unsubscribeToken }),
    expect: PUBLIC,
    verify: async (f, data) => {
      expect(data).toEqual({ name: "CNC in Sachsen", frequency: "NONE" });
      const [search] = await f.db.savedSearch.findMany({ where: { userId: f.users.owner.id } });
      expect(search.frequency).toBe("NONE");
    },
  },
  resubscribeAlertAction: {
    action: resubscribeAlertAction,
    input: async (f) => ({ token: (await ownersSearch(f, "NONE")).unsubscribeToken, frequency: "WEEKLY" as const }),
    expect: PUBLIC,
    verify: async (f) => {
      const [search] = await f.db.savedSearch.findMany({ where: { userId: f.users.owner.id } });
      expect(search.frequency).toBe("WEEKLY");
    },
  },
});
