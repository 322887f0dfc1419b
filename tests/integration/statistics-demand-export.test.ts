// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { GET as demandCsv } from "@/app/api/statistics/demand/route";
import { recordVisitorEvents } from "@/lib/statistics/events";
import { createOrganization, createUser } from "./support/accounts";

/**
 * The demand signals' CSV export as a chamber downloads it. Who may download it is in the page
 * matrix (authorization/api.pages.ts).
 */
afterAll(() => testDb.drop());

let staff: { id: string };
let chamber: { id: string };
const month = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  staff = await createUser();
  chamber = await createOrganization([{ user: staff, role: "INSTITUTION_STAFF" }], { kind: "INSTITUTION", name: "IHK Dresden" });
  // Three Czech visitors looked for something in Germany and found nothing.
  for (let i = 1; i <= 3; i++) {
    await recordVisitorEvents(testDb.db, { address: `192.0.2.${i}`, userAgent: "Mozilla/5.0 Firefox/140.0" }, [
      { kind: "SEARCH", query: "rekonstrukce lisu", locale: "cs", results: 0 },
    ]);
  }
});

it("is a UTF-8 CSV that Excel opens, one line per signal, with its month, words, language and counts", async () => {
  const response = await withTestSession(staff, () =>
    demandCsv(new Request(`http://localhost/api/statistics/demand?org=${chamber.id}&month=${month}&locale=en`)),
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/text\/csv/);
  const bytes = Buffer.from(await response.arrayBuffer());
  // The byte order mark makes Excel read the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const body = bytes.subarray(3).toString("utf8");
  expect(body).toMatch(/^Month;Search words;Language/);
  expect(body).toContain(`${month};rekonstrukce lisu;cs;;;;3;3;0`);
});
