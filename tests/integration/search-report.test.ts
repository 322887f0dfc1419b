// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { getSearchEngine } from "@/lib/search";
import { enqueueSearchUpdates } from "@/lib/search/outbox";
import { drainOutbox } from "@/lib/search/worker";
import { profileInsights } from "@/lib/statistics/profile-insights";
import { resetAllLimits, SEARCH_API_LIMIT } from "@/lib/security/rate-limit";
import { POST as reportSearch } from "@/app/api/search/report/route";
import { createOrganization, createUser } from "./support/accounts";
import { ALL_TIME, BROWSER, browserReport, newVisitorAddress } from "./support/visitors";

// The route reads the results through Next.js's data cache, which only a running server has.
vi.mock("next/cache", () => ({ unstable_cache: <F>(fn: F) => fn }));

/**
 * The search page is cached and the same for everyone, so the browser reports the search it was
 * shown. What counts is decided here as it was on the page: the results are looked up again,
 * bots, other sites and a member's own company do not count, and one address only so often.
 */
const db = testDb.db;
afterAll(() => testDb.drop());

let owner: { id: string };
let company: { id: string };

beforeAll(async () => {
  owner = await createUser();
  company = await createOrganization([{ user: owner, role: "OWNER" }], { name: "Zahnradwerk Quellbrunn GmbH" });
  await db.organization.update({ where: { id: company.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  await db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [company.id]));
  await drainOutbox(db, getSearchEngine());
});

function report(
  user: { id: string } | null,
  body: unknown,
  options: { site?: string; address?: string; userAgent?: string } = {},
) {
  const address = options.address ?? newVisitorAddress();
  const request = browserReport("http://portal.test/api/search/report", typeof body === "string" ? body : JSON.stringify(body), {
    ...options,
    address,
  });
  return withTestSession(user, () => reportSearch(request), { ip: address });
}

const searches = (query: string) => db.statsEvent.count({ where: { kind: "SEARCH", query } });
const appearances = async () => (await profileInsights(db, company.id, ALL_TIME))[0]?.searchAppearances ?? 0;

describe("a search reported by the search page", () => {
  it("counts the search and the companies it showed, never another site's request or a bot", async () => {
    const search = { locale: "de", params: { q: "Zahnradwerk Quellbrunn" } };
    expect((await report(null, search)).status).toBe(204);
    expect(await searches("zahnradwerk quellbrunn")).toBe(1);
    expect(await appearances()).toBe(1);

    expect((await report(null, search, { site: "cross-site" })).status).toBe(204);
    expect((await report(null, search, { userAgent: "Googlebot/2.1 (+http://www.google.com/bot.html)" })).status).toBe(204);
    expect(await searches("zahnradwerk quellbrunn")).toBe(1);
    expect(await appearances()).toBe(1);
  });

  it("counts the search of the company's own member, but not its own company's appearance", async () => {
    const before = await appearances();
    expect((await report(owner, { locale: "cs", params: { q: "Quellbrunn" } })).status).toBe(204);
    expect(await searches("quellbrunn")).toBe(1);
    expect(await appearances()).toBe(before);
  });

  it("counts only what the portal showed: a later page is no new search, unknown words show nobody", async () => {
    const before = await appearances();
    await report(null, { locale: "en", params: { q: "Quellbrunn", page: "2" } });
    await report(null, { locale: "en", params: { q: "Wasserstoffelektrolyseur" } });
    expect(await searches("quellbrunn")).toBe(1);
    expect(await searches("wasserstoffelektrolyseur")).toBe(1);
    expect(await appearances()).toBe(before);
  });

  it("answers a malformed report with 400 and counts nothing", async () => {
    const before = await db.statsEvent.count();
    for (const body of ["not json", [], { locale: "fr", params: { q: "Quellbrunn" } }, { locale: "de", params: { q: 42 } }, { locale: "de" }]) {
      expect((await report(null, body)).status).toBe(400);
    }
    expect(await db.statsEvent.count()).toBe(before);
  });

  it("stops counting one address's reports after the search API's limit, while other addresses still count", async () => {
    await resetAllLimits();
    const search = { locale: "de", params: { q: "Zahnradwerk" } };
    const flooder = "203.0.113.91";
    for (let i = 0; i < SEARCH_API_LIMIT.points + 5; i++) {
      const userAgent = BROWSER.replace("141.0.0.0", `141.0.${i}.0`);
      expect((await report(null, search, { address: flooder, userAgent })).status).toBe(204);
    }
    expect(await searches("zahnradwerk")).toBe(SEARCH_API_LIMIT.points);
    await report(null, search);
    expect(await searches("zahnradwerk")).toBe(SEARCH_API_LIMIT.points + 1);
  });
});
