// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { loadSessionUser } from "@/lib/auth/session";
import { GET as demandCsv } from "@/app/api/statistics/demand/route";
import { recordVisitorEvents } from "@/lib/statistics/events";
import { mayViewPlatformDemand, pickInstitution, statsInstitutionsOf } from "@/lib/statistics/demand-view";
import { createOrganization, createUser } from "./support/accounts";
import { unknownId } from "./authorization/matrix";

/**
 * The demand-signal pages (/organizer/demand, /admin/demand) and their CSV export, asked for by
 * each kind of caller. Pages and export gate with the same functions (lib/statistics/demand-view.ts).
 */
const ROLES = ["platformAdmin", "institutionAdmin", "institutionStaff", "otherInstitution", "companyOwner", "anonymous"] as const;
type Role = (typeof ROLES)[number];

afterAll(() => testDb.drop());

let chamber: { id: string };
const actors = {} as Record<Role, { id: string } | null>;
const month = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  const [admin, chamberAdmin, staff, stranger, owner] = await Promise.all([
    createUser(), createUser(), createUser(), createUser(), createUser(),
  ]);
  await testDb.db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true }, select: { id: true } });
  chamber = await createOrganization(
    [
      { user: chamberAdmin, role: "INSTITUTION_ADMIN" },
      { user: staff, role: "INSTITUTION_STAFF" },
    ],
    { kind: "INSTITUTION", name: "IHK Dresden" },
  );
  await createOrganization([{ user: stranger, role: "INSTITUTION_ADMIN" }], { kind: "INSTITUTION", name: "Fremdkammer" });
  await createOrganization([{ user: owner, role: "OWNER" }]);
  Object.assign(actors, {
    platformAdmin: admin, institutionAdmin: chamberAdmin, institutionStaff: staff,
    otherInstitution: stranger, companyOwner: owner, anonymous: null,
  });
  // Three Czech visitors looked for something in Germany and found nothing.
  for (let i = 1; i <= 3; i++) {
    await recordVisitorEvents(testDb.db, { address: `192.0.2.${i}`, userAgent: "Mozilla/5.0 Firefox/140.0" }, [
      { kind: "SEARCH", query: "rekonstrukce lisu", locale: "cs", results: 0 },
    ]);
  }
});

const get = (actor: { id: string } | null, query: string) =>
  withTestSession(actor, () => demandCsv(new Request(`http://localhost/api/statistics/demand?${query}`)));

describe("institution demand signals (/organizer/demand and its CSV)", () => {
  const expected: Record<Role, number> = {
    platformAdmin: 404,
    institutionAdmin: 200,
    institutionStaff: 200,
    otherInstitution: 404,
    companyOwner: 404,
    anonymous: 401,
  };
  it.each(ROLES)("as %s", async (role) => {
    const actor = actors[role];
    const user = actor && (await loadSessionUser(actor.id));
    const mine = user ? await statsInstitutionsOf(testDb.db, user) : [];
    expect(pickInstitution(mine, chamber.id) !== null).toBe(expected[role] === 200);
    const response = await get(actor, `org=${chamber.id}&month=${month}&locale=en`);
    expect(response.status).toBe(expected[role]);
    if (response.status === 200) {
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get("content-type")).toMatch(/text\/csv/);
      // The byte order mark makes Excel read the file as UTF-8.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const body = bytes.subarray(3).toString("utf8");
      expect(body).toMatch(/^Month;Search words;Language/);
      expect(body).toContain(`${month};rekonstrukce lisu;cs;;;;3;3;0`);
    }
    if (expected[role] === 404) {
      const unknown = await get(actor, `org=${unknownId()}&month=${month}`);
      expect([unknown.status, await unknown.text()]).toEqual([404, await response.text()]);
    }
  });
});

describe("platform demand signals (/admin/demand and its CSV)", () => {
  it.each(ROLES)("as %s", async (role) => {
    const actor = actors[role];
    const user = actor && (await loadSessionUser(actor.id));
    const granted = role === "platformAdmin";
    expect(mayViewPlatformDemand(user)).toBe(granted);
    const response = await get(actor, `month=${month}&into=DE&locale=de`);
    expect(response.status).toBe(granted ? 200 : actor ? 404 : 401);
    if (granted) expect(await response.text()).toContain("rekonstrukce lisu;cs;");
  });
});
