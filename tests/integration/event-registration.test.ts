// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { approveRegistrationAction } from "@/lib/events/actions/approve-registration";
import { cancelRegistrationAction } from "@/lib/events/actions/cancel-registration";
import { registerForEventAction } from "@/lib/events/actions/register-for-event";
import { rejectRegistrationAction } from "@/lib/events/actions/reject-registration";
import { updateEventAction } from "@/lib/events/actions/update-event";
import { editorValuesOf } from "@/lib/events/editor-defaults";
import { eventForEditor } from "@/lib/events/queries";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createCompany, createEvent, createOrganizer, registerDirectly } from "./support/events";

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

const registrationInput = (eventId: string, organizationId: string) => ({
  eventId,
  organizationId,
  participantName: "Jana Nováková",
  languages: ["cs" as const, "de" as const],
  note: "CNC-Fräsen",
  lookingFor: "Vertriebspartner",
  listed: true,
});

async function register(company: Awaited<ReturnType<typeof createCompany>>, eventId: string, locale: "de" | "cs" | "en" = "de") {
  return withTestSession(company.user, () => registerForEventAction(registrationInput(eventId, company.org.id)), { locale });
}

const statusOf = async (registrationId: string) =>
  (await testDb.db.eventRegistration.findUniqueOrThrow({ where: { id: registrationId } })).status;

describe("capacity under concurrency", () => {
  it("50 companies racing for the last 10 places: exactly 10 get one, 40 wait, nobody is lost", async () => {
    const { org } = await createOrganizer();
    const event = await createEvent(org.id, { capacity: 30, meetingsEnabled: false });
    for (let i = 0; i < 20; i++) await registerDirectly(event.id, await createCompany());
    const racers = await Promise.all(Array.from({ length: 50 }, (_, i) => createCompany({ name: `Racer ${i}` })));

    const results = await Promise.all(racers.map((c) => register(c, event.id)));

    expect(results.filter((r) => !r.ok)).toEqual([]);
    const statuses = results.map((r) => (r.ok ? r.data.status : "FAILED"));
    expect(statuses.filter((s) => s === "CONFIRMED")).toHaveLength(10);
    expect(statuses.filter((s) => s === "WAITLISTED")).toHaveLength(40);
    const fresh = await testDb.db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(fresh.seatsTaken).toBe(30);
    expect(await testDb.db.eventRegistration.count({ where: { eventId: event.id, status: { in: ["CONFIRMED", "PENDING"] } } })).toBe(30);
  }, 120_000);

  it("the database itself refuses a place beyond capacity, even when the application is bypassed", async () => {
    const { org } = await createOrganizer();
    const event = await createEvent(org.id, { capacity: 2, meetingsEnabled: false });
    await registerDirectly(event.id, await createCompany());
    await registerDirectly(event.id, await createCompany());
    await expect(registerDirectly(event.id, await createCompany())).rejects.toThrow(/Event_seats_within_capacity/);
    // Waiting does not hold a place, so it is allowed.
    await registerDirectly(event.id, await createCompany(), { status: "WAITLISTED" });
    expect((await testDb.db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(2);
  });
});

describe("waiting list", () => {
  it("moves the longest-waiting company up when a place is freed, and tells it in its language", async () => {
    const { org } = await createOrganizer();
    const event = await createEvent(org.id, { capacity: 1, meetingsEnabled: false });
    const first = await createCompany({ name: "Erste GmbH" });
    const second = await createCompany({ name: "Druhá s.r.o." });
    const third = await createCompany({ name: "Third Ltd" });
    const a = await register(first, event.id, "de");
    const b = await register(second, event.id, "cs");
    const c = await register(third, event.id, "en");
    expect([a, b, c].map((r) => r.ok && r.data.status)).toEqual(["CONFIRMED", "WAITLISTED", "WAITLISTED"]);
    const waitMail = await capture.waitForMail((await testDb.db.user.findUniqueOrThrow({ where: { id: second.user.id } })).email);
    expect(waitMail.subject).toBe("Čekací listina: Kooperační burza test");

    const cancelled = await withTestSession(first.user, () => cancelRegistrationAction({ registrationId: a.ok ? a.data.id : "" }));
    expect(cancelled).toMatchObject({ ok: true });

    expect(await statusOf(a.ok ? a.data.id : "")).toBe("CANCELLED");
    expect(await statusOf(b.ok ? b.data.id : "")).toBe("CONFIRMED");
    expect(await statusOf(c.ok ? c.data.id : "")).toBe("WAITLISTED");
    const email = (await testDb.db.user.findUniqueOrThrow({ where: { id: second.user.id } })).email;
    const promoted = await capture.waitForMail(email, (m) => m.subject.startsWith("Uvolnilo se místo"));
    expect(promoted.text).toContain("Druhá s.r.o. je nyní závazně přihlášena");
  });

  it("raising the capacity moves waiting companies up at once", async () => {
    const { user, org } = await createOrganizer();
    const event = await createEvent(org.id, { capacity: 1, meetingsEnabled: false });
    await register(await createCompany(), event.id);
    const waiting = await register(await createCompany(), event.id);
    expect(waiting).toMatchObject({ ok: true, data: { status: "WAITLISTED" } });
    const values = { ...editorValuesOf((await eventForEditor(event.id))!), capacity: 2 };
    const saved = await withTestSession(user, () => updateEventAction(values as never));
    expect(saved).toMatchObject({ ok: true });
    expect(await statusOf(waiting.ok ? waiting.data.id : "")).toBe("CONFIRMED");
  });

  it("refuses fewer places than are taken", async () => {
    const { user, org } = await createOrganizer();
    const event = await createEvent(org.id, { capacity: 3, meetingsEnabled: false });
    await register(await createCompany(), event.id);
    await register(await createCompany(), event.id);
    const values = { ...editorValuesOf((await eventForEditor(event.id))!), capacity: 1 };
    const result = await withTestSession(user, () => updateEventAction(values as never));
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { capacity: expect.stringContaining("2") } });
  });

  it("a company registers once; after cancelling it may register again", async () => {
    const { org } = await createOrganizer();
    const event = await createEvent(org.id, { meetingsEnabled: false });
    const company = await createCompany();
    const first = await register(company, event.id);
    expect(await register(company, event.id)).toMatchObject({ ok: false, code: "conflict" });
    await withTestSession(company.user, () => cancelRegistrationAction({ registrationId: first.ok ? first.data.id : "" }));
    expect(await register(company, event.id)).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });
  });

  it("refuses registration for drafts, cancelled events and after registration closed", async () => {
    const { org } = await createOrganizer();
    const draft = await createEvent(org.id, { status: "DRAFT" });
    const cancelled = await createEvent(org.id, { status: "CANCELLED" });
    const closed = await createEvent(org.id);
    await testDb.db.event.update({ where: { id: closed.id }, data: { registrationClosesAt: new Date(Date.now() - 60_000) } });
    const company = await createCompany();
    expect(await register(company, draft.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(await register(company, cancelled.id)).toMatchObject({ ok: false, code: "conflict" });
    expect(await register(company, closed.id)).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("approval", () => {
  it("holds a place as pending until the organizer approves; a rejection frees it for the waiting list", async () => {
    const { user: organizer, org } = await createOrganizer();
    const event = await createEvent(org.id, { capacity: 1, approvalRequired: true, meetingsEnabled: false });
    const applicant = await createCompany({ name: "Antragsteller GmbH" });
    const next = await createCompany({ name: "Nächste GmbH" });
    const pending = await register(applicant, event.id, "de");
    const waiting = await register(next, event.id, "en");
    expect(pending).toMatchObject({ ok: true, data: { status: "PENDING" } });
    expect(waiting).toMatchObject({ ok: true, data: { status: "WAITLISTED" } });
    const pendingId = pending.ok ? pending.data.id : "";
    const waitingId = waiting.ok ? waiting.data.id : "";

    // Only the organizer decides, not the applicant, who is told what any outsider would be.
    expect(await withTestSession(applicant.user, () => approveRegistrationAction({ registrationId: pendingId }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await withTestSession(organizer, () => approveRegistrationAction({ registrationId: pendingId }))).toMatchObject({ ok: true });
    expect(await statusOf(pendingId)).toBe("CONFIRMED");
    const applicantMail = (await testDb.db.user.findUniqueOrThrow({ where: { id: applicant.user.id } })).email;
    await capture.waitForMail(applicantMail, (m) => m.subject === "Anmeldung bestätigt: Kooperationsbörse Test");

    expect(await withTestSession(organizer, () => rejectRegistrationAction({ registrationId: pendingId }))).toMatchObject({ ok: true });
    expect(await statusOf(pendingId)).toBe("REJECTED");
    // With approval required, the company moving up waits for the organizer again.
    expect(await statusOf(waitingId)).toBe("PENDING");
    const nextMail = (await testDb.db.user.findUniqueOrThrow({ where: { id: next.user.id } })).email;
    const mail = await capture.waitForMail(nextMail, (m) => m.subject.startsWith("A place has become free"));
    expect(mail.text).toContain("the organizer still has to confirm");
    // A rejected company cannot simply register again.
    expect(await register(applicant, event.id)).toMatchObject({ ok: false, code: "conflict" });
  });
});
