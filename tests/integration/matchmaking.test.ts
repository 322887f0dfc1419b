// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { cancelRegistrationAction } from "@/lib/events/actions/cancel-registration";
import { requestMeetingAction } from "@/lib/matchmaking/actions/request-meeting";
import { respondToMeetingAction } from "@/lib/matchmaking/actions/respond-to-meeting";
import { runSchedulerAction } from "@/lib/matchmaking/actions/run-scheduler";
import { placeMeetingAction } from "@/lib/matchmaking/actions/place-meeting";
import { setUnavailabilityAction } from "@/lib/matchmaking/actions/set-unavailability";
import { withdrawMeetingRequestAction } from "@/lib/matchmaking/actions/withdraw-meeting-request";
import { dateToLocalInput } from "@/lib/events/local-time";
import { agendaOf } from "@/lib/matchmaking/queries";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { GET as agendaIcs } from "@/app/api/events/[slug]/agenda/ics/route";
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

const MIN = 60_000;

async function matchmakingDay(options: { tableCount?: number } = {}) {
  const organizer = await createOrganizer();
  const event = await createEvent(organizer.org.id, { tableCount: options.tableCount ?? 5 });
  const join = async (name: string, languages: string[], locale = "de") => {
    const company = await createCompany({ name, locale });
    const registration = await registerDirectly(event.id, company, { languages, locale, name: `${name} Person` });
    return { ...company, registration };
  };
  return { organizer, event, join };
}

describe("meeting requests", () => {
  it("one company asks, the other accepts, the scheduler gives both the same slot and table", async () => {
    const { organizer, event, join } = await matchmakingDay();
    const czech = await join("Sklárna Nový Bor", ["cs"], "cs");
    const german = await join("Glashütte Freital", ["de"], "de");

    const asked = await withTestSession(czech.user, () =>
      requestMeetingAction({ fromRegistrationId: czech.registration.id, toRegistrationId: german.registration.id, message: "Hledáme odběratele skla." }),
    );
    expect(asked).toMatchObject({ ok: true });
    const requestId = asked.ok ? asked.data.requestId : "";
    const germanEmail = (await testDb.db.user.findUniqueOrThrow({ where: { id: german.user.id } })).email;
    const mail = await capture.waitForMail(germanEmail, (m) => m.subject === "Gesprächsanfrage von Sklárna Nový Bor");
    expect(mail.text).toContain("Hledáme odběratele skla.");

    // Asking twice, or asking back, is refused with a reason.
    expect(
      await withTestSession(czech.user, () =>
        requestMeetingAction({ fromRegistrationId: czech.registration.id, toRegistrationId: german.registration.id, message: "Noch einmal bitte." }),
      ),
    ).toMatchObject({ ok: false, code: "conflict" });
    expect(
      await withTestSession(german.user, () =>
        requestMeetingAction({ fromRegistrationId: german.registration.id, toRegistrationId: czech.registration.id, message: "Treffen wir uns?" }),
      ),
    ).toMatchObject({ ok: false, code: "conflict" });

    expect(await withTestSession(german.user, () => respondToMeetingAction({ requestId, accept: true }))).toMatchObject({ ok: true });
    const czechEmail = (await testDb.db.user.findUniqueOrThrow({ where: { id: czech.user.id } })).email;
    await capture.waitForMail(czechEmail, (m) => m.subject === "Firma Glashütte Freital přijala vaši žádost o schůzku");

    const run = await withTestSession(organizer.user, () => runSchedulerAction({ eventId: event.id, mode: "open" }));
    expect(run).toMatchObject({ ok: true, data: { placed: 1, unscheduled: [] } });

    const [mine, theirs] = await Promise.all([agendaOf(czech.registration.id), agendaOf(german.registration.id)]);
    expect(mine!.meetings).toHaveLength(1);
    expect(theirs!.meetings).toHaveLength(1);
    expect(mine!.meetings[0]).toMatchObject({ startsAt: theirs!.meetings[0].startsAt, tableNumber: theirs!.meetings[0].tableNumber });
    // Czech only meets German only: somebody has to interpret.
    expect(mine!.meetings[0].interpreter).toBe(true);

    // The agenda as a calendar file, for the signed-in participant only.
    const url = `http://localhost/api/events/${event.slug}/agenda/ics?locale=cs`;
    const ics = await withTestSession(czech.user, () => agendaIcs(new Request(url), { params: Promise.resolve({ slug: event.slug }) }));
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    const body = await ics.text();
    expect(body).toContain("BEGIN:VEVENT");
    expect(body).toContain("SUMMARY;LANGUAGE=cs:B2B schůzka: Glashütte Freital");
    expect(body).toContain(`DTSTART:${mine!.meetings[0].startsAt.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
    const outsider = await createCompany();
    const refused = await withTestSession(outsider.user, () => agendaIcs(new Request(url), { params: Promise.resolve({ slug: event.slug }) }));
    expect(refused.status).toBe(404);
    const anonymous = await withTestSession(null, () => agendaIcs(new Request(url), { params: Promise.resolve({ slug: event.slug }) }));
    expect(anonymous.status).toBe(401);
  });

  it("cancelling an accepted meeting frees the slot; leaving the event takes all requests along", async () => {
    const { organizer, event, join } = await matchmakingDay();
    const a = await join("Alpha", ["de"]);
    const b = await join("Beta", ["de"]);
    const c = await join("Gamma", ["de"]);
    const ab = await meetingRequest(event.id, a.registration, b.registration, "ACCEPTED");
    const ac = await meetingRequest(event.id, a.registration, c.registration, "PENDING");
    await withTestSession(organizer.user, () => runSchedulerAction({ eventId: event.id, mode: "open" }));
    expect(await testDb.db.meeting.count({ where: { requestId: ab.id } })).toBe(1);

    expect(await withTestSession(b.user, () => withdrawMeetingRequestAction({ requestId: ab.id }))).toMatchObject({ ok: true });
    expect(await testDb.db.meeting.count({ where: { requestId: ab.id } })).toBe(0);
    expect((await testDb.db.meetingRequest.findUniqueOrThrow({ where: { id: ab.id } })).status).toBe("CANCELLED");

    await withTestSession(a.user, () => cancelRegistrationAction({ registrationId: a.registration.id }));
    expect((await testDb.db.meetingRequest.findUniqueOrThrow({ where: { id: ac.id } })).status).toBe("WITHDRAWN");
  });

  it("the scheduler honours unavailable times and reports what does not fit", async () => {
    // One table and three 20-minute slots (09:00, 09:20, 09:40).
    const { organizer, event, join } = await matchmakingDay({ tableCount: 1 });
    const busy = await join("Busy", ["de"]);
    const others = await Promise.all(["B", "C", "D", "E"].map((n) => join(n, ["de"])));
    for (const o of others) await meetingRequest(event.id, busy.registration, o.registration, "ACCEPTED");
    // Busy is away for the first slot.
    const away = { startsAt: dateToLocalInput(event.startsAt), endsAt: dateToLocalInput(new Date(event.startsAt.getTime() + 20 * MIN)) };
    expect(await withTestSession(busy.user, () => setUnavailabilityAction({ registrationId: busy.registration.id, periods: [away] }))).toMatchObject({
      ok: true,
    });

    const run = await withTestSession(organizer.user, () => runSchedulerAction({ eventId: event.id, mode: "all" }));
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.data.placed).toBe(2);
    expect(run.data.unscheduled).toHaveLength(2);
    const meetings = await testDb.db.meeting.findMany({ where: { eventId: event.id } });
    expect(meetings.every((m) => m.startsAt.getTime() >= event.startsAt.getTime() + 20 * MIN)).toBe(true);
    const reasons = await testDb.db.meetingRequest.findMany({ where: { eventId: event.id, unscheduledReason: { not: null } } });
    expect(reasons).toHaveLength(2);
    expect(reasons.every((r) => r.unscheduledReason === "PARTICIPANT_BUSY")).toBe(true);
  });

  it("the organizer moves a meeting by hand; a slot already taken is refused by the database", async () => {
    const { organizer, event, join } = await matchmakingDay({ tableCount: 2 });
    const a = await join("A", ["de"]);
    const b = await join("B", ["de"]);
    const c = await join("C", ["de"]);
    const ab = await meetingRequest(event.id, a.registration, b.registration, "ACCEPTED");
    const ac = await meetingRequest(event.id, a.registration, c.registration, "ACCEPTED");
    const slot0 = event.startsAt.getTime();
    const slot1 = slot0 + 20 * MIN;

    const place = (requestId: string, slotStart: number, tableNumber: number) =>
      withTestSession(organizer.user, () => placeMeetingAction({ requestId, slotStart, tableNumber }));
    expect(await place(ab.id, slot0, 1)).toMatchObject({ ok: true });
    // A is already in a meeting at 09:00, even at another table.
    expect(await place(ac.id, slot0, 2)).toMatchObject({ ok: false, code: "conflict" });
    expect(await place(ac.id, slot1, 1)).toMatchObject({ ok: true });
    // Off the slot grid and beyond the tables are input errors.
    expect(await place(ac.id, slot0 + 5 * MIN, 1)).toMatchObject({ ok: false, code: "validation", fieldErrors: { slotStart: expect.any(String) } });
    expect(await place(ac.id, slot1, 3)).toMatchObject({ ok: false, code: "validation", fieldErrors: { tableNumber: expect.any(String) } });
    const moved = await testDb.db.meeting.findFirstOrThrow({ where: { requestId: ac.id } });
    expect(moved).toMatchObject({ tableNumber: 1, pinned: true });
    expect(moved.startsAt.getTime()).toBe(slot1);

    // A later "re-plan all" keeps meetings placed by hand.
    await withTestSession(organizer.user, () => runSchedulerAction({ eventId: event.id, mode: "all" }));
    expect((await testDb.db.meeting.findFirstOrThrow({ where: { requestId: ac.id } })).startsAt.getTime()).toBe(slot1);
  });
});

describe("no double booking in the database", () => {
  async function setup() {
    const { event, join } = await matchmakingDay();
    const [a, b, c, d] = await Promise.all(["A", "B", "C", "D"].map((n) => join(n, ["de"])));
    const ab = await meetingRequest(event.id, a.registration, b.registration, "ACCEPTED");
    const ac = await meetingRequest(event.id, a.registration, c.registration, "ACCEPTED");
    const cd = await meetingRequest(event.id, c.registration, d.registration, "ACCEPTED");
    const at = (minutes: number) => new Date(event.startsAt.getTime() + minutes * MIN);
    const insert = (requestId: string, from: number, table: number) =>
      testDb.db.meeting.create({ data: { eventId: event.id, requestId, startsAt: at(from), endsAt: at(from + 20), tableNumber: table } });
    return { ab, ac, cd, insert };
  }

  it("rejects a participant in two meetings at once, also when the times only overlap", async () => {
    const { ab, ac, insert } = await setup();
    await insert(ab.id, 0, 1);
    await expect(insert(ac.id, 0, 2)).rejects.toThrow(/meeting_claims_no_overlap/);
    await expect(insert(ac.id, 10, 2)).rejects.toThrow(/meeting_claims_no_overlap/);
    await expect(insert(ac.id, 20, 2)).resolves.toBeTruthy();
  });

  it("rejects a table used twice at once", async () => {
    const { ab, cd, insert } = await setup();
    await insert(ab.id, 0, 1);
    await expect(insert(cd.id, 0, 1)).rejects.toThrow(/meeting_claims_no_overlap/);
    await expect(insert(cd.id, 0, 2)).resolves.toBeTruthy();
  });

  it("rejects moving a meeting onto a taken table with a plain UPDATE", async () => {
    const { ab, cd, insert } = await setup();
    await insert(ab.id, 0, 1);
    const other = await insert(cd.id, 0, 2);
    await expect(testDb.db.meeting.update({ where: { id: other.id }, data: { tableNumber: 1 } })).rejects.toThrow(/meeting_claims_no_overlap/);
  });
});
