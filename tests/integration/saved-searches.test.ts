// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { saveSearchAction } from "@/lib/saved-searches/actions/save-search";
import { setAlertFrequencyAction } from "@/lib/saved-searches/actions/set-alert-frequency";
import { renameSavedSearchAction } from "@/lib/saved-searches/actions/rename-saved-search";
import { SAVED_SEARCH_LIMITS, saveSearchSchema } from "@/lib/saved-searches/schema";
import { createUser } from "./support/accounts";

const db = testDb.db;
afterAll(() => testDb.drop());

describe("saving a search", () => {
  it("stores the search page's query and filters as the search page reads them, in the user's language", async () => {
    const user = await createUser({ locale: "cs" });
    const before = Date.now();
    const result = await withTestSession(
      user,
      () =>
        saveSearchAction({
          name: " CNC\nFräsen ",
          query: "  cnc   fräsen ",
          filters: { country: "de", employees: "10-49", type: "company" },
          frequency: "DAILY",
        }),
      { locale: "de" },
    );
    expect(result).toMatchObject({ ok: true });
    const saved = await db.savedSearch.findUniqueOrThrow({ where: { id: result.ok ? result.data.savedSearchId : "" } });
    expect(saved).toMatchObject({
      userId: user.id,
      name: "CNC Fräsen",
      query: "cnc fräsen",
      filters: { country: "DE", employees: "E10_49", type: "company" },
      locale: "cs",
      frequency: "DAILY",
    });
    // The first digest lists what appears after saving, not the whole portal.
    expect(saved.alertedUntil.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Unsubscribe links are made per mail, so saving stores none.
    expect(await db.alertUnsubscribeToken.count({ where: { savedSearchId: saved.id } })).toBe(0);
  });

  it("rejects filters the search page would not accept with a message for the whole form", async () => {
    const user = await createUser();
    const input = { name: "Kaputt", query: "", filters: { country: "Deutschland" }, frequency: "NONE" as const };
    // The form's own check lets it through: the form has no field to show a filter problem on,
    // so the action answers, and the form shows its formError above the button.
    expect(saveSearchSchema.safeParse(input).success).toBe(true);
    const result = await withTestSession(user, () => saveSearchAction(input), { locale: "en" });
    expect(result).toEqual({
      ok: false,
      code: "validation",
      fieldErrors: {},
      formError: "This search cannot be saved: its search term or filters are not valid. Please run the search again, then save it.",
    });
    const reversed = await withTestSession(user, () =>
      saveSearchAction({ ...input, filters: { dateFrom: "2027-05-01", dateTo: "2027-04-01" } }),
    );
    expect(reversed).toMatchObject({
      ok: false,
      fieldErrors: {},
      formError: "Diese Suche lässt sich so nicht speichern: Suchbegriff oder Filter sind ungültig. Bitte starten Sie die Suche neu und speichern Sie sie dann.",
    });
    expect(await db.savedSearch.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps only the search page's own filters", async () => {
    const user = await createUser();
    const result = await withTestSession(user, () =>
      saveSearchAction({ name: "Liberec", query: "", filters: { region: "cz-liberecky", page: "3", foo: "bar" }, frequency: "NONE" }),
    );
    const saved = await db.savedSearch.findUniqueOrThrow({ where: { id: result.ok ? result.data.savedSearchId : "" } });
    expect(saved.filters).toEqual({ region: "cz-liberecky" });
  });

  it("keeps \"verified companies only\" with the filters", async () => {
    const user = await createUser();
    const result = await withTestSession(user, () =>
      saveSearchAction({ name: "Geprüfte Firmen", query: "", filters: { verified: "1", country: "CZ" }, frequency: "NONE" }),
    );
    const saved = await db.savedSearch.findUniqueOrThrow({ where: { id: result.ok ? result.data.savedSearchId : "" } });
    expect(saved.filters).toEqual({ verified: "1", country: "CZ" });
  });

  it("stops at the limit per user with an explanation", async () => {
    const user = await createUser();
    await db.savedSearch.createMany({
      data: Array.from({ length: SAVED_SEARCH_LIMITS.perUser }, (_, i) => ({
        userId: user.id,
        name: `Suche ${i}`,
      })),
    });
    const result = await withTestSession(
      user,
      () => saveSearchAction({ name: "Eine zu viel", query: "x", filters: {}, frequency: "NONE" }),
      { locale: "en" },
    );
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      formError: `You can save at most ${SAVED_SEARCH_LIMITS.perUser} searches. Please delete one you no longer need first.`,
    });
  });
});

describe("managing saved searches", () => {
  it("restarts the digest when alerts are turned back on, but not when only the rhythm changes", async () => {
    const user = await createUser();
    const long = new Date("2026-01-01T00:00:00Z");
    const search = await db.savedSearch.create({
      data: { userId: user.id, name: "Alt", frequency: "DAILY", alertedUntil: long },
    });
    const set = (frequency: "NONE" | "DAILY" | "WEEKLY") =>
      withTestSession(user, () => setAlertFrequencyAction({ savedSearchId: search.id, frequency }));
    const read = () => db.savedSearch.findUniqueOrThrow({ where: { id: search.id } });

    await set("WEEKLY");
    expect(await read()).toMatchObject({ frequency: "WEEKLY", alertedUntil: long });
    await set("NONE");
    await set("DAILY");
    const restarted = await read();
    expect(restarted.frequency).toBe("DAILY");
    expect(restarted.alertedUntil.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("treats someone else's search as not there", async () => {
    const [owner, other] = await Promise.all([createUser(), createUser()]);
    const search = await db.savedSearch.create({
      data: { userId: owner.id, name: "Meine" },
    });
    const result = await withTestSession(other, () => renameSavedSearchAction({ savedSearchId: search.id, name: "Deine" }));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).name).toBe("Meine");
  });
});
