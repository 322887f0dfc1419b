// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { loadSessionUser } from "@/lib/auth/session";
import { GET as institutionCsv } from "@/app/api/organizer/statistics/[figure]/route";
import { GET as platformCsv } from "@/app/api/admin/statistics/[figure]/route";
import { institutionDashboardAccess, platformDashboardAccess, statsInstitutionsOf } from "@/lib/dashboards/access";
import { createOrganization, createUser } from "./support/accounts";
import { unknownId } from "./authorization/matrix";

/**
 * The statistics pages and their CSV exports, asked for by each kind of caller. The pages gate
 * with the same access functions the exports use (lib/dashboards/access.ts), so both are checked
 * here: a chamber's figures go to its admins and staff and to platform admins; another
 * institution, a company and anonymous visitors get what an unknown dashboard gets.
 */
const ROLES = ["platformAdmin", "institutionAdmin", "institutionStaff", "otherInstitution", "companyOwner", "anonymous"] as const;
type Role = (typeof ROLES)[number];

afterAll(() => testDb.drop());

let chamber: { id: string };
let company: { id: string };
const actors = {} as Record<Role, { id: string } | null>;

beforeAll(async () => {
  const [admin, chamberAdmin, staff, stranger, owner] = await Promise.all([
    createUser({ name: "Ada Admin" }),
    createUser({ name: "Karla Kammer" }),
    createUser({ name: "Stefan Staff" }),
    createUser({ name: "Fritz Fremd" }),
    createUser({ name: "Olga Owner" }),
  ]);
  await testDb.db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true }, select: { id: true } });
  chamber = await createOrganization(
    [
      { user: chamberAdmin, role: "INSTITUTION_ADMIN" },
      { user: staff, role: "INSTITUTION_STAFF" },
    ],
    { kind: "INSTITUTION", name: "IHK Testregion" },
  );
  await createOrganization([{ user: stranger, role: "INSTITUTION_ADMIN" }], { kind: "INSTITUTION", name: "Fremdkammer" });
  company = await createOrganization([{ user: owner, role: "OWNER" }], { name: "Eigene Firma" });
  Object.assign(actors, {
    platformAdmin: admin,
    institutionAdmin: chamberAdmin,
    institutionStaff: staff,
    otherInstitution: stranger,
    companyOwner: owner,
    anonymous: null,
  });
});

const csv = (route: typeof institutionCsv, path: string, figure = "growth") =>
  route(new Request(`http://localhost${path}`), { params: Promise.resolve({ figure }) });

describe("institution statistics (/organizer/statistics and its CSV)", () => {
  const expected: Record<Role, number> = {
    platformAdmin: 200,
    institutionAdmin: 200,
    institutionStaff: 200,
    otherInstitution: 404,
    companyOwner: 404,
    anonymous: 401,
  };

  it.each(ROLES)("as %s", async (role) => {
    const actor = actors[role];
    const user = actor && (await loadSessionUser(actor.id));
    const page = await institutionDashboardAccess(testDb.db, user, chamber.id);
    expect(page.decision.granted).toBe(expected[role] === 200);
    const response = await withTestSession(actor, () => csv(institutionCsv, `/api/organizer/statistics/growth?institution=${chamber.id}`));
    expect(response.status).toBe(expected[role]);
    if (expected[role] === 404) {
      // Exactly what an institution id nobody has gets: ids cannot be probed.
      const unknown = await withTestSession(actor, () => csv(institutionCsv, `/api/organizer/statistics/growth?institution=${unknownId()}`));
      expect([unknown.status, await unknown.text()]).toEqual([404, await response.text()]);
    }
  });

  it("only the institution's own staff find it in their list of dashboards; a company's owner finds none", async () => {
    const listed = async (role: Role) => (await statsInstitutionsOf(testDb.db, (await loadSessionUser(actors[role]!.id))!)).map((i) => i.id);
    expect(await listed("institutionStaff")).toEqual([chamber.id]);
    expect(await listed("institutionAdmin")).toEqual([chamber.id]);
    expect(await listed("companyOwner")).toEqual([]);
    expect(await listed("otherInstitution")).not.toContain(chamber.id);
  });

  it("a company's owner naming their own company as the institution gets nothing: a company has no dashboard", async () => {
    const response = await withTestSession(actors.companyOwner, () => csv(institutionCsv, `/api/organizer/statistics/growth?institution=${company.id}`));
    expect(response.status).toBe(404);
  });

  it("an unknown figure is a 404 even for the chamber's staff", async () => {
    const response = await withTestSession(actors.institutionStaff, () =>
      csv(institutionCsv, `/api/organizer/statistics/salaries?institution=${chamber.id}`, "salaries"),
    );
    expect(response.status).toBe(404);
  });
});

describe("platform statistics (/admin/statistics and its CSV)", () => {
  const expected: Record<Role, number> = {
    platformAdmin: 200,
    institutionAdmin: 404,
    institutionStaff: 404,
    otherInstitution: 404,
    companyOwner: 404,
    anonymous: 401,
  };

  it.each(ROLES)("as %s", async (role) => {
    const actor = actors[role];
    const user = actor && (await loadSessionUser(actor.id));
    expect(platformDashboardAccess(user).granted).toBe(expected[role] === 200);
    const response = await withTestSession(actor, () => csv(platformCsv, "/api/admin/statistics/growth"));
    expect(response.status).toBe(expected[role]);
  });
});
