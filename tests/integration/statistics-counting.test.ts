// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { sendEnquiryAction } from "@/lib/enquiries/actions/send-enquiry";
import { withTestSession } from "@/lib/auth/test-session";
import { deleteOrganizationInTx } from "@/lib/companies/deletion";
import { peerHeaders } from "@/lib/http/client-address";
import { buildPersonalDataExport } from "@/lib/privacy/export";
import type { SearchQuery, SearchResult } from "@/lib/search/types";
import { demandSignals, MIN_VISITORS } from "@/lib/statistics/demand-signals";
import { recordVisitorEvents, type Visitor, type VisitorEvent } from "@/lib/statistics/events";
import { profilePageEvents, searchPageEvents, visitFrom } from "@/lib/statistics/page-events";
import { profileInsights } from "@/lib/statistics/profile-insights";
import { rollUpStatistics } from "@/lib/statistics/rollup";
import { forgetCachedSalt, saltOfDay, utcDay, visitorHash } from "@/lib/statistics/visitor";
import { addToWatchlistAction } from "@/lib/watchlist/actions/add-to-watchlist";
import { createOrganization, createUser } from "./support/accounts";
import { ALL_TIME, BROWSER, newVisitorAddress } from "./support/visitors";

const db = testDb.db;
let capture: SmtpCapture;
beforeAll(async () => {
  // The enquiry below mails the recipient's members, to a throwaway SMTP server.
  capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
});
afterAll(async () => {
  await capture.stop();
  await testDb.drop();
});

const BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const DAY_MS = 86_400_000;

/** A person at their own address, with an ordinary browser. */
function person(): Visitor {
  return { address: newVisitorAddress(), userAgent: BROWSER };
}

/** Moves every raw event back by `days`, as if it had been written then. */
async function age(days: number) {
  await db.$executeRaw`UPDATE stats_event SET day = day - ${days}::int, "createdAt" = "createdAt" - make_interval(days => ${days}::int)`;
}

function headersOf(visitor: { address: string; userAgent?: string }, extra: Record<string, string> = {}) {
  return new Headers({ ...peerHeaders(visitor.address), ...(visitor.userAgent ? { "user-agent": visitor.userAgent } : {}), ...extra });
}

async function publishedCompany(members: Parameters<typeof createOrganization>[0] = []) {
  const c = await createOrganization(members);
  await db.organization.update({ where: { id: c.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  return c;
}

function searchOf(q: string, locale: "de" | "cs" | "en", filters: SearchQuery["filters"] = {}): SearchQuery {
  return { q, locale, filters, page: 1, pageSize: 20 };
}
function resultOf(total: number, organizationIds: string[] = []): SearchResult {
  const hits = organizationIds.map((id, i) => ({
    type: "company" as const, id: `company:${id}`, name: `Firma ${i}`, title: `Firma ${i}`, snippet: "", snippetLang: null,
    country: "DE", region: null, city: null, slug: `firma-${i}`, languages: [], startsAt: null, organizationId: id, verifiedBy: null,
  }));
  return { hits, total, facets: {}, page: 1, pageSize: 20, tookMs: 1 };
}

async function search(visitor: Visitor, q: string, locale: "de" | "cs" | "en", total: number, filters: SearchQuery["filters"] = {}) {
  const visit = visitFrom(headersOf(visitor), null)!;
  await recordVisitorEvents(db, visitor, searchPageEvents(visit, searchOf(q, locale, filters), resultOf(total)));
}

describe("counting", () => {
  it("a company's monthly figures match a direct count of its raw events, before and after the rollup", async () => {
    const company = await publishedCompany();
    const other = await publishedCompany();
    const people = Array.from({ length: 7 }, person);
    // Day one: every person views the profile, some twice, some from search; two days later again.
    const plan: [Visitor, VisitorEvent[]][] = [];
    people.forEach((p, i) => {
      const events: VisitorEvent[] = [{ kind: "PROFILE_VIEW", companyId: company.id }, { kind: "SEARCH_APPEARANCE", companyId: company.id }];
      if (i % 2 === 0) events.push({ kind: "PROFILE_VIEW", companyId: company.id }, { kind: "SEARCH_CLICK", companyId: company.id });
      if (i % 3 === 0) events.push({ kind: "SEARCH_APPEARANCE", companyId: other.id });
      plan.push([p, events]);
    });
    for (const [p, events] of plan) await recordVisitorEvents(db, p, events);
    await age(2);
    for (const p of people.slice(0, 3)) await recordVisitorEvents(db, p, [{ kind: "PROFILE_VIEW", companyId: company.id }]);

    const direct = async () => {
      const rows = await db.statsEvent.findMany({ where: { companyId: company.id } });
      const distinct = (kind: string) =>
        new Set(rows.filter((r) => r.kind === kind).map((r) => `${utcDay(r.day)}|${r.visitor}`)).size;
      return {
        profileViews: distinct("PROFILE_VIEW"),
        searchAppearances: distinct("SEARCH_APPEARANCE"),
        searchClicks: distinct("SEARCH_CLICK"),
        enquiries: rows.filter((r) => r.kind === "ENQUIRY").length,
        watchlistAdds: rows.filter((r) => r.kind === "WATCHLIST_ADD").length,
      };
    };
    const sum = (months: Awaited<ReturnType<typeof profileInsights>>) => ({
      profileViews: months.reduce((s, m) => s + m.profileViews, 0),
      searchAppearances: months.reduce((s, m) => s + m.searchAppearances, 0),
      searchClicks: months.reduce((s, m) => s + m.searchClicks, 0),
      enquiries: months.reduce((s, m) => s + m.enquiries, 0),
      watchlistAdds: months.reduce((s, m) => s + m.watchlistAdds, 0),
    });
    const expected = await direct();
    // 7 people on day one (reloads count once), 3 of them again today.
    expect(expected).toMatchObject({ profileViews: 10, searchAppearances: 7, searchClicks: 4 });
    expect(sum(await profileInsights(db, company.id, ALL_TIME))).toEqual(expected);

    const summary = await rollUpStatistics(db);
    expect(summary?.events).toBeGreaterThan(0);
    // Only today's events are left raw; the figures stay the same.
    expect(await db.statsEvent.count({ where: { day: { lt: new Date(`${utcDay(new Date())}T00:00:00Z`) } } })).toBe(0);
    expect(sum(await profileInsights(db, company.id, ALL_TIME))).toEqual(expected);
    const rolled = await db.companyDailyStat.findMany({ where: { companyId: company.id } });
    expect(rolled).toHaveLength(1);
    expect(rolled[0]).toMatchObject({ profileViews: 7, searchAppearances: 7, searchClicks: 4 });
    // A second instance rolling up at the same time adds nothing twice.
    await Promise.all([rollUpStatistics(db), rollUpStatistics(db)]);
    expect(sum(await profileInsights(db, company.id, ALL_TIME))).toEqual(expected);
  });

  it("shows a search only after three distinct visitors, and never one that was typed on", async () => {
    const [a, b, c] = [person(), person(), person()];
    await search(a, "Gleitlagerreparatur Zittau", "de", 0);
    await search(a, "Gleitlagerreparatur Zittau", "de", 0);
    await search(b, "gleitlagerreparatur  zittau!", "de", 1);
    // One visitor searching often is still one visitor.
    for (let i = 0; i < 5; i++) await search(c, "Einzelsuche Spezialteil", "de", 0);
    // Many results: no demand signal, however many searched.
    for (const p of [a, b, c]) await search(p, "Metallbau", "de", 40);
    // An unfinished word followed by the whole query counts only as the whole query.
    for (const p of [a, b, c]) {
      await search(p, "Pulverbeschi", "de", 0);
      await search(p, "Pulverbeschichtung Eloxal", "de", 2);
    }

    const month = { from: new Date(Date.now() - 40 * DAY_MS), to: new Date(Date.now() + DAY_MS) };
    let queries = (await demandSignals(db, month)).map((s) => s.query);
    expect(queries).toContain("pulverbeschichtung eloxal");
    expect(queries).not.toContain("gleitlagerreparatur zittau");
    expect(queries).not.toContain("einzelsuche spezialteil");
    expect(queries).not.toContain("metallbau");
    expect(queries).not.toContain("pulverbeschi");

    // The third visitor, on another day: shown, with every search counted.
    await age(1);
    await search(c, "Gleitlagerreparatur Zittau", "de", 0);
    const shown = await demandSignals(db, month);
    expect(shown.find((s) => s.query === "gleitlagerreparatur zittau")).toMatchObject({
      locale: "de", searches: 4, visitors: MIN_VISITORS, results: 1, country: null,
    });
    // The same after yesterday's events were rolled up.
    await rollUpStatistics(db);
    const afterRollup = await demandSignals(db, month);
    expect(afterRollup.find((s) => s.query === "gleitlagerreparatur zittau")).toMatchObject({ searches: 4, visitors: 3 });
    queries = afterRollup.map((s) => s.query);
    expect(queries).not.toContain("einzelsuche spezialteil");
    expect(queries).not.toContain("pulverbeschi");
    // Nothing in the stored rows points at a person.
    const stored = await db.searchDemandDaily.findMany();
    expect(JSON.stringify(stored)).not.toMatch(/198\.51\.|Mozilla/);
  });

  it("across the border: searches in the other side's language or filtered to the country from elsewhere", async () => {
    const month = { from: new Date(Date.now() - DAY_MS), to: new Date(Date.now() + DAY_MS) };
    for (let i = 0; i < 3; i++) {
      await search(person(), "svařování hliníku", "cs", 0);
      await search(person(), "laser cutting", "en", 0, { country: "DE" });
      await search(person(), "Holzvergaser", "de", 0);
      await search(person(), "Holzvergaser", "de", 0, { country: "CZ" });
    }
    const intoGermany = (await demandSignals(db, { ...month, lookingInto: "DE" })).map((s) => `${s.query}|${s.country ?? ""}`);
    expect(intoGermany).toEqual(expect.arrayContaining(["svarovani hliniku|", "laser cutting|DE"]));
    expect(intoGermany.some((q) => q.startsWith("holzvergaser"))).toBe(false);
    const intoCzechia = (await demandSignals(db, { ...month, lookingInto: "CZ" })).map((s) => `${s.query}|${s.country ?? ""}`);
    // Germans searching in German, filtered to Czechia or not, look across the border; Czechs at home do not.
    expect(intoCzechia).toEqual(expect.arrayContaining(["holzvergaser|CZ", "holzvergaser|"]));
    expect(intoCzechia).not.toContain("svarovani hliniku|");
    expect(intoCzechia).not.toContain("laser cutting|DE");
    const welding = (await demandSignals(db, month)).find((s) => s.query === "svarovani hliniku");
    expect(welding?.conceptIds.length).toBeGreaterThan(0);
  });

  it("hashes visitors with a salt of the day that every instance shares and that is deleted after its day", async () => {
    const yesterday = new Date(Date.now() - DAY_MS);
    const today = new Date();
    forgetCachedSalt();
    const saltYesterday = await saltOfDay(db, yesterday);
    forgetCachedSalt();
    // Another instance asking for the same day gets the same salt.
    expect(await saltOfDay(db, yesterday)).toBe(saltYesterday);
    forgetCachedSalt();
    const saltToday = await saltOfDay(db, today);
    expect(saltToday).not.toBe(saltYesterday);
    const v = person();
    expect(visitorHash(saltToday, v.address, v.userAgent)).not.toBe(visitorHash(saltYesterday, v.address, v.userAgent));

    await rollUpStatistics(db, today);
    const days = (await db.visitorSalt.findMany()).map((s) => utcDay(s.day));
    expect(days).toEqual([utcDay(today)]);
    // Salts are stored by day only: nothing but the salt itself.
    expect(Object.keys((await db.visitorSalt.findFirstOrThrow()) as object).sort()).toEqual(["day", "salt"]);
  });

  it("ignores bots, prefetches, forged addresses and the company's own members", async () => {
    const owner = await createUser();
    const company = await publishedCompany([{ user: owner, role: "OWNER" }]);
    const ownMember = { memberships: [{ organizationId: company.id }] };
    const v = person();

    expect(visitFrom(headersOf({ address: v.address, userAgent: BOT }), null)).toBeNull();
    expect(visitFrom(headersOf({ address: v.address }), null)).toBeNull();
    expect(visitFrom(headersOf(v, { "next-router-prefetch": "1" }), null)).toBeNull();
    // Without a trusted proxy, X-Forwarded-For is the client's own claim and changes nothing.
    const forged = visitFrom(headersOf(v, { "x-forwarded-for": "203.0.113.99" }), null, 0)!;
    expect(forged.visitor.address).toBe(v.address);
    // Behind one trusted proxy, the proxy's entry is the address.
    expect(visitFrom(headersOf(v, { "x-forwarded-for": "203.0.113.99" }), null, 1)!.visitor.address).toBe("203.0.113.99");

    const member = visitFrom(headersOf(v), ownMember)!;
    expect(profilePageEvents(member, company.id)).toEqual([]);
    expect(searchPageEvents(member, searchOf("Fräsen", "de"), resultOf(1, [company.id]))).toEqual([
      expect.objectContaining({ kind: "SEARCH" }),
    ]);

    const stranger = visitFrom(headersOf(person(), { referer: "http://portal.test/cs/search?q=fr%C3%A9zov%C3%A1n%C3%AD", host: "portal.test" }), null)!;
    const events = profilePageEvents(stranger, company.id);
    expect(events.map((e) => e.kind)).toEqual(["PROFILE_VIEW", "SEARCH_CLICK"]);
    await recordVisitorEvents(db, member.visitor, profilePageEvents(member, company.id));
    await recordVisitorEvents(db, stranger.visitor, events);
    expect(await profileInsights(db, company.id, ALL_TIME)).toEqual([
      expect.objectContaining({ profileViews: 1, searchClicks: 1, searchAppearances: 0 }),
    ]);
  });

  it("counts watchlist additions and enquiries, reports the figures in the data export, and deletes them with the company", async () => {
    const owner = await createUser();
    const buyerOwner = await createUser();
    const company = await publishedCompany([{ user: owner, role: "OWNER" }]);
    const buyer = await createOrganization([{ user: buyerOwner, role: "OWNER" }]);
    const added = await withTestSession(buyerOwner, () =>
      addToWatchlistAction({ organizationId: buyer.id, watchedOrganizationId: company.id }),
    );
    expect(added).toMatchObject({ ok: true });
    // Adding it again is no new addition.
    await withTestSession(buyerOwner, () => addToWatchlistAction({ organizationId: buyer.id, watchedOrganizationId: company.id }));
    const sent = await withTestSession(buyerOwner, () =>
      sendEnquiryAction({
        organizationId: buyer.id,
        recipientIds: [company.id],
        subject: "Anfrage: 200 Frästeile",
        message: "Guten Tag, können Sie 200 Frästeile aus Aluminium bis Ende März liefern?",
      }),
    );
    expect(sent).toMatchObject({ ok: true });
    await recordVisitorEvents(db, person(), [{ kind: "PROFILE_VIEW", companyId: company.id }]);
    await age(1);
    await rollUpStatistics(db);
    await recordVisitorEvents(db, person(), [{ kind: "PROFILE_VIEW", companyId: company.id }]);
    const figures = await profileInsights(db, company.id, ALL_TIME);
    expect(figures.reduce((s, m) => s + m.watchlistAdds, 0)).toBe(1);
    expect(figures.reduce((s, m) => s + m.enquiries, 0)).toBe(1);
    expect(figures.reduce((s, m) => s + m.profileViews, 0)).toBe(2);

    const exported = await buildPersonalDataExport(db, owner.id);
    expect(exported?.counting).toMatch(/IP address/);
    expect(exported?.companies[0].profileStatistics).toEqual(figures);

    await db.$transaction((tx) => deleteOrganizationInTx(tx, company.id, { actorUserId: owner.id, reason: "owner" }));
    expect(await db.companyDailyStat.count({ where: { companyId: company.id } })).toBe(0);
    expect(await db.statsEvent.count({ where: { companyId: company.id } })).toBe(0);
    expect(await profileInsights(db, company.id, ALL_TIME)).toEqual([]);
  });
});
