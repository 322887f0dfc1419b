// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionErrorCode, ActionResult } from "@/lib/actions/safe-action";
import { withTestSession } from "@/lib/auth/test-session";
import { approveRegistrationAction } from "@/lib/events/actions/approve-registration";
import { cancelEventAction } from "@/lib/events/actions/cancel-event";
import { cancelRegistrationAction } from "@/lib/events/actions/cancel-registration";
import { checkInAttendeeAction } from "@/lib/events/actions/check-in-attendee";
import { checkInRegistrationAction } from "@/lib/events/actions/check-in-registration";
import { importParticipantsAction } from "@/lib/events/actions/import-participants";
import { undoAttendeeCheckInAction } from "@/lib/events/actions/undo-attendee-check-in";
import { generateCheckInCode } from "@/lib/events/check-in-code";
import { createEventAction } from "@/lib/events/actions/create-event";
import { deleteEventAction } from "@/lib/events/actions/delete-event";
import { publishEventAction } from "@/lib/events/actions/publish-event";
import { registerForEventAction } from "@/lib/events/actions/register-for-event";
import { rejectRegistrationAction } from "@/lib/events/actions/reject-registration";
import { updateEventAction } from "@/lib/events/actions/update-event";
import { editorValuesOf } from "@/lib/events/editor-defaults";
import { eventForEditor } from "@/lib/events/queries";
import { bookMeetingSlotAction } from "@/lib/matchmaking/actions/book-meeting-slot";
import { recordMeetingFeedbackAction } from "@/lib/matchmaking/actions/record-meeting-feedback";
import { setMeetingLinkAction } from "@/lib/matchmaking/actions/set-meeting-link";
import { setParticipantTypeAction } from "@/lib/matchmaking/actions/set-participant-type";
import { updateMatchmakingSettingsAction } from "@/lib/matchmaking/actions/update-matchmaking-settings";
import { placeMeetingAction } from "@/lib/matchmaking/actions/place-meeting";
import { requestMeetingAction } from "@/lib/matchmaking/actions/request-meeting";
import { respondToMeetingAction } from "@/lib/matchmaking/actions/respond-to-meeting";
import { runSchedulerAction } from "@/lib/matchmaking/actions/run-scheduler";
import { setUnavailabilityAction } from "@/lib/matchmaking/actions/set-unavailability";
import { withdrawMeetingRequestAction } from "@/lib/matchmaking/actions/withdraw-meeting-request";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { withUnknownId } from "./authorization/matrix";
import { createUser } from "./support/accounts";
import { createCompany, createEvent, createOrganizer, editorInput, meetingRequest, registerDirectly } from "./support/events";

/**
 * Every event mutation, called by each kind of caller an event has: nobody signed in, a
 * company that is not registered, a registered participant, staff of another organizer, staff
 * of the event's organizer, and a platform admin. Each cell builds its own event, so cells
 * cannot influence each other. Every refusal is also asked for with an id that names nothing
 * and must read the same, so nobody learns of other organizers' drafts, registrations or
 * meeting requests. The last test fails when an event action exists without a row here.
 */
const ROLES = ["anonymous", "otherCompany", "participant", "otherOrganizer", "organizer", "admin"] as const;
type Role = (typeof ROLES)[number];
type Outcome = "ok" | ActionErrorCode;

async function buildFixture(role: Role) {
  const organizer = await createOrganizer("Veranstalter");
  const otherOrganizer = await createOrganizer("Fremdkammer");
  const event = await createEvent(organizer.org.id);
  const participant = await createCompany({ name: "Teilnehmer" });
  const partner = await createCompany({ name: "Partner" });
  const otherCompany = await createCompany({ name: "Unbeteiligt" });
  const registration = await registerDirectly(event.id, participant);
  const partnerRegistration = await registerDirectly(event.id, partner);
  const admin = await createUser({ name: "Ada Admin" });
  await testDb.db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
  const actor = {
    anonymous: null,
    otherCompany: otherCompany.user,
    participant: participant.user,
    otherOrganizer: otherOrganizer.user,
    organizer: organizer.user,
    admin,
  }[role];
  return { organizer, otherOrganizer, event, participant, partner, otherCompany, registration, partnerRegistration, actor };
}
type Fixture = Awaited<ReturnType<typeof buildFixture>>;

interface Row {
  action: (input: never) => Promise<ActionResult<unknown>>;
  input: (f: Fixture) => unknown;
  expect: Record<Role, Outcome>;
  /** The input field with the id of the event, registration or request acted on. */
  hidden: string;
  /** Called by the unregistered company in its own name, with the event's or a participant's id. */
  mixed?: { input: (f: Fixture) => unknown; hidden: string };
}
const row = <I,>(r: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: (f: Fixture) => I | Promise<I>;
  expect: Record<Role, Outcome>;
  hidden: keyof NoInfer<I> & string;
  mixed?: { input: (f: Fixture) => NoInfer<I> | Promise<NoInfer<I>>; hidden: keyof NoInfer<I> & string };
}) => r as unknown as Row;

// Platform admins may do all an organizer does; to everyone else the event's things do not exist.
const ORGANIZER_ONLY: Record<Role, Outcome> = {
  anonymous: "unauthorized",
  otherCompany: "not_found",
  participant: "not_found",
  otherOrganizer: "not_found",
  organizer: "ok",
  admin: "ok",
};
// Acting for the participant speaks in its name: nobody outside it, platform admins included.
const PARTICIPANT_ONLY: Record<Role, Outcome> = {
  anonymous: "unauthorized",
  otherCompany: "not_found",
  participant: "ok",
  otherOrganizer: "not_found",
  organizer: "not_found",
  admin: "not_found",
};

/** A person of the participant's registration, with the code on their badge. */
const attendeeOf = (f: Fixture, checkedInAt: Date | null = null) =>
  testDb.db.eventAttendee.create({
    data: { registrationId: f.registration.id, eventId: f.event.id, name: "Jana Nováková", checkInCode: generateCheckInCode(), checkedInAt },
  });

/** A one-row list registering a company that has a profile but no registration yet. */
function importForm(eventId: string, ico: string) {
  const form = new FormData();
  form.set("eventId", eventId);
  form.set("file", new File([`ičo;participant\n${ico};Jana Nováková\n`], "list.csv"));
  form.set("commit", "1");
  return form;
}

const draftOf = async (f: Fixture) => createEvent(f.organizer.org.id, { status: "DRAFT" });
/** An accepted request of the participant with a meeting that has already taken place. */
async function pastMeeting(f: Fixture) {
  const request = await meetingRequest(f.event.id, f.partnerRegistration, f.registration, "ACCEPTED");
  const startsAt = new Date(Date.now() - 3 * 3_600_000);
  return testDb.db.meeting.create({
    data: { eventId: f.event.id, requestId: request.id, startsAt, endsAt: new Date(startsAt.getTime() + 20 * 60_000), tableNumber: 1 },
  });
}
const pendingRegistration = async (f: Fixture) => registerDirectly(f.event.id, await createCompany(), { status: "PENDING" });

const MATRIX: Record<string, Row> = {
  // Naming the organizer itself is forbidden to outsiders: organizers are public.
  createEventAction: row({
    action: createEventAction,
    input: (f) => editorInput(f.organizer.org.id),
    expect: { ...ORGANIZER_ONLY, otherCompany: "forbidden", participant: "forbidden", otherOrganizer: "forbidden" },
    hidden: "organizerId",
  }),
  updateEventAction: row({
    action: updateEventAction,
    input: async (f) => ({ ...editorValuesOf((await eventForEditor(f.event.id))!), titleEn: "Matchmaking day" }) as never,
    expect: ORGANIZER_ONLY,
    hidden: "eventId" as never,
  }),
  publishEventAction: row({
    action: publishEventAction,
    input: async (f) => ({ eventId: (await draftOf(f)).id }),
    expect: ORGANIZER_ONLY,
    hidden: "eventId",
  }),
  cancelEventAction: row({ action: cancelEventAction, input: (f) => ({ eventId: f.event.id }), expect: ORGANIZER_ONLY, hidden: "eventId" }),
  deleteEventAction: row({
    action: deleteEventAction,
    input: async (f) => ({ eventId: (await draftOf(f)).id }),
    expect: ORGANIZER_ONLY,
    hidden: "eventId",
  }),
  approveRegistrationAction: row({
    action: approveRegistrationAction,
    input: async (f) => ({ registrationId: (await pendingRegistration(f)).id }),
    expect: ORGANIZER_ONLY,
    hidden: "registrationId",
  }),
  rejectRegistrationAction: row({
    action: rejectRegistrationAction,
    input: async (f) => ({ registrationId: (await pendingRegistration(f)).id }),
    expect: ORGANIZER_ONLY,
    hidden: "registrationId",
  }),
  checkInRegistrationAction: row({
    action: checkInRegistrationAction,
    input: (f) => ({ registrationId: f.registration.id, checkedIn: true }),
    expect: ORGANIZER_ONLY,
    hidden: "registrationId",
  }),
  checkInAttendeeAction: row({
    action: checkInAttendeeAction,
    input: async (f) => ({ eventId: f.event.id, code: (await attendeeOf(f)).checkInCode }),
    expect: ORGANIZER_ONLY,
    hidden: "eventId",
  }),
  undoAttendeeCheckInAction: row({
    action: undoAttendeeCheckInAction,
    input: async (f) => ({ attendeeId: (await attendeeOf(f, new Date())).id }),
    expect: ORGANIZER_ONLY,
    hidden: "attendeeId",
  }),
  importParticipantsAction: row({
    action: importParticipantsAction,
    input: async (f) => {
      // Found by register number: every cell has a company of the same name.
      const ico = f.otherCompany.org.id.slice(-8).toUpperCase();
      await testDb.db.organization.update({ where: { id: f.otherCompany.org.id }, data: { ico } });
      return importForm(f.event.id, ico);
    },
    expect: ORGANIZER_ONLY,
    hidden: "eventId" as never,
  }),
  runSchedulerAction: row({
    action: runSchedulerAction,
    input: (f) => ({ eventId: f.event.id, mode: "all" as const }),
    expect: ORGANIZER_ONLY,
    hidden: "eventId",
  }),
  placeMeetingAction: row({
    action: placeMeetingAction,
    input: async (f) => ({
      requestId: (await meetingRequest(f.event.id, f.registration, f.partnerRegistration, "ACCEPTED")).id,
      slotStart: f.event.startsAt.getTime(),
      tableNumber: 2,
    }),
    expect: ORGANIZER_ONLY,
    hidden: "requestId",
  }),
  updateMatchmakingSettingsAction: row({
    action: updateMatchmakingSettingsAction,
    input: (f) => ({
      eventId: f.event.id,
      bookingMode: "PICK_SLOT" as const,
      format: "HYBRID" as const,
      meetingLinkPattern: "https://meet.example.org/{event}-{meeting}",
      maxMeetings: 6,
      maxMeetingsBuyer: null,
      maxMeetingsSupplier: 4,
      requestExpiryHours: 48,
      pendingReminderHours: 24,
    }),
    expect: ORGANIZER_ONLY,
    hidden: "eventId",
  }),
  setMeetingLinkAction: row({
    action: setMeetingLinkAction,
    input: async (f) => ({ meetingId: (await pastMeeting(f)).id, onlineUrl: "https://meet.example.org/tisch-1" }),
    expect: ORGANIZER_ONLY,
    hidden: "meetingId",
  }),
  // Anyone may register a company they belong to, and only such a company.
  registerForEventAction: row({
    action: registerForEventAction,
    input: (f) => ({
      eventId: f.event.id,
      organizationId: f.otherCompany.org.id,
      participantName: "Uwe Unbeteiligt",
      languages: ["de" as const],
      note: "",
      lookingFor: "",
      listed: true,
    }),
    expect: {
      anonymous: "unauthorized",
      otherCompany: "ok",
      participant: "forbidden",
      otherOrganizer: "forbidden",
      organizer: "forbidden",
      admin: "forbidden",
    },
    hidden: "eventId",
    // A draft is as unknown as an id that names nothing.
    mixed: {
      input: async (f) => ({
        eventId: (await draftOf(f)).id,
        organizationId: f.otherCompany.org.id,
        participantName: "Uwe Unbeteiligt",
        languages: ["de" as const],
        note: "",
        lookingFor: "",
        listed: true,
      }),
      hidden: "eventId",
    },
  }),
  cancelRegistrationAction: row({
    action: cancelRegistrationAction,
    input: (f) => ({ registrationId: f.registration.id }),
    expect: PARTICIPANT_ONLY,
    hidden: "registrationId",
  }),
  requestMeetingAction: row({
    action: requestMeetingAction,
    input: (f) => ({ fromRegistrationId: f.registration.id, toRegistrationId: f.partnerRegistration.id, message: "Gern ein Gespräch über Zulieferteile." }),
    expect: PARTICIPANT_ONLY,
    hidden: "fromRegistrationId",
    // From the company's own registration at another event of the organizer to a participant here.
    mixed: {
      input: async (f) => {
        const own = await registerDirectly((await createEvent(f.organizer.org.id)).id, f.otherCompany);
        return { fromRegistrationId: own.id, toRegistrationId: f.registration.id, message: "Gern ein Gespräch." };
      },
      hidden: "toRegistrationId",
    },
  }),
  respondToMeetingAction: row({
    action: respondToMeetingAction,
    input: async (f) => ({ requestId: (await meetingRequest(f.event.id, f.partnerRegistration, f.registration)).id, accept: true }),
    expect: PARTICIPANT_ONLY,
    hidden: "requestId",
  }),
  withdrawMeetingRequestAction: row({
    action: withdrawMeetingRequestAction,
    input: async (f) => ({ requestId: (await meetingRequest(f.event.id, f.registration, f.partnerRegistration)).id }),
    expect: PARTICIPANT_ONLY,
    hidden: "requestId",
  }),
  bookMeetingSlotAction: row({
    action: bookMeetingSlotAction,
    input: async (f) => {
      await testDb.db.matchmakingSettings.create({ data: { eventId: f.event.id, bookingMode: "PICK_SLOT" } });
      return { requestId: (await meetingRequest(f.event.id, f.partnerRegistration, f.registration)).id, slotStart: f.event.startsAt.getTime() };
    },
    expect: PARTICIPANT_ONLY,
    hidden: "requestId",
  }),
  setParticipantTypeAction: row({
    action: setParticipantTypeAction,
    input: (f) => ({ registrationId: f.registration.id, participantType: "SUPPLIER" as const }),
    expect: PARTICIPANT_ONLY,
    hidden: "registrationId",
  }),
  recordMeetingFeedbackAction: row({
    action: recordMeetingFeedbackAction,
    input: async (f) => ({ meetingId: (await pastMeeting(f)).id, registrationId: f.registration.id, outcome: "INFORMATIVE" as const, note: "" }),
    expect: PARTICIPANT_ONLY,
    hidden: "registrationId",
  }),
  setUnavailabilityAction: row({
    action: setUnavailabilityAction,
    input: (f) => ({ registrationId: f.registration.id, periods: [] }),
    expect: PARTICIPANT_ONLY,
    hidden: "registrationId",
  }),
};

const REFUSALS: readonly Outcome[] = ["unauthorized", "forbidden", "not_found"];

function call(f: Fixture, r: Row, input: unknown) {
  return withTestSession(f.actor, () => r.action(input as never));
}

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

describe.each(Object.entries(MATRIX))("%s", (_name, r) => {
  it.each(ROLES.map((role) => [role, r.expect[role]] as const))("as %s → %s", async (role, expected) => {
    const f = await buildFixture(role);
    const input = await r.input(f);
    const result = await call(f, r, input);
    expect({ outcome: result.ok ? "ok" : result.code, error: result.ok ? null : (result.formError ?? result.fieldErrors) }).toMatchObject({
      outcome: expected,
    });
    // No refused caller belongs to the organization that holds the thing: none may tell it from nothing.
    if (REFUSALS.includes(expected)) expect(await call(f, r, withUnknownId(input, r.hidden))).toEqual(result);
  });
});

describe.each(Object.entries(MATRIX).filter(([, r]) => r.mixed))("%s by a company in its own name", (_name, r) => {
  it("answers for another's event or registration exactly as for an id nobody has", async () => {
    const f = await buildFixture("otherCompany");
    const input = await r.mixed!.input(f);
    const foreign = await call(f, r, input);
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    expect(await call(f, r, withUnknownId(input, r.mixed!.hidden))).toEqual(foreign);
  });
});

it("covers every server action of events and matchmaking", async () => {
  const { serverActionFiles } = await import("./authorization/matrix");
  const eventActions = serverActionFiles().filter((file) => /lib\/(events|matchmaking)\/actions\//.test(file));
  expect(eventActions.length).toBeGreaterThan(10);
  const missing: string[] = [];
  for (const file of eventActions) {
    for (const [name, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
      if (typeof value === "function" && MATRIX[name]?.action !== value) missing.push(name);
    }
  }
  expect(missing).toEqual([]);
});
