import { expect } from "vitest";
import { approveRegistrationAction } from "../../../lib/events/actions/approve-registration";
import { cancelEventAction } from "../../../lib/events/actions/cancel-event";
import { cancelRegistrationAction } from "../../../lib/events/actions/cancel-registration";
import { checkInRegistrationAction } from "../../../lib/events/actions/check-in-registration";
import { createEventAction } from "../../../lib/events/actions/create-event";
import { deleteEventAction } from "../../../lib/events/actions/delete-event";
import { publishEventAction } from "../../../lib/events/actions/publish-event";
import { registerForEventAction } from "../../../lib/events/actions/register-for-event";
import { rejectRegistrationAction } from "../../../lib/events/actions/reject-registration";
import { updateEventAction } from "../../../lib/events/actions/update-event";
import { placeMeetingAction } from "../../../lib/matchmaking/actions/place-meeting";
import { requestMeetingAction } from "../../../lib/matchmaking/actions/request-meeting";
import { respondToMeetingAction } from "../../../lib/matchmaking/actions/respond-to-meeting";
import { runSchedulerAction } from "../../../lib/matchmaking/actions/run-scheduler";
import { setUnavailabilityAction } from "../../../lib/matchmaking/actions/set-unavailability";
import { withdrawMeetingRequestAction } from "../../../lib/matchmaking/actions/withdraw-meeting-request";
import { editorValuesOf } from "../../../lib/events/editor-defaults";
import { eventForEditor } from "../../../lib/events/queries";
import { createCompany, createEvent, createOrganizer, editorInput, meetingRequest, registerDirectly } from "../support/events";
import { MEMBERS, OWNER_ONLY, rows, type MatrixFixture } from "./matrix";

/**
 * Events in the four-role matrix. Organizer actions run on an event of `company` turned into
 * an organizer: its owner holds every right there, its editors none of the event rights.
 * Participant actions run for `company` registered at another organizer's event; owners and
 * editors may act for it. The organizer's own roles (organizer staff, other organizers,
 * participants) are covered in tests/integration/event-authorization-matrix.test.ts.
 */
async function ownEvent(f: MatrixFixture, status: "DRAFT" | "PUBLISHED" = "PUBLISHED") {
  await f.db.organization.update({ where: { id: f.company.id }, data: { kind: "ORGANIZER" } });
  return createEvent(f.company.id, { status });
}

async function participation(f: MatrixFixture) {
  const organizer = await createOrganizer();
  const event = await createEvent(organizer.org.id);
  const mine = await registerDirectly(event.id, { user: f.users.owner, org: f.company });
  const partner = await registerDirectly(event.id, await createCompany({ name: "Partner" }));
  return { event, mine, partner };
}

async function ownRegistration(f: MatrixFixture, status: "PENDING" | "CONFIRMED") {
  const event = await ownEvent(f);
  return registerDirectly(event.id, await createCompany(), { status });
}

export default rows({
  createEventAction: {
    action: createEventAction,
    input: async (f) => {
      await f.db.organization.update({ where: { id: f.company.id }, data: { kind: "ORGANIZER" } });
      return editorInput(f.company.id);
    },
    expect: OWNER_ONLY,
    verify: async (f) => {
      const event = await f.db.event.findFirstOrThrow({ where: { organizerId: f.company.id }, include: { meetingWindows: true } });
      expect(event).toMatchObject({ status: "DRAFT", titleDe: "Kooperationsbörse Elbe–Labe", meetingsEnabled: true });
      expect(event.meetingWindows).toHaveLength(1);
    },
  },
  updateEventAction: {
    action: updateEventAction,
    input: async (f) => ({ ...editorValuesOf((await eventForEditor((await ownEvent(f)).id))!), titleEn: "Matchmaking" }) as never,
    expect: OWNER_ONLY,
  },
  publishEventAction: {
    action: publishEventAction,
    input: async (f) => ({ eventId: (await ownEvent(f, "DRAFT")).id }),
    expect: OWNER_ONLY,
  },
  cancelEventAction: {
    action: cancelEventAction,
    input: async (f) => ({ eventId: (await ownEvent(f)).id }),
    expect: OWNER_ONLY,
  },
  deleteEventAction: {
    action: deleteEventAction,
    input: async (f) => ({ eventId: (await ownEvent(f, "DRAFT")).id }),
    expect: OWNER_ONLY,
  },
  approveRegistrationAction: {
    action: approveRegistrationAction,
    input: async (f) => ({ registrationId: (await ownRegistration(f, "PENDING")).id }),
    expect: OWNER_ONLY,
  },
  rejectRegistrationAction: {
    action: rejectRegistrationAction,
    input: async (f) => ({ registrationId: (await ownRegistration(f, "PENDING")).id }),
    expect: OWNER_ONLY,
  },
  checkInRegistrationAction: {
    action: checkInRegistrationAction,
    input: async (f) => ({ registrationId: (await ownRegistration(f, "CONFIRMED")).id, checkedIn: true }),
    expect: OWNER_ONLY,
  },
  runSchedulerAction: {
    action: runSchedulerAction,
    input: async (f) => ({ eventId: (await ownEvent(f)).id, mode: "open" as const }),
    expect: OWNER_ONLY,
  },
  placeMeetingAction: {
    action: placeMeetingAction,
    input: async (f) => {
      const event = await ownEvent(f);
      const a = await registerDirectly(event.id, await createCompany());
      const b = await registerDirectly(event.id, await createCompany());
      const request = await meetingRequest(event.id, a, b, "ACCEPTED");
      return { requestId: request.id, slotStart: event.startsAt.getTime(), tableNumber: 1 };
    },
    expect: OWNER_ONLY,
  },
  registerForEventAction: {
    action: registerForEventAction,
    input: async (f) => ({
      eventId: (await createEvent((await createOrganizer()).org.id)).id,
      organizationId: f.company.id,
      participantName: "Olga Owner",
      languages: ["de" as const],
      note: "",
      lookingFor: "",
      listed: false,
    }),
    expect: MEMBERS,
    verify: async (f) => {
      expect(await f.db.eventRegistration.count({ where: { organizationId: f.company.id, status: "CONFIRMED" } })).toBe(1);
    },
  },
  cancelRegistrationAction: {
    action: cancelRegistrationAction,
    input: async (f) => ({ registrationId: (await participation(f)).mine.id }),
    expect: MEMBERS,
  },
  requestMeetingAction: {
    action: requestMeetingAction,
    input: async (f) => {
      const { mine, partner } = await participation(f);
      return { fromRegistrationId: mine.id, toRegistrationId: partner.id, message: "Lassen Sie uns sprechen." };
    },
    expect: MEMBERS,
  },
  respondToMeetingAction: {
    action: respondToMeetingAction,
    input: async (f) => {
      const { event, mine, partner } = await participation(f);
      return { requestId: (await meetingRequest(event.id, partner, mine)).id, accept: true };
    },
    expect: MEMBERS,
  },
  withdrawMeetingRequestAction: {
    action: withdrawMeetingRequestAction,
    input: async (f) => {
      const { event, mine, partner } = await participation(f);
      return { requestId: (await meetingRequest(event.id, mine, partner)).id };
    },
    expect: MEMBERS,
  },
  setUnavailabilityAction: {
    action: setUnavailabilityAction,
    input: async (f) => ({ registrationId: (await participation(f)).mine.id, periods: [] }),
    expect: MEMBERS,
  },
});
