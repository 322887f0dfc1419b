// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { withTestSession } from "@/lib/auth/test-session";
import { checkInAttendeeAction } from "@/lib/events/actions/check-in-attendee";
import { registerForEventAction } from "@/lib/events/actions/register-for-event";
import { undoAttendeeCheckInAction } from "@/lib/events/actions/undo-attendee-check-in";
import { checkInBoard } from "@/lib/events/attendee-queries";
import { formatCheckInCode } from "@/lib/events/check-in-code";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { GET as organizerBadges } from "@/app/api/organizer/events/[id]/badges/route";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createCompany, createEvent, createOrganizer } from "./support/events";

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

/** An organizer's event with one company that registered two people through the form. */
async function eventWithTwoPeople() {
  const organizer = await createOrganizer();
  const event = await createEvent(organizer.org.id, { capacity: 20 });
  const company = await createCompany({ name: "Sklárna Kamenický Šenov", locale: "cs", country: "CZ" });
  const registered = await withTestSession(
    company.user,
    () =>
      registerForEventAction({
        eventId: event.id,
        organizationId: company.org.id,
        participantName: "Jana Nováková",
        colleagues: "Petr Dvořák\n",
        languages: ["cs", "de"],
        note: "",
        lookingFor: "",
        listed: true,
      }),
    { locale: "cs" },
  );
  expect(registered).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });
  const attendees = await testDb.db.eventAttendee.findMany({ where: { eventId: event.id }, orderBy: { createdAt: "asc" } });
  return { organizer, event, company, attendees };
}

const checkIn = (user: { id: string }, eventId: string, code: string) =>
  withTestSession(user, () => checkInAttendeeAction({ eventId, code }), { locale: "de" });

describe("check-in codes", () => {
  it("gives every person of a registration an own random code, mailed with its QR code", async () => {
    const { company, attendees } = await eventWithTwoPeople();
    expect(attendees.map((a) => a.name)).toEqual(["Jana Nováková", "Petr Dvořák"]);
    const [jana, petr] = attendees;
    expect(jana.checkInCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(jana.checkInCode).not.toBe(petr.checkInCode);
    expect(jana.checkInCode).not.toContain(jana.id);

    const email = (await testDb.db.user.findUniqueOrThrow({ where: { id: company.user.id } })).email;
    const mail = await capture.waitForMail(email, (m) => m.text.includes(formatCheckInCode(jana.checkInCode)));
    expect(mail.text).toContain(`Petr Dvořák: ${formatCheckInCode(petr.checkInCode)}`);
    const pngs = mail.parsed.attachments.filter((a) => a.contentType === "image/png");
    expect(pngs).toHaveLength(2);
    expect(pngs[0].content.subarray(1, 4).toString()).toBe("PNG");
  });

  it("checks a person in once: a typed code in any spelling works, the second use is refused", async () => {
    const { organizer, event, attendees } = await eventWithTwoPeople();
    const [jana, petr] = attendees;
    const typed = formatCheckInCode(jana.checkInCode).toLowerCase();
    expect(await checkIn(organizer.user, event.id, typed)).toMatchObject({
      ok: true,
      data: { name: "Jana Nováková", company: "Sklárna Kamenický Šenov" },
    });
    expect(await checkIn(organizer.user, event.id, jana.checkInCode)).toMatchObject({
      ok: false,
      code: "conflict",
      formError: "Jana Nováková (Sklárna Kamenický Šenov) ist schon eingecheckt. Der Code wurde bereits verwendet.",
    });
    const board = await checkInBoard(event.id);
    expect(board.arrived.map((a) => a.name)).toEqual(["Jana Nováková"]);
    expect(board.missing.map((a) => a.name)).toEqual(["Petr Dvořák"]);
    // The company counts as arrived with its first person.
    expect((await testDb.db.eventRegistration.findUniqueOrThrow({ where: { id: jana.registrationId } })).checkedInAt).not.toBeNull();

    const audit = await testDb.db.auditLog.findMany({ where: { entityId: jana.id }, select: { action: true, actorUserId: true } });
    expect(audit).toEqual([{ action: "event.attendee.checkIn", actorUserId: organizer.user.id }]);

    // Undone, the code works again; the company is no longer counted as arrived.
    expect(await withTestSession(organizer.user, () => undoAttendeeCheckInAction({ attendeeId: jana.id }))).toMatchObject({ ok: true });
    expect((await testDb.db.eventRegistration.findUniqueOrThrow({ where: { id: jana.registrationId } })).checkedInAt).toBeNull();
    expect(await checkIn(organizer.user, event.id, jana.checkInCode)).toMatchObject({ ok: true });
    expect(await withTestSession(organizer.user, () => undoAttendeeCheckInAction({ attendeeId: petr.id }), { locale: "en" })).toMatchObject({
      ok: false,
      formError: "This person is not checked in.",
    });
  });

  it("refuses codes of another event, unknown codes and text that is no code, in the organizer's language", async () => {
    const first = await eventWithTwoPeople();
    const other = await eventWithTwoPeople();
    // The organizer of the first event scans a badge of the second.
    const scanned = await withTestSession(first.organizer.user, () => checkInAttendeeAction({ eventId: first.event.id, code: other.attendees[0].checkInCode }), {
      locale: "cs",
    });
    expect(scanned).toMatchObject({ ok: false, formError: "Tento kód patří k jiné akci." });
    expect(await testDb.db.eventAttendee.count({ where: { eventId: other.event.id, checkedInAt: { not: null } } })).toBe(0);

    expect(await checkIn(first.organizer.user, first.event.id, "ZZZZ-ZZZZ-ZZZZ")).toMatchObject({
      ok: false,
      formError: "Diesen Code gibt es nicht. Bitte die Eingabe prüfen.",
    });
    expect(await checkIn(first.organizer.user, first.event.id, "https://example.org/")).toMatchObject({
      ok: false,
      code: "validation",
    });
  });

  it("under concurrency a code is used exactly once", async () => {
    const { organizer, event, attendees } = await eventWithTwoPeople();
    const code = attendees[1].checkInCode;
    const results = await Promise.all(Array.from({ length: 8 }, () => checkIn(organizer.user, event.id, code)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(7);
    expect(await testDb.db.auditLog.count({ where: { entityId: attendees[1].id, action: "event.attendee.checkIn" } })).toBe(1);
  });

  it("prints everyone's badges for the organizer as A6 pages or label sheets of eight", async () => {
    const { organizer, event } = await eventWithTwoPeople();
    const get = (layout: string) =>
      withTestSession(organizer.user, () =>
        organizerBadges(new Request(`http://localhost/api/organizer/events/${event.id}/badges?layout=${layout}`), { params: Promise.resolve({ id: event.id }) }),
      );
    const a6 = await get("a6");
    expect(a6.headers.get("content-type")).toBe("application/pdf");
    const a6Pdf = await PDFDocument.load(await a6.arrayBuffer());
    expect(a6Pdf.getPageCount()).toBe(2);
    expect(a6Pdf.getPage(0).getSize().width).toBeCloseTo(297.6, 0);
    const labels = await PDFDocument.load(await (await get("labels")).arrayBuffer());
    expect(labels.getPageCount()).toBe(1);
    expect(labels.getPage(0).getSize().height).toBeCloseTo(841.9, 0);

    const stranger = await createCompany();
    const refused = await withTestSession(stranger.user, () =>
      organizerBadges(new Request(`http://localhost/api/organizer/events/${event.id}/badges`), { params: Promise.resolve({ id: event.id }) }),
    );
    expect(refused.status).toBe(404);
  });
});
