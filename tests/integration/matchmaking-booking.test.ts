// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { bookMeetingSlotAction } from "@/lib/matchmaking/actions/book-meeting-slot";
import { recordMeetingFeedbackAction } from "@/lib/matchmaking/actions/record-meeting-feedback";
import { requestMeetingAction } from "@/lib/matchmaking/actions/request-meeting";
import { respondToMeetingAction } from "@/lib/matchmaking/actions/respond-to-meeting";
import { runSchedulerAction } from "@/lib/matchmaking/actions/run-scheduler";
import { setMeetingLinkAction } from "@/lib/matchmaking/actions/set-meeting-link";
import { setParticipantTypeAction } from "@/lib/matchmaking/actions/set-participant-type";
import { updateMatchmakingSettingsAction } from "@/lib/matchmaking/actions/update-matchmaking-settings";
import { openSlotsOfRequest } from "@/lib/matchmaking/open-slots";
import { outcomeReport, remindersOfEvent } from "@/lib/matchmaking/outcome-queries";
import { agendaOf } from "@/lib/matchmaking/queries";
import { sendMatchmakingReminders } from "@/lib/matchmaking/reminders";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { GET as agendaIcs } from "@/app/api/events/[slug]/agenda/ics/route";
import { GET as outcomesCsv } from "@/app/api/organizer/events/[id]/outcomes/route";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createCompany, createEvent, createOrganizer, meetingRequest, registerDirectly } from "./support/events";

let capture: SmtpCapture;
beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
});
afterAll(async () => {
  await capture.stop();
  await testDb.drop();
});
beforeEach(() => resetAllLimits());

const HOUR = 3_600_000;
const emailOf = async (userId: string) => (await testDb.db.user.findUniqueOrThrow({ where: { id: userId } })).email;

type Settings = Partial<Parameters<typeof updateMatchmakingSettingsAction>[0]>;

/** A published matchmaking day with the given settings, saved through the organizer's action. */
async function matchmakingDay(settings: Settings = {}, event: { tableCount?: number } = {}) {
  const organizer = await createOrganizer();
  const day = await createEvent(organizer.org.id, { tableCount: event.tableCount ?? 5, capacity: 100 });
  const saved = await withTestSession(organizer.user, () =>
    updateMatchmakingSettingsAction({
      eventId: day.id,
      bookingMode: "PICK_SLOT",
      format: "ON_SITE",
      meetingLinkPattern: "",
      maxMeetings: null,
      maxMeetingsBuyer: null,
      maxMeetingsSupplier: null,
      requestExpiryHours: null,
      pendingReminderHours: null,
      ...settings,
    }),
  );
  expect(saved).toMatchObject({ ok: true });
  const join = async (name: string, options: { locale?: string; country?: string } = {}) => {
    const company = await createCompany({ name, locale: options.locale, country: options.country });
    const registration = await registerDirectly(day.id, company, { locale: options.locale ?? "de", name: `${name} Person` });
    return { ...company, registration, email: await emailOf(company.user.id) };
  };
  return { organizer, event: day, join };
}

const ask = (from: { user: { id: string }; registration: { id: string } }, to: { registration: { id: string } }) =>
  withTestSession(from.user, () =>
    requestMeetingAction({ fromRegistrationId: from.registration.id, toRegistrationId: to.registration.id, message: "Wir möchten über Lieferungen sprechen." }),
  );

describe("picking a slot when accepting", () => {
  it("books the chosen slot for both sides at once and mails the asking side the time", async () => {
    const { event, join } = await matchmakingDay({ format: "HYBRID", meetingLinkPattern: "https://meet.example.org/{event}-{meeting}" });
    const czech = await join("Sklárna Kamenický Šenov", { locale: "cs", country: "CZ" });
    const german = await join("Glashütte Pirna", { locale: "de" });
    const request = await meetingRequest(event.id, czech.registration, german.registration);

    const open = await openSlotsOfRequest(testDb.db, request);
    expect(open).toHaveLength(3);
    const booked = await withTestSession(german.user, () => bookMeetingSlotAction({ requestId: request.id, slotStart: open[1].start }));
    expect(booked).toMatchObject({ ok: true, data: { tableNumber: 1, startsAt: new Date(open[1].start).toISOString() } });

    const [mine, theirs] = await Promise.all([agendaOf(czech.registration.id), agendaOf(german.registration.id)]);
    expect(mine!.meetings.map((m) => m.startsAt.getTime())).toEqual([open[1].start]);
    expect(theirs!.meetings.map((m) => m.startsAt.getTime())).toEqual([open[1].start]);
    const link = mine!.meetings[0].link!;
    expect(link).toMatch(new RegExp(`^https://meet\\.example\\.org/${event.slug}-c`));
    expect(theirs!.meetings[0].link).toBe(link);

    const mail = await capture.waitForMail(czech.email, (m) => m.subject === "Firma Glashütte Pirna přijala vaši žádost a zarezervovala čas");
    expect(mail.text).toContain(link);

    // The calendar file carries the link too.
    const url = `http://localhost/api/events/${event.slug}/agenda/ics?locale=de`;
    const ics = await withTestSession(german.user, () => agendaIcs(new Request(url), { params: Promise.resolve({ slug: event.slug }) }));
    expect((await ics.text()).replace(/\r\n /g, "")).toContain(link);

    // The slot is no longer offered to a third pair that shares a side with this one.
    const third = await join("Porzellan Freiberg");
    const next = await meetingRequest(event.id, third.registration, german.registration);
    expect((await openSlotsOfRequest(testDb.db, next)).map((s) => s.start)).toEqual([open[0].start, open[2].start]);
    const refused = await withTestSession(german.user, () => bookMeetingSlotAction({ requestId: next.id, slotStart: open[1].start }));
    expect(refused).toMatchObject({ ok: false, code: "conflict", formError: "Zu dieser Zeit ist der Tisch oder eine der beiden Seiten schon belegt." });
    // Refused as a whole: the request is still open, not accepted without a meeting.
    expect((await testDb.db.meetingRequest.findUniqueOrThrow({ where: { id: next.id } })).status).toBe("PENDING");
  });

  it("is refused where the organizer runs the scheduler; requests accepted without a slot go to the scheduler", async () => {
    const { organizer, event, join } = await matchmakingDay({ bookingMode: "SCHEDULER" });
    const a = await join("Alpha Metall");
    const b = await join("Beta Kunststoff");
    const c = await join("Gamma Holz");
    const ab = await meetingRequest(event.id, a.registration, b.registration);
    const refused = await withTestSession(b.user, () => bookMeetingSlotAction({ requestId: ab.id, slotStart: event.startsAt.getTime() }));
    expect(refused).toMatchObject({ ok: false, code: "conflict", formError: "Bei dieser Veranstaltung legt der Veranstalter die Zeiten fest; bitte ohne Zeitwahl annehmen." });

    // Both ways on one event: one request booked by its recipient, one accepted plainly and placed by the scheduler.
    await withTestSession(organizer.user, () =>
      updateMatchmakingSettingsAction({
        eventId: event.id,
        bookingMode: "PICK_SLOT",
        format: "ON_SITE",
        meetingLinkPattern: "",
        maxMeetings: null,
        maxMeetingsBuyer: null,
        maxMeetingsSupplier: null,
        requestExpiryHours: null,
        pendingReminderHours: null,
      }),
    );
    expect(await withTestSession(b.user, () => bookMeetingSlotAction({ requestId: ab.id, slotStart: event.startsAt.getTime() }))).toMatchObject({ ok: true });
    const ac = await meetingRequest(event.id, a.registration, c.registration);
    expect(await withTestSession(c.user, () => respondToMeetingAction({ requestId: ac.id, accept: true }))).toMatchObject({ ok: true });
    const run = await withTestSession(organizer.user, () => runSchedulerAction({ eventId: event.id, mode: "all" }));
    expect(run).toMatchObject({ ok: true, data: { placed: 1, kept: 1 } });
    const agenda = await agendaOf(a.registration.id);
    expect(agenda!.meetings.map((m) => m.other.organization.name)).toEqual(["Beta Kunststoff", "Gamma Holz"]);
  });

  it.each([
    { tables: 6, expected: 6, bound: "tables" },
    { tables: 20, expected: 10, bound: "the ten asking companies" },
  ])("50 recipients accepting into one slot at the same moment: $expected booked, limited by $bound, nobody double-booked", async ({ tables, expected }) => {
    const { event, join } = await matchmakingDay({}, { tableCount: tables });
    const askers = await Promise.all(Array.from({ length: 10 }, (_, i) => join(`Anfrager ${i}`)));
    const recipients = await Promise.all(Array.from({ length: 50 }, (_, i) => join(`Empfänger ${i}`)));
    const requests = await Promise.all(recipients.map((r, i) => meetingRequest(event.id, askers[i % 10].registration, r.registration)));
    const slotStart = event.startsAt.getTime();

    const results = await Promise.all(
      recipients.map((r, i) => withTestSession(r.user, () => bookMeetingSlotAction({ requestId: requests[i].id, slotStart }))),
    );
    const booked = results.filter((r) => r.ok);
    expect(booked).toHaveLength(expected);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: "conflict" });

    const meetings = await testDb.db.meeting.findMany({ where: { eventId: event.id }, select: { tableNumber: true, request: { select: { requesterId: true, recipientId: true } } } });
    expect(meetings).toHaveLength(expected);
    expect(new Set(meetings.map((m) => m.tableNumber)).size).toBe(expected);
    const people = meetings.flatMap((m) => [m.request.requesterId, m.request.recipientId]);
    expect(new Set(people).size).toBe(people.length);
    // Those who lost the race can still accept and pick another time.
    expect(await testDb.db.meetingRequest.count({ where: { eventId: event.id, status: "PENDING" } })).toBe(50 - expected);
  });
});

describe("online meetings", () => {
  const CZECH_URL_ERROR = "Zadejte prosím platnou webovou adresu.";
  it("a link the organizer enters for one meeting replaces the pattern's in both agendas and the calendar file; emptied, the pattern applies again", async () => {
    const { organizer, event, join } = await matchmakingDay({ format: "ONLINE", meetingLinkPattern: "https://meet.example.org/{event}-{table}" });
    const czech = await join("Tiskárna Děčín", { locale: "cs", country: "CZ" });
    const german = await join("Druckerei Bautzen", { locale: "de" });
    const request = await meetingRequest(event.id, czech.registration, german.registration);
    const [slot] = await openSlotsOfRequest(testDb.db, request);
    expect(await withTestSession(german.user, () => bookMeetingSlotAction({ requestId: request.id, slotStart: slot.start }))).toMatchObject({ ok: true });
    const meeting = await testDb.db.meeting.findFirstOrThrow({ where: { requestId: request.id } });
    const linksOf = async () => Promise.all([czech, german].map(async (p) => (await agendaOf(p.registration.id))!.meetings[0].link));
    expect(await linksOf()).toEqual([`https://meet.example.org/${event.slug}-1`, `https://meet.example.org/${event.slug}-1`]);

    const own = "https://video.example.com/room/krkonose-7";
    expect(await withTestSession(organizer.user, () => setMeetingLinkAction({ meetingId: meeting.id, onlineUrl: own }))).toMatchObject({ ok: true });
    expect(await linksOf()).toEqual([own, own]);
    const url = `http://localhost/api/events/${event.slug}/agenda/ics?locale=cs`;
    const ics = await withTestSession(czech.user, () => agendaIcs(new Request(url), { params: Promise.resolve({ slug: event.slug }) }));
    const calendar = (await ics.text()).replace(/\r\n /g, "");
    expect(calendar).toContain(own);
    expect(calendar).not.toContain("meet.example.org");

    // Only web addresses: a script link is refused in the organizer's language and changes nothing.
    const refused = await withTestSession(organizer.user, () => setMeetingLinkAction({ meetingId: meeting.id, onlineUrl: "javascript:alert(1)" }), { locale: "cs" });
    expect(refused).toMatchObject({ ok: false, code: "validation", fieldErrors: { onlineUrl: CZECH_URL_ERROR } });
    expect(await linksOf()).toEqual([own, own]);

    expect(await withTestSession(organizer.user, () => setMeetingLinkAction({ meetingId: meeting.id, onlineUrl: "" }))).toMatchObject({ ok: true });
    expect(await linksOf()).toEqual([`https://meet.example.org/${event.slug}-1`, `https://meet.example.org/${event.slug}-1`]);
  });
});

describe("limits", () => {
  it("a cap per participant counts open and accepted requests, and holds when many ask at once", async () => {
    const { event, join } = await matchmakingDay({ maxMeetings: 3 });
    const popular = await join("Beliebt GmbH");
    const others = await Promise.all(Array.from({ length: 8 }, (_, i) => join(`Interessent ${i}`)));
    const results = await Promise.all(others.map((o) => ask(o, popular)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const refusal = results.find((r) => !r.ok);
    expect(refusal).toMatchObject({ ok: false, code: "conflict", formError: "Diese Firma hat bereits 3 Gespräche, mehr erlaubt diese Veranstaltung nicht." });
    expect(await testDb.db.meetingRequest.count({ where: { eventId: event.id, recipientId: popular.registration.id } })).toBe(3);
  });

  it("a cap per participant type applies to buyers and suppliers separately, in the caller's language", async () => {
    const { join } = await matchmakingDay({ maxMeetings: 5, maxMeetingsBuyer: 1 });
    const buyer = await join("Einkauf AG", { locale: "cs" });
    const s1 = await join("Lieferant Eins");
    const s2 = await join("Lieferant Zwei");
    expect(await withTestSession(buyer.user, () => setParticipantTypeAction({ registrationId: buyer.registration.id, participantType: "BUYER" }))).toMatchObject({ ok: true });
    expect(await ask(buyer, s1)).toMatchObject({ ok: true });
    const second = await withTestSession(buyer.user, () =>
      requestMeetingAction({ fromRegistrationId: buyer.registration.id, toRegistrationId: s2.registration.id, message: "Máme zájem o dodávky." }),
      { locale: "cs" },
    );
    expect(second).toMatchObject({ ok: false, code: "conflict", formError: expect.stringContaining("Už máte 1 schůzku") });
    // A supplier is not held to the buyers' cap.
    expect(await ask(s1, s2)).toMatchObject({ ok: true });
  });

  it("unanswered requests expire after the set hours, mail both sides once and free the place they held", async () => {
    const { event, join } = await matchmakingDay({ maxMeetings: 1, requestExpiryHours: 48 });
    const asker = await join("Fragesteller GmbH", { locale: "en" });
    const silent = await join("Schweigsam s.r.o.", { locale: "cs" });
    const other = await join("Dritter GmbH");
    expect(await ask(asker, silent)).toMatchObject({ ok: true });
    expect(await ask(asker, other)).toMatchObject({ ok: false, code: "conflict" });

    const later = new Date(Date.now() + 49 * HOUR);
    const runs = await Promise.all([sendMatchmakingReminders({ db: testDb.db, now: later }), sendMatchmakingReminders({ db: testDb.db, now: later })]);
    expect(runs[0].expired + runs[1].expired).toBeGreaterThanOrEqual(1);
    expect(await testDb.db.meetingRequest.findFirstOrThrow({ where: { eventId: event.id, requesterId: asker.registration.id } })).toMatchObject({ status: "EXPIRED" });
    await capture.waitForMail(asker.email, (m) => m.subject === "Your meeting request to Schweigsam s.r.o. has expired");
    await capture.waitForMail(silent.email, (m) => m.subject === "Žádost o schůzku od firmy Fragesteller GmbH vypršela");
    expect(capture.mailsTo(asker.email).filter((m) => m.subject.includes("expired"))).toHaveLength(1);
    expect(capture.mailsTo(silent.email).filter((m) => m.subject.includes("vypršela"))).toHaveLength(1);

    // The place is free again.
    expect(await ask(asker, other)).toMatchObject({ ok: true });
  });
});

describe("reminders", () => {
  it("each reminder goes out exactly once, in the participant's language, even when two runs overlap; the organizer sees them", async () => {
    const { event, join } = await matchmakingDay({ pendingReminderHours: 24 });
    const czech = await join("Strojírna Liberec", { locale: "cs", country: "CZ" });
    const german = await join("Maschinenbau Zittau", { locale: "de" });
    const english = await join("Border Logistics", { locale: "en" });
    const request = await meetingRequest(event.id, czech.registration, german.registration);
    const slot = (await openSlotsOfRequest(testDb.db, request))[0];
    await withTestSession(german.user, () => bookMeetingSlotAction({ requestId: request.id, slotStart: slot.start }));
    await meetingRequest(event.id, english.registration, czech.registration);

    // A day later the open request is reminded of; twice at once, yet once.
    const dayLater = new Date(Date.now() + 25 * HOUR);
    await Promise.all([sendMatchmakingReminders({ db: testDb.db, now: dayLater }), sendMatchmakingReminders({ db: testDb.db, now: dayLater })]);
    await capture.waitForMail(czech.email, (m) => m.subject === "Firma Border Logistics čeká na vaši odpověď");

    // Twelve hours before the start: the agenda.
    const eve = new Date(event.startsAt.getTime() - 12 * HOUR);
    await Promise.all([sendMatchmakingReminders({ db: testDb.db, now: eve }), sendMatchmakingReminders({ db: testDb.db, now: eve })]);
    await sendMatchmakingReminders({ db: testDb.db, now: eve });
    const agenda = await capture.waitForMail(german.email, (m) => m.subject.startsWith("Morgen: Ihre Gespräche"));
    expect(agenda.text).toContain("Hier ist Ihr Gespräch:");
    expect(agenda.text).toContain("Strojírna Liberec");
    await capture.waitForMail(czech.email, (m) => m.subject.startsWith("Zítra: vaše schůzky"));
    await capture.waitForMail(english.email, (m) => m.subject.startsWith("Tomorrow: your meetings"));

    // After the end: feedback, only to those who had meetings.
    const after = new Date(event.endsAt.getTime() + HOUR);
    await Promise.all([sendMatchmakingReminders({ db: testDb.db, now: after }), sendMatchmakingReminders({ db: testDb.db, now: after })]);
    await capture.waitForMail(german.email, (m) => m.subject.startsWith("Wie liefen Ihre Gespräche"));
    await capture.waitForMail(czech.email, (m) => m.subject.startsWith("Jak dopadly vaše schůzky"));

    const count = (email: string, start: string) => capture.mailsTo(email).filter((m) => m.subject.startsWith(start)).length;
    expect(count(czech.email, "Firma Border Logistics čeká")).toBe(1);
    expect(count(german.email, "Morgen:")).toBe(1);
    expect(count(czech.email, "Zítra:")).toBe(1);
    expect(count(english.email, "Tomorrow:")).toBe(1);
    expect(count(german.email, "Wie liefen")).toBe(1);
    expect(count(czech.email, "Jak dopadly")).toBe(1);
    expect(count(english.email, "How did your meetings")).toBe(0);

    const sent = await remindersOfEvent(event.id);
    expect(sent.counts).toEqual({ AGENDA: 3, PENDING_REQUEST: 1, FEEDBACK: 2 });
    expect(sent.rows.find((r) => r.kind === "PENDING_REQUEST")).toMatchObject({ email: czech.email, registration: { organization: { name: "Strojírna Liberec" } } });
  });
});

describe("feedback and outcomes", () => {
  it("each side records an outcome after the meeting; the organizer's report and CSV count it by outcome, country pair and industry", async () => {
    const { organizer, event, join } = await matchmakingDay();
    const czech = await join("Textil Liberec", { locale: "cs", country: "CZ" });
    const german = await join("Weberei Zittau", { locale: "de", country: "DE" });
    const request = await meetingRequest(event.id, czech.registration, german.registration);
    const slot = (await openSlotsOfRequest(testDb.db, request))[0];
    const booked = await withTestSession(german.user, () => bookMeetingSlotAction({ requestId: request.id, slotStart: slot.start }));
    const meetingId = booked.ok ? booked.data.meetingId : "";
    const feedback = (who: typeof czech, outcome: "COOPERATION_LIKELY" | "INFORMATIVE", note = "") =>
      withTestSession(who.user, () => recordMeetingFeedbackAction({ meetingId, registrationId: who.registration.id, outcome, note }));

    expect(await feedback(czech, "INFORMATIVE")).toMatchObject({ ok: false, code: "conflict", formError: "Wie das Gespräch verlaufen ist, können Sie angeben, sobald es stattgefunden hat." });

    // The day is over.
    const shift = event.endsAt.getTime() - Date.now() + 2 * HOUR;
    await testDb.db.$executeRaw`UPDATE "Meeting" SET "startsAt" = "startsAt" - ${shift} * interval '1 millisecond', "endsAt" = "endsAt" - ${shift} * interval '1 millisecond' WHERE id = ${meetingId}`;

    expect(await feedback(czech, "INFORMATIVE")).toMatchObject({ ok: true });
    expect(await feedback(czech, "COOPERATION_LIKELY", "Muster bis März")).toMatchObject({ ok: true });
    expect(await feedback(german, "COOPERATION_LIKELY")).toMatchObject({ ok: true });
    // Another participant cannot speak for this meeting.
    const outsider = await join("Fremd GmbH");
    const foreign = await withTestSession(outsider.user, () =>
      recordMeetingFeedbackAction({ meetingId, registrationId: outsider.registration.id, outcome: "NO_INTEREST", note: "" }),
    );
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });

    const report = await outcomeReport(event.id);
    expect(report.total).toMatchObject({ COOPERATION_LIKELY: 2, INFORMATIVE: 0, total: 2 });
    expect(report.byPair).toEqual([{ key: "CZ–DE", counts: expect.objectContaining({ COOPERATION_LIKELY: 2, total: 2 }) }]);

    const csv = await withTestSession(organizer.user, () =>
      outcomesCsv(new Request(`http://localhost/api/organizer/events/${event.id}/outcomes?locale=en`), { params: Promise.resolve({ id: event.id }) }),
    );
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Start;Table;Company;Country;Met company;Its country;Country pair;Industries;Outcome;Note");
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.includes("Textil Liberec;CZ;Weberei Zittau;DE;CZ–DE;") && l.endsWith(";Cooperation likely;Muster bis März"))).toBe(true);
    const refused = await withTestSession(czech.user, () =>
      outcomesCsv(new Request(`http://localhost/api/organizer/events/${event.id}/outcomes`), { params: Promise.resolve({ id: event.id }) }),
    );
    expect(refused.status).toBe(404);
  });
});
