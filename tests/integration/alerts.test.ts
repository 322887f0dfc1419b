// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { GET as openUnsubscribeAddress, POST as oneClickUnsubscribe } from "@/app/api/alerts/unsubscribe/[token]/route";
import { unsubscribeAlertAction } from "@/lib/alerts/actions/unsubscribe-alert";
import {
  alertSubscriptionByToken,
  issueUnsubscribeToken,
  newUnsubscribeToken,
  resubscribeByToken,
  unsubscribeByToken,
} from "@/lib/alerts/unsubscribe";
import { sendDueAlerts } from "@/lib/alerts/send-due-alerts";
import { saveSearchAction } from "@/lib/saved-searches/actions/save-search";
import { hashToken } from "@/lib/auth/tokens";
import { withTestSession } from "@/lib/auth/test-session";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/prisma";
import { createPostgresSearchEngine } from "@/lib/search/engines/postgres";
import { enqueueSearchUpdates } from "@/lib/search/outbox";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { drainOutbox } from "@/lib/search/worker";
import { linkIn, startSmtpCapture, type CapturedMail, type SmtpCapture } from "../support/smtp-capture";
import { createOrganization, createUser } from "./support/accounts";

/**
 * Saved-search alerts end to end: real PostgreSQL, the real search engine, real SMTP. Times are
 * fixed dates in 2027 so every run decides "new" and "due" the same way whatever today is.
 */
const db = testDb.db;
const engine = createPostgresSearchEngine(db);
let capture: SmtpCapture;

beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
  process.env.PUBLIC_URL = "http://portal.test";
});
afterAll(async () => {
  await capture.stop();
  await testDb.drop();
});
beforeEach(async () => {
  await db.savedSearch.deleteMany();
  capture.clear();
  await resetAllLimits();
});

const at = (iso: string) => new Date(iso);

/** A published company, optionally with one published offer, in the search index. */
async function publishCompany(options: {
  name: string;
  description: string;
  publishedAt: Date;
  offer?: { title: string; publishedAt: Date };
  city?: string;
  country?: "DE" | "CZ";
}) {
  const slug = `firma-${randomBytes(4).toString("hex")}`;
  const company = await db.organization.create({
    data: {
      name: options.name,
      slug,
      kind: "COMPANY",
      status: "PUBLISHED",
      publishedAt: options.publishedAt,
      createdAt: options.publishedAt,
      country: options.country ?? "DE",
      city: options.city ?? "Dresden",
      descriptionDe: options.description,
    },
  });
  await db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [company.id]));
  if (options.offer) {
    const offer = await db.listing.create({
      data: {
        organizationId: company.id,
        kind: "OFFER",
        category: "SERVICE",
        titleDe: options.offer.title,
        status: "PUBLISHED",
        publishedAt: options.offer.publishedAt,
        createdAt: options.offer.publishedAt,
      },
    });
    await db.$transaction((tx) => enqueueSearchUpdates(tx, "LISTING", [offer.id]));
  }
  await drainOutbox(db, engine);
  return company;
}

async function saveSearch(
  user: { id: string },
  options: { query: string; frequency: "DAILY" | "WEEKLY"; alertedUntil: Date; locale?: string; name?: string },
) {
  const search = await db.savedSearch.create({
    data: {
      userId: user.id,
      name: options.name ?? `Suche ${options.query}`,
      query: options.query,
      filters: { country: "DE" },
      locale: options.locale ?? "de",
      frequency: options.frequency,
      alertedUntil: options.alertedUntil,
    },
  });
  // The link of a mail sent earlier.
  return { ...search, unsubscribeToken: await issueUnsubscribeToken(db, search.id) };
}

/** The titles the digest lists, from the plain-text part ("1. Title (Kind)"). */
function listedTitles(mail: CapturedMail): string[] {
  return [...mail.text.matchAll(/^\d+\. (.+) \([^()]+\)$/gm)].map((m) => m[1]).sort();
}

const deliveriesOf = (savedSearchId: string) =>
  db.alertDelivery.findMany({ where: { savedSearchId }, orderBy: { createdAt: "asc" } });

const frequencyOf = async (savedSearchId: string) =>
  (await db.savedSearch.findUniqueOrThrow({ where: { id: savedSearchId } })).frequency;

/** What the unsubscribe page does in the visitor's browser: the action, without a session. */
const unsubscribeSignedOut = (token: string, locale: "de" | "cs" | "en" = "de", ip = "203.0.113.10") =>
  withTestSession(null, () => unsubscribeAlertAction({ token }), { locale, ip });

const routeContext = (token: string) => ({ params: Promise.resolve({ token }) });

describe("daily digest", () => {
  it("mails what is new once per day, in the search's language, with a working unsubscribe link", async () => {
    const user = await createUser({ name: "Jana Nováková", locale: "de" });
    const search = await saveSearch(user, {
      query: "fräsen",
      frequency: "DAILY",
      alertedUntil: at("2027-03-01T08:00:00Z"),
      // Mails follow the saved search's language, not the account's.
      locale: "cs",
      name: "Frézování <Sasko>",
    });

    const older = await publishCompany({
      name: "Alte Fräserei GmbH",
      description: "Fräsen und Drehen seit 1990.",
      publishedAt: at("2027-02-20T10:00:00Z"),
      // The company is old, its offer is new: the offer is news, the company is not.
      offer: { title: "Fräsen von Stahlteilen", publishedAt: at("2027-03-01T13:00:00Z") },
    });
    await publishCompany({
      name: "Neues Fräswerk <Nord> GmbH",
      description: "CNC-Fräsen von Aluminium in Serie.",
      publishedAt: at("2027-03-01T12:00:00Z"),
    });
    await publishCompany({
      name: "Bäckerei Sonnenschein",
      description: "Brot und Brötchen für Kantinen.",
      publishedAt: at("2027-03-01T12:00:00Z"),
    });

    const first = await sendDueAlerts({ db, engine, now: at("2027-03-02T06:00:00Z") });
    expect(first).toMatchObject({ due: 1, sent: 1, empty: 0, failed: [] });
    const [mail] = capture.mailsTo(user.email);
    expect(capture.mailsTo(user.email)).toHaveLength(1);
    expect(listedTitles(mail)).toEqual(["Fräsen von Stahlteilen", "Neues Fräswerk <Nord> GmbH"]);
    expect(mail.text).not.toContain("Bäckerei");
    expect(mail.subject).toBe("2 nové výsledky pro „Frézování <Sasko>“");
    expect(mail.text).toContain("Dobrý den, Jana Nováková");
    // Links to the company pages, in Czech, and back to the search.
    expect(mail.text).toContain(`http://portal.test/cs/companies/${older.slug}`);
    expect(linkIn(mail, "/cs/search").searchParams.get("q")).toBe("fräsen");
    // Typed-in names stay text in the HTML part.
    expect(mail.html).toContain("Neues Fräswerk &lt;Nord&gt; GmbH");
    expect(mail.html).toContain("Frézování &lt;Sasko&gt;");
    expect(mail.html).not.toContain("<Nord>");

    expect(await deliveriesOf(search.id)).toMatchObject([{ period: "2027-03-02", status: "SENT", items: 2 }]);
    // The next digest starts two minutes before this run, for publications committing late.
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).alertedUntil).toEqual(
      at("2027-03-02T05:58:00Z"),
    );

    // Later the same Berlin day: nothing is due, nothing is sent.
    const again = await sendDueAlerts({ db, engine, now: at("2027-03-02T21:00:00Z") });
    expect(again).toMatchObject({ due: 0, sent: 0 });
    expect(capture.mailsTo(user.email)).toHaveLength(1);

    // The next day lists only what appeared since the first digest.
    await publishCompany({
      name: "Fräsen Express s.r.o.",
      description: "Schnelles Fräsen von Prototypen.",
      publishedAt: at("2027-03-02T10:00:00Z"),
    });
    const next = await sendDueAlerts({ db, engine, now: at("2027-03-03T06:00:00Z") });
    expect(next).toMatchObject({ due: 1, sent: 1 });
    const second = capture.mailsTo(user.email)[1];
    expect(listedTitles(second)).toEqual(["Fräsen Express s.r.o."]);
    expect(second.subject).toBe("1 nový výsledek pro „Frézování <Sasko>“");

    // A day without news: no mail, but the day counts as done.
    const quiet = await sendDueAlerts({ db, engine, now: at("2027-03-04T06:00:00Z") });
    expect(quiet).toMatchObject({ due: 1, sent: 0, empty: 1 });
    expect(capture.mailsTo(user.email)).toHaveLength(2);
    expect((await deliveriesOf(search.id)).map((d) => [d.period, d.status])).toEqual([
      ["2027-03-02", "SENT"],
      ["2027-03-03", "SENT"],
      ["2027-03-04", "EMPTY"],
    ]);

    // The unsubscribe link leads to a page in the search's language. Opening it (as mail
    // scanners do) changes nothing; the page's action, run in the browser, switches off.
    const link = linkIn(second, "/alerts/unsubscribe/");
    expect(link.pathname).toMatch(/^\/cs\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    const token = link.pathname.split("/").pop()!;
    expect(await alertSubscriptionByToken(db, token)).toMatchObject({ id: search.id, name: "Frézování <Sasko>", locale: "cs" });
    expect(await frequencyOf(search.id)).toBe("DAILY");
    // Without a session, in the search's language, and twice.
    expect(await unsubscribeSignedOut(token, "cs")).toEqual({ ok: true, data: { name: "Frézování <Sasko>", frequency: "NONE" } });
    expect(await unsubscribeSignedOut(token, "cs")).toMatchObject({ ok: true, data: { frequency: "NONE" } });
    expect(await frequencyOf(search.id)).toBe("NONE");
    // Once off, the page shows the confirmation straight away.
    expect(await alertSubscriptionByToken(db, token)).toMatchObject({ frequency: "NONE" });

    await publishCompany({
      name: "Fräsen Spät GmbH",
      description: "Fräsen nach Feierabend.",
      publishedAt: at("2027-03-04T10:00:00Z"),
    });
    expect(await sendDueAlerts({ db, engine, now: at("2027-03-05T06:00:00Z") })).toMatchObject({ due: 0, sent: 0 });
    expect(capture.mailsTo(user.email)).toHaveLength(2);

    // Second thoughts on the unsubscribe page: on again, starting from that moment.
    const back = await resubscribeByToken(db, token, "WEEKLY", at("2027-03-05T09:00:00Z"));
    expect(back).toMatchObject({ frequency: "WEEKLY" });
    expect(await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toMatchObject({
      frequency: "WEEKLY",
      alertedUntil: at("2027-03-05T09:00:00Z"),
    });
  });

  it("keeps the search page's \"verified companies only\" in a saved search and its digests", async () => {
    const user = await createUser({ locale: "de" });
    const saved = await withTestSession(user, () =>
      saveSearchAction({ name: "Härtereien, geprüft", query: "härterei", filters: { verified: "1", country: "DE" }, frequency: "DAILY" }),
    );
    expect(saved).toMatchObject({ ok: true });
    const chamber = await createOrganization([], { kind: "INSTITUTION", name: "IHK Chemnitz" });
    const vouched = await publishCompany({ name: "Härterei Erzgebirge GmbH", description: "Härterei für Werkzeugstahl.", publishedAt: at("2027-07-01T10:00:00Z") });
    await publishCompany({ name: "Härterei Vogtland GmbH", description: "Härterei für Zahnräder.", publishedAt: at("2027-07-01T11:00:00Z") });
    await db.companyVerification.create({ data: { companyId: vouched.id, institutionId: chamber.id, memberChecked: true, registerChecked: true } });
    await db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [vouched.id]));
    await drainOutbox(db, engine);

    expect(await sendDueAlerts({ db, engine, now: at("2027-07-02T06:00:00Z") })).toMatchObject({ sent: 1 });
    const [mail] = capture.mailsTo(user.email);
    expect(listedTitles(mail)).toEqual(["Härterei Erzgebirge GmbH"]);
    expect(linkIn(mail, "/de/search").searchParams.get("verified")).toBe("1");
  });

  it("gives every mail its own unsubscribe link, stores only hashes, and keeps older mails' links working", async () => {
    const user = await createUser({ locale: "de" });
    const search = await saveSearch(user, { query: "galvanik", frequency: "DAILY", alertedUntil: at("2027-06-01T00:00:00Z") });
    await publishCompany({ name: "Galvanik Nord GmbH", description: "Galvanik für Kleinteile.", publishedAt: at("2027-06-01T12:00:00Z") });
    await sendDueAlerts({ db, engine, now: at("2027-06-02T06:00:00Z") });
    await publishCompany({ name: "Galvanik Süd GmbH", description: "Galvanik für Großteile.", publishedAt: at("2027-06-02T12:00:00Z") });
    await sendDueAlerts({ db, engine, now: at("2027-06-03T06:00:00Z") });
    const [first, second] = capture.mailsTo(user.email).map((m) => linkIn(m, "/alerts/unsubscribe/").pathname.split("/").pop()!);
    expect(first).not.toBe(second);

    // The database holds no working link: neither token appears anywhere, only their hashes.
    for (const table of ["SavedSearch", "AlertUnsubscribeToken", "AlertDelivery"]) {
      const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${table}" t`);
      expect(rows.filter((r) => r.row.includes(first) || r.row.includes(second))).toEqual([]);
    }
    expect(await db.alertUnsubscribeToken.count({ where: { savedSearchId: search.id, tokenHash: { in: [hashToken(first), hashToken(second)] } } })).toBe(2);

    // The older mail's link still switches the alerts off, the newer one back on.
    expect(await unsubscribeSignedOut(first, "de")).toMatchObject({ ok: true, data: { frequency: "NONE" } });
    expect(await frequencyOf(search.id)).toBe("NONE");
    expect(await resubscribeByToken(db, second, "DAILY")).toMatchObject({ id: search.id, frequency: "DAILY" });
    // Deleting the search takes its links along.
    await db.savedSearch.delete({ where: { id: search.id } });
    expect(await alertSubscriptionByToken(db, first)).toBeNull();
    expect(await db.alertUnsubscribeToken.count({ where: { savedSearchId: search.id } })).toBe(0);
  });

  it("offers one-click unsubscribe to mail programs through the List-Unsubscribe header", async () => {
    const user = await createUser({ locale: "en" });
    const search = await saveSearch(user, { query: "lackieren", frequency: "DAILY", alertedUntil: at("2027-04-01T00:00:00Z"), locale: "en" });
    await publishCompany({ name: "Lackierwerk Süd GmbH", description: "Lackieren von Stahlteilen.", publishedAt: at("2027-04-01T12:00:00Z") });
    await sendDueAlerts({ db, engine, now: at("2027-04-02T06:00:00Z") });
    const mail = await capture.waitForMail(user.email);
    expect(mail.subject).toBe("1 new result for “Suche lackieren”");

    const header = (name: string) => mail.parsed.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const url = header("list-unsubscribe")!.match(/^<(.+)>$/)![1];
    expect(url).toMatch(/^http:\/\/portal\.test\/api\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}$/);

    // Opening that address (a GET, as scanners do) only leads to the page, in the search's language.
    const token = new URL(url).pathname.split("/").pop()!;
    const opened = await openUnsubscribeAddress(new Request(url), routeContext(token));
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`http://portal.test/en/alerts/unsubscribe/${token}`);
    expect(await frequencyOf(search.id)).toBe("DAILY");

    // What a mail program does: POST without cookies to exactly that address.
    const response = await oneClickUnsubscribe(
      new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click" }),
      routeContext(token),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("You will no longer receive emails about the saved search “Suche lackieren”. The search itself stays saved.\n");
    expect(await frequencyOf(search.id)).toBe("NONE");

    const unknownToken = newUnsubscribeToken();
    const unknown = await oneClickUnsubscribe(new Request(url, { method: "POST" }), routeContext(unknownToken));
    expect(unknown.status).toBe(404);
    // An unknown link still leads to the page, which explains it (in the default language).
    const openedUnknown = await openUnsubscribeAddress(new Request(url), routeContext(unknownToken));
    expect(openedUnknown.headers.get("location")).toBe(`http://portal.test/de/alerts/unsubscribe/${unknownToken}`);
    expect(await unsubscribeByToken(db, "not a token")).toBeNull();
  });

  it("lets people without JavaScript unsubscribe with the page's button, and sends them back to the page", async () => {
    const user = await createUser();
    const search = await saveSearch(user, { query: "polieren", frequency: "WEEKLY", alertedUntil: at("2027-04-01T00:00:00Z"), locale: "cs" });
    const token = search.unsubscribeToken;
    // The page's form, submitted natively by the browser.
    const body = new URLSearchParams({ "List-Unsubscribe": "One-Click", from: "page" });
    const response = await oneClickUnsubscribe(
      new Request(`http://portal.test/api/alerts/unsubscribe/${token}`, { method: "POST", body }),
      routeContext(token),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://portal.test/cs/alerts/unsubscribe/${token}`);
    expect(await frequencyOf(search.id)).toBe("NONE");
    // Back on the page, which now finds the alerts off and confirms it.
    expect(await alertSubscriptionByToken(db, token)).toMatchObject({ name: "Suche polieren", frequency: "NONE" });
  });

  it("explains a link that is not valid, and limits how often one address may try", async () => {
    const user = await createUser();
    const search = await saveSearch(user, { query: "hartlöten", frequency: "DAILY", alertedUntil: at("2027-04-01T00:00:00Z") });

    // The page finds nothing to show for a deleted search's or a made-up token.
    expect(await alertSubscriptionByToken(db, newUnsubscribeToken())).toBeNull();
    expect(await alertSubscriptionByToken(db, "kaputt")).toBeNull();
    expect(await unsubscribeSignedOut(newUnsubscribeToken(), "en")).toEqual({
      ok: false,
      code: "not_found",
      fieldErrors: {},
      formError: "This link is not valid",
    });
    expect(await unsubscribeSignedOut("kaputt", "de")).toMatchObject({ ok: false, code: "validation" });

    // Guessing from one address soon stops; others are not affected, nor is the search.
    const ip = "203.0.113.99";
    let guesses = 0;
    let guess;
    do {
      guess = await unsubscribeSignedOut(newUnsubscribeToken(), "de", ip);
      guesses++;
    } while (!guess.ok && guess.code === "not_found" && guesses < 500);
    expect(guess).toMatchObject({ ok: false, code: "rate_limited" });
    expect(guesses).toBeGreaterThan(10);
    const limited = await unsubscribeSignedOut(search.unsubscribeToken, "de", ip);
    expect(limited).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await frequencyOf(search.id)).toBe("DAILY");
    expect(await unsubscribeSignedOut(search.unsubscribeToken, "de", "203.0.113.100")).toMatchObject({ ok: true });
    expect(await frequencyOf(search.id)).toBe("NONE");
  });

  it("releases the claim when the mail cannot be sent, so a later run delivers it", async () => {
    const user = await createUser();
    const search = await saveSearch(user, { query: "schweißen", frequency: "DAILY", alertedUntil: at("2027-05-01T00:00:00Z") });
    await publishCompany({ name: "Schweißtechnik Ost GmbH", description: "Schweißen von Rahmen.", publishedAt: at("2027-05-01T12:00:00Z") });

    const smtp = process.env.SMTP_URL;
    // Nothing listens on port 9 of this machine: the connection is refused.
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    let failedRun;
    try {
      failedRun = await sendDueAlerts({ db, engine, now: at("2027-05-02T06:00:00Z") });
    } finally {
      process.env.SMTP_URL = smtp;
    }
    expect(failedRun).toMatchObject({ due: 1, sent: 0, failed: [{ savedSearchId: search.id }] });
    expect(await deliveriesOf(search.id)).toEqual([]);
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).alertedUntil).toEqual(
      at("2027-05-01T00:00:00Z"),
    );

    const retry = await sendDueAlerts({ db, engine, now: at("2027-05-02T06:15:00Z") });
    expect(retry).toMatchObject({ due: 1, sent: 1, failed: [] });
    expect(listedTitles(await capture.waitForMail(user.email))).toEqual(["Schweißtechnik Ost GmbH"]);
    expect(await deliveriesOf(search.id)).toMatchObject([{ period: "2027-05-02", status: "SENT", items: 1 }]);
  });

  it("lists something published just before a run but not yet searchable in the next digest", async () => {
    const user = await createUser();
    const search = await saveSearch(user, { query: "entgraten", frequency: "DAILY", alertedUntil: at("2027-08-01T00:00:00Z") });
    // Published at 05:50; the search index has not caught up when the run starts at 06:00.
    const company = await db.organization.create({
      data: {
        name: "Entgrattechnik Pirna GmbH",
        slug: `entgrat-${randomBytes(4).toString("hex")}`,
        status: "PUBLISHED",
        publishedAt: at("2027-08-02T05:50:00Z"),
        country: "DE",
        descriptionDe: "Entgraten und Gleitschleifen von Frästeilen.",
      },
    });
    await db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [company.id]));
    await db.searchOutbox.updateMany({ where: { entityId: company.id }, data: { createdAt: at("2027-08-02T05:50:00Z") } });

    expect(await sendDueAlerts({ db, engine, now: at("2027-08-02T06:00:00Z") })).toMatchObject({ due: 1, empty: 1 });
    expect(capture.mailsTo(user.email)).toHaveLength(0);
    // The next digest starts before the pending change (a minute to spare), not at 05:58.
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).alertedUntil).toEqual(
      at("2027-08-02T05:49:00Z"),
    );

    await drainOutbox(db, engine);
    expect(await sendDueAlerts({ db, engine, now: at("2027-08-03T06:00:00Z") })).toMatchObject({ due: 1, sent: 1 });
    expect(listedTitles(await capture.waitForMail(user.email))).toEqual(["Entgrattechnik Pirna GmbH"]);
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).alertedUntil).toEqual(
      at("2027-08-03T05:58:00Z"),
    );
  });

  it("lists in the next digest what a publication committing just after the run's start brought", async () => {
    const user = await createUser();
    await saveSearch(user, { query: "honen", frequency: "DAILY", alertedUntil: at("2027-09-01T00:00:00Z") });
    // The run at 06:00 sees nothing: the publishing transaction has not committed yet …
    expect(await sendDueAlerts({ db, engine, now: at("2027-09-02T06:00:00Z") })).toMatchObject({ due: 1, empty: 1 });
    // … and commits a moment later, stamped 05:59:30, when it began.
    await publishCompany({
      name: "Honwerk Löbau GmbH",
      description: "Honen von Zylinderbohrungen.",
      publishedAt: at("2027-09-02T05:59:30Z"),
    });
    expect(await sendDueAlerts({ db, engine, now: at("2027-09-03T06:00:00Z") })).toMatchObject({ due: 1, sent: 1 });
    expect(listedTitles(await capture.waitForMail(user.email))).toEqual(["Honwerk Löbau GmbH"]);
  });

  it("forgets searches, deliveries and alerts of deleted users", async () => {
    const user = await createUser();
    const search = await saveSearch(user, { query: "drehen", frequency: "DAILY", alertedUntil: at("2027-06-01T00:00:00Z") });
    await sendDueAlerts({ db, engine, now: at("2027-06-02T06:00:00Z") });
    expect(await deliveriesOf(search.id)).toHaveLength(1);
    await db.user.delete({ where: { id: user.id } });
    expect(await db.savedSearch.count({ where: { id: search.id } })).toBe(0);
    expect(await db.alertDelivery.count({ where: { savedSearchId: search.id } })).toBe(0);
    expect(await sendDueAlerts({ db, engine, now: at("2027-06-03T06:00:00Z") })).toMatchObject({ due: 0 });
  });
});

describe("a saved search around a place", () => {
  it("keeps the place and distance it was saved with, and the digest lists only what lies within them", async () => {
    const user = await createUser({ locale: "de" });
    const saved = await withTestSession(user, () =>
      saveSearchAction({
        name: "Logistik um Liberec",
        query: "Logistik",
        filters: { near: "Liberec", radius: "30", type: "company" },
        frequency: "DAILY",
      }),
    );
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? saved.data.savedSearchId : "";
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id } })).filters).toEqual({
      near: "Liberec",
      radius: "30",
      type: "company",
    });
    await db.savedSearch.update({ where: { id }, data: { alertedUntil: at("2027-03-01T08:00:00Z") } });

    // About 29 km from Liberec: inside the saved 30 km, outside the default 25 km.
    await publishCompany({
      name: "Borská logistika s.r.o.",
      description: "Logistik und Lagerhaltung für die Glasindustrie.",
      city: "Nový Bor",
      country: "CZ",
      publishedAt: at("2027-03-01T12:00:00Z"),
    });
    // About 32 km away, and far away in Dresden.
    await publishCompany({
      name: "Českolipská logistika s.r.o.",
      description: "Logistik und Spedition im Norden Böhmens.",
      city: "Česká Lípa",
      country: "CZ",
      publishedAt: at("2027-03-01T12:00:00Z"),
    });
    await publishCompany({
      name: "Elbe Logistik GmbH",
      description: "Logistik und Lagerung an der Elbe.",
      publishedAt: at("2027-03-01T12:00:00Z"),
    });

    expect(await sendDueAlerts({ db, engine, now: at("2027-03-02T06:00:00Z") })).toMatchObject({ sent: 1, failed: [] });
    const [mail] = capture.mailsTo(user.email);
    expect(listedTitles(mail)).toEqual(["Borská logistika s.r.o."]);
    // The link back runs the same search on the search page.
    const link = linkIn(mail, "/de/search");
    expect(Object.fromEntries(link.searchParams)).toEqual({ q: "Logistik", near: "Liberec", radius: "30", type: "company" });
  });

  it("refuses to save a place the search page does not know", async () => {
    const user = await createUser();
    const result = await withTestSession(
      user,
      () => saveSearchAction({ name: "Nirgendwo", query: "", filters: { near: "Atlantis", radius: "30" }, frequency: "NONE" }),
      { locale: "en" },
    );
    expect(result).toMatchObject({ ok: false, code: "validation" });
    const tooFar = await withTestSession(user, () =>
      saveSearchAction({ name: "Zu weit", query: "", filters: { near: "Liberec", radius: "100000" }, frequency: "NONE" }),
    );
    expect(tooFar).toMatchObject({ ok: false, code: "validation" });
    expect(await db.savedSearch.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("weekly digest", () => {
  it("is due once per ISO week, the week turning at Monday midnight in Berlin", async () => {
    const user = await createUser();
    const search = await saveSearch(user, { query: "montage", frequency: "WEEKLY", alertedUntil: at("2027-03-01T00:00:00Z") });
    await publishCompany({ name: "Montagebau Meißen GmbH", description: "Montage von Hallen.", publishedAt: at("2027-03-01T09:00:00Z") });

    // Monday 1 March 2027 (week 9) …
    expect(await sendDueAlerts({ db, engine, now: at("2027-03-01T10:00:00Z") })).toMatchObject({ due: 1, sent: 1 });
    // … Wednesday, and Sunday 23:00 in Berlin: still week 9.
    expect(await sendDueAlerts({ db, engine, now: at("2027-03-03T10:00:00Z") })).toMatchObject({ due: 0 });
    expect(await sendDueAlerts({ db, engine, now: at("2027-03-07T22:00:00Z") })).toMatchObject({ due: 0 });
    // Monday 00:30 in Berlin is week 10, though still Sunday in UTC.
    await publishCompany({ name: "Montage Plus s.r.o.", description: "Montage von Förderanlagen.", publishedAt: at("2027-03-05T09:00:00Z") });
    expect(await sendDueAlerts({ db, engine, now: at("2027-03-07T23:30:00Z") })).toMatchObject({ due: 1, sent: 1 });

    const mails = capture.mailsTo(user.email);
    expect(mails.map(listedTitles)).toEqual([["Montagebau Meißen GmbH"], ["Montage Plus s.r.o."]]);
    expect(mails[0].text).toContain("wöchentlich");
    expect((await deliveriesOf(search.id)).map((d) => d.period)).toEqual(["2027-W09", "2027-W10"]);
  });
});

describe("exactly once under concurrency", () => {
  it("sends every due search one mail when several runs start at the same moment", async () => {
    const users = await Promise.all(Array.from({ length: 8 }, (_, i) => createUser({ name: `Nutzer ${i}` })));
    const searches = await Promise.all(
      users.map((user, i) =>
        saveSearch(user, {
          query: "gießen",
          frequency: i % 2 ? "WEEKLY" : "DAILY",
          alertedUntil: at("2027-07-01T00:00:00Z"),
        }),
      ),
    );
    await publishCompany({ name: "Gießerei Bautzen GmbH", description: "Gießen von Aluminium.", publishedAt: at("2027-07-01T08:00:00Z") });

    // Separate clients, separate connection pools: as separate server processes would be.
    const clients = Array.from({ length: 3 }, () => createPrismaClient(testDb.url, 3));
    try {
      const now = at("2027-07-02T06:00:00Z");
      const runs = await Promise.all(
        clients.map((client) => sendDueAlerts({ db: client, engine: createPostgresSearchEngine(client), now })),
      );
      expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(searches.length);
      expect(runs.flatMap((r) => r.failed)).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }

    for (const user of users) expect(capture.mailsTo(user.email)).toHaveLength(1);
    expect(capture.mails).toHaveLength(users.length);
    for (const search of searches) {
      expect(await deliveriesOf(search.id)).toMatchObject([{ status: "SENT", items: 1 }]);
    }
  });
});

describe("the migration to hashed unsubscribe tokens", () => {
  const adminUrl = inject("adminUrl");
  const dbName = `portal_test_unsubscribe_${process.pid}`;
  const url = adminUrl.replace(/\/postgres$/, `/${dbName}`);
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  let upTo: string;
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    // The migrations as they were before tokens were hashed.
    upTo = mkdtempSync(path.join(tmpdir(), "portal-migrations-"));
    for (const m of await readMigrations()) {
      if (m.name.endsWith("_hashed_unsubscribe_tokens")) break;
      cpSync(path.join(DEFAULT_MIGRATIONS_DIR, m.name), path.join(upTo, m.name), { recursive: true });
    }
  });
  afterAll(async () => {
    rmSync(upTo, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  it("keeps the links in mails already sent working", async () => {
    await applyMigrations(url, { dir: upTo });
    const token = newUnsubscribeToken();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'old@example.test', now())`);
      await c.query(
        `INSERT INTO "SavedSearch" (id, "userId", name, frequency, "unsubscribeToken", "updatedAt") VALUES ('s1', 'u1', 'Alte Suche', 'DAILY', $1, now())`,
        [token],
      );
    } finally {
      await c.end();
    }

    await applyMigrations(url);
    const migrated = createPrismaClient(url, 1);
    try {
      expect(await unsubscribeByToken(migrated, token)).toMatchObject({ id: "s1", name: "Alte Suche", frequency: "NONE" });
      const stored = await migrated.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "AlertUnsubscribeToken" t`);
      expect(stored).toHaveLength(1);
      expect(stored[0].row).not.toContain(token);
      expect(stored[0].row).toContain(hashToken(token));
    } finally {
      await migrated.$disconnect();
    }
  });
});
