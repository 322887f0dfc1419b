// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { addToWatchlistAction } from "@/lib/watchlist/actions/add-to-watchlist";
import { removeFromWatchlistAction } from "@/lib/watchlist/actions/remove-from-watchlist";
import { updateWatchlistNoteAction } from "@/lib/watchlist/actions/update-watchlist-note";
import { createOrganization, createUser } from "./support/accounts";

const db = testDb.db;
afterAll(() => testDb.drop());

async function setup() {
  const [owner, editor, outsider] = await Promise.all([createUser(), createUser(), createUser()]);
  const company = await createOrganization([
    { user: owner, role: "OWNER" },
    { user: editor, role: "EDITOR" },
  ]);
  await createOrganization([{ user: outsider, role: "OWNER" }]);
  const supplier = await createOrganization([], { name: "Lieferant Süd GmbH" });
  await db.organization.update({ where: { id: supplier.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  return { owner, editor, outsider, company, supplier };
}

describe("watchlist", () => {
  it("keeps one entry per supplier, with a note the company's members edit and outsiders cannot", async () => {
    const { owner, editor, outsider, company, supplier } = await setup();
    const add = (note?: string) =>
      withTestSession(owner, () =>
        addToWatchlistAction({ organizationId: company.id, watchedOrganizationId: supplier.id, note }),
      );
    const first = await add("Liefert pünktlich");
    expect(first).toMatchObject({ ok: true });
    const entryId = first.ok ? first.data.entryId : "";

    // A second click (another tab) neither duplicates the entry nor loses the note.
    expect(await add()).toEqual({ ok: true, data: { entryId } });
    expect(await db.watchlistEntry.findMany({ where: { organizationId: company.id } })).toMatchObject([
      { id: entryId, note: "Liefert pünktlich" },
    ]);

    const edited = await withTestSession(editor, () => updateWatchlistNoteAction({ entryId, note: "  Rabatt ab 500 Stück  " }));
    expect(edited).toEqual({ ok: true, data: { entryId, note: "Rabatt ab 500 Stück" } });

    // To outsiders the entry does not exist.
    const snooping = await withTestSession(outsider, () => updateWatchlistNoteAction({ entryId, note: "übernommen" }));
    expect(snooping).toMatchObject({ ok: false, code: "not_found" });
    const removing = await withTestSession(outsider, () => removeFromWatchlistAction({ entryId }));
    expect(removing).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.watchlistEntry.findUniqueOrThrow({ where: { id: entryId } })).note).toBe("Rabatt ab 500 Stück");

    // An empty note removes it.
    await withTestSession(owner, () => updateWatchlistNoteAction({ entryId, note: "" }));
    expect((await db.watchlistEntry.findUniqueOrThrow({ where: { id: entryId } })).note).toBeNull();

    expect(await withTestSession(owner, () => removeFromWatchlistAction({ entryId }))).toMatchObject({ ok: true });
    expect(await db.watchlistEntry.count({ where: { organizationId: company.id } })).toBe(0);
    expect(await withTestSession(owner, () => removeFromWatchlistAction({ entryId }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("stays private to the company's members: a platform admin from outside may not change it", async () => {
    const { owner, company, supplier } = await setup();
    const admin = await createUser({ name: "Plattform-Admin" });
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
    const added = await withTestSession(owner, () =>
      addToWatchlistAction({ organizationId: company.id, watchedOrganizationId: supplier.id, note: "Vertraulich" }),
    );
    const entryId = added.ok ? added.data.entryId : "";
    const other = await createOrganization([], { name: "Zweitlieferant GmbH" });
    await db.organization.update({ where: { id: other.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });

    const asAdmin = [
      await withTestSession(admin, () => addToWatchlistAction({ organizationId: company.id, watchedOrganizationId: other.id })),
      await withTestSession(admin, () => updateWatchlistNoteAction({ entryId, note: "vom Admin" })),
      await withTestSession(admin, () => removeFromWatchlistAction({ entryId })),
    ];
    expect(asAdmin[0]).toMatchObject({ ok: false, code: "forbidden" });
    // Nor can the admin tell its entries from ids that name nothing.
    for (const result of asAdmin.slice(1)) expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.watchlistEntry.findMany({ where: { organizationId: company.id } })).toMatchObject([
      { id: entryId, note: "Vertraulich", watchedOrganizationId: supplier.id },
    ]);

    // As a member of the company, the same admin keeps the list like anyone else.
    await db.membership.create({ data: { userId: admin.id, organizationId: company.id, role: "EDITOR" } });
    expect(await withTestSession(admin, () => updateWatchlistNoteAction({ entryId, note: "vom Admin" }))).toMatchObject({ ok: true });
  });

  it("refuses the company itself and companies that are not public, saying why", async () => {
    const { owner, company } = await setup();
    const own = await withTestSession(
      owner,
      () => addToWatchlistAction({ organizationId: company.id, watchedOrganizationId: company.id }),
      { locale: "en" },
    );
    expect(own).toMatchObject({
      ok: false,
      code: "conflict",
      formError: "You cannot add your own company to the supplier list.",
    });

    const hidden = await createOrganization([], { name: "Entwurf GmbH" });
    const draft = await withTestSession(owner, () =>
      addToWatchlistAction({ organizationId: company.id, watchedOrganizationId: hidden.id }),
    );
    expect(draft).toMatchObject({ ok: false, code: "not_found", formError: "Dieses Unternehmen ist nicht (mehr) öffentlich." });
    expect(await db.watchlistEntry.count({ where: { organizationId: company.id } })).toBe(0);
  });

  it("drops entries when the watched company is deleted", async () => {
    const { owner, company, supplier } = await setup();
    await withTestSession(owner, () =>
      addToWatchlistAction({ organizationId: company.id, watchedOrganizationId: supplier.id, note: "x" }),
    );
    await db.organization.delete({ where: { id: supplier.id } });
    expect(await db.watchlistEntry.count({ where: { organizationId: company.id } })).toBe(0);
  });
});
