import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionErrorCode, ActionResult } from "@/lib/actions/safe-action";
import { withTestSession } from "@/lib/auth/test-session";
import { approveRegistrationAction } from "@/lib/events/actions/approve-registration";
import { cancelEventAction } from "@/lib/events/actions/cancel-event";
import { cancelRegistrationAction } from "@/lib/events/actions/cancel-registration";
import { checkInRegistrationAction } from "@/lib/events/actions/check-in-registration";
import { createEventAction } from "@/lib/events/actions/create-event";
import { deleteEventAction } from "@/lib/events/actions/delete-event";
import { publishEventAction } from "@/lib/events/actions/publish-event";
import { registerForEventAction } from "@/lib/events/actions/register-for-event";
import { rejectRegistrationAction } from "@/lib/events/actions/reject-registration";
import { updateEventAction } from "@/lib/events/actions/update-event";
import { editorValuesOf } from "@/lib/events/editor-defaults";
import { eventForEditor } from "@/lib/events/queries";
import { placeMeetingAction } from "@/lib/matchmaking/actions/place-meeting";
import { requestMeetingAction } from "@/lib/matchmaking/actions/request-meeting";
import { respondToMeetingAction } from "@/lib/matchmaking/actions/respond-to-meeting";
import { runSchedulerAction } from "@/lib/matchmaking/actions/run-scheduler";
import { setUnavailabilityAction } from "@/lib/matchmaking/actions/set-unavailability";
import { withdrawMeetingRequestAction } from "@/lib/matchmaking/actions/withdraw-meeting-request";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createCompany, createEvent, createOrganizer, editorInput, meetingRequest, registerDirectly } from "./support/events";

/**
 * Every event mutation, called by each kind of caller an event has: nobody signed in, a
 * company that is not registered, a registered participant, staff of another organizer, and
 * staff of the event's organizer. Each cell builds its own event, so cells cannot influence
 * each other. The last test fails when an event action exists without a row here.
 */
const ROLES = ["anonymous", "otherCompany", "participant", "otherOrganizer", "organizer"] as const;
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
  const actor = {
    anonymous: null,
    otherCompany: otherCompany.user,
    participant: participant.user,
    otherOrganizer: otherOrganizer.user,
    organizer: organizer.user,
  }[role];
  return { organizer, otherOrganizer, event, participant, partner, otherCompany, registration, partnerRegistration, actor };
}
type Fixture = Awaited<ReturnType<typeof buildFixture>>;

interface Row {
  action: (input: never) => Promise<ActionResult<unknown>>;
  input: (f: Fixture) => unknown;
  expect: Record<Role, Outcome>;
}
const row = <I,>(r: { action: (input: I) => Promise<ActionResult<unknown>>; input: (f: Fixture) => I | Promise<I>; expect: Record<Role, Outcome> }) =>
  r as unknown as Row;

const ORGANIZER_ONLY: Record<Role, Outcome> = {
  anonymous: "unauthorized",
  otherCompany: "forbidden",
  participant: "forbidden",
  otherOrganizer: "forbidden",
  organizer: "ok",
};
const PARTICIPANT_ONLY: Record<Role, Outcome> = {
  anonymous: "unauthorized",
  otherCompany: "forbidden",
  participant: "ok",
  otherOrganizer: "forbidden",
  organizer: "forbidden",
};

const draftOf = async (f: Fixture) => createEvent(f.organizer.org.id, { status: "DRAFT" });
const pendingRegistration = async (f: Fixture) => registerDirectly(f.event.id, await createCompany(), { status: "PENDING" });

const MATRIX: Record<string, Row> = {
  createEventAction: row({ action: createEventAction, input: (f) => editorInput(f.organizer.org.id), expect: ORGANIZER_ONLY }),
  updateEventAction: row({
    action: updateEventAction,
    input: async (f) => ({ ...editorValuesOf((await eventForEditor(f.event.id))!), titleEn: "Matchmaking day" }) as never,
    expect: ORGANIZER_ONLY,
  }),
  publishEventAction: row({ action: publishEventAction, input: async (f) => ({ eventId: (await draftOf(f)).id }), expect: ORGANIZER_ONLY }),
  cancelEventAction: row({ action: cancelEventAction, input: (f) => ({ eventId: f.event.id }), expect: ORGANIZER_ONLY }),
  deleteEventAction: row({ action: deleteEventAction, input: async (f) => ({ eventId: (await draftOf(f)).id }), expect: ORGANIZER_ONLY }),
  approveRegistrationAction: row({
    action: approveRegistrationAction,
    input: async (f) => ({ registrationId: (await pendingRegistration(f)).id }),
    expect: ORGANIZER_ONLY,
  }),
  rejectRegistrationAction: row({
    action: rejectRegistrationAction,
    input: async (f) => ({ registrationId: (await pendingRegistration(f)).id }),
    expect: ORGANIZER_ONLY,
  }),
  checkInRegistrationAction: row({
    action: checkInRegistrationAction,
    input: (f) => ({ registrationId: f.registration.id, checkedIn: true }),
    expect: ORGANIZER_ONLY,
  }),
  runSchedulerAction: row({ action: runSchedulerAction, input: (f) => ({ eventId: f.event.id, mode: "all" as const }), expect: ORGANIZER_ONLY }),
  placeMeetingAction: row({
    action: placeMeetingAction,
    input: async (f) => ({
      requestId: (await meetingRequest(f.event.id, f.registration, f.partnerRegistration, "ACCEPTED")).id,
      slotStart: f.event.startsAt.getTime(),
      tableNumber: 2,
    }),
    expect: ORGANIZER_ONLY,
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
    expect: { anonymous: "unauthorized", otherCompany: "ok", participant: "forbidden", otherOrganizer: "forbidden", organizer: "forbidden" },
  }),
  cancelRegistrationAction: row({ action: cancelRegistrationAction, input: (f) => ({ registrationId: f.registration.id }), expect: PARTICIPANT_ONLY }),
  requestMeetingAction: row({
    action: requestMeetingAction,
    input: (f) => ({ fromRegistrationId: f.registration.id, toRegistrationId: f.partnerRegistration.id, message: "Gern ein Gespräch über Zulieferteile." }),
    expect: PARTICIPANT_ONLY,
  }),
  respondToMeetingAction: row({
    action: respondToMeetingAction,
    input: async (f) => ({ requestId: (await meetingRequest(f.event.id, f.partnerRegistration, f.registration)).id, accept: true }),
    expect: PARTICIPANT_ONLY,
  }),
  withdrawMeetingRequestAction: row({
    action: withdrawMeetingRequestAction,
    input: async (f) => ({ requestId: (await meetingRequest(f.event.id, f.registration, f.partnerRegistration)).id }),
    expect: PARTICIPANT_ONLY,
  }),
  setUnavailabilityAction: row({
    action: setUnavailabilityAction,
    input: (f) => ({ registrationId: f.registration.id, periods: [] }),
    expect: PARTICIPANT_ONLY,
  }),
};

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
    const result = await withTestSession(f.actor, () => r.action(input as never));
    expect({ outcome: result.ok ? "ok" : result.code, error: result.ok ? null : (result.formError ?? result.fieldErrors) }).toMatchObject({
      outcome: expected,
    });
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
