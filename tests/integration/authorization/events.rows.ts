// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { approveRegistrationAction } from "../../../lib/events/actions/approve-registration";
import { cancelEventAction } from "../../../lib/events/actions/cancel-event";
import { cancelRegistrationAction } from "../../../lib/events/actions/cancel-registration";
import { checkInAttendeeAction } from "../../../lib/events/actions/check-in-attendee";
import { checkInRegistrationAction } from "../../../lib/events/actions/check-in-registration";
import { importParticipantsAction } from "../../../lib/events/actions/import-participants";
import { undoAttendeeCheckInAction } from "../../../lib/events/actions/undo-attendee-check-in";
import { generateCheckInCode } from "../../../lib/events/check-in-code";
import { createEventAction } from "../../../lib/events/actions/create-event";
import { deleteEventAction } from "../../../lib/events/actions/delete-event";
import { publishEventAction } from "../../../lib/events/actions/publish-event";
import { registerForEventAction } from "../../../lib/events/actions/register-for-event";
import { rejectRegistrationAction } from "../../../lib/events/actions/reject-registration";
import { updateEventAction } from "../../../lib/events/actions/update-event";
import { bookMeetingSlotAction } from "../../../lib/matchmaking/actions/book-meeting-slot";
import { recordMeetingFeedbackAction } from "../../../lib/matchmaking/actions/record-meeting-feedback";
import { setMeetingLinkAction } from "../../../lib/matchmaking/actions/set-meeting-link";
import { setParticipantTypeAction } from "../../../lib/matchmaking/actions/set-participant-type";
import { updateMatchmakingSettingsAction } from "../../../lib/matchmaking/actions/update-matchmaking-settings";
import { placeMeetingAction } from "../../../lib/matchmaking/actions/place-meeting";
import { requestMeetingAction } from "../../../lib/matchmaking/actions/request-meeting";
import { respondToMeetingAction } from "../../../lib/matchmaking/actions/respond-to-meeting";
import { runSchedulerAction } from "../../../lib/matchmaking/actions/run-scheduler";
import { setUnavailabilityAction } from "../../../lib/matchmaking/actions/set-unavailability";
import { withdrawMeetingRequestAction } from "../../../lib/matchmaking/actions/withdraw-meeting-request";
import { editorValuesOf } from "../../../lib/events/editor-defaults";
import { eventForEditor } from "../../../lib/events/queries";
import { createCompany, createEvent, createOrganizer, editorInput, meetingRequest, registerDirectly } from "../support/events";
import { COMPANY_VOICE, COMPANY_VOICE_BY_ID, OWNER_ONLY, OWNER_ONLY_BY_ID, rows, type MatrixFixture } from "./matrix";

/**
 * Events in the portal-wide matrix. Organizer actions run on an event of `company` turned into
 * an organizer: its owner holds every right there, its editors none of the event rights, and
 * platform admins may step in. Participant actions run for `company` registered at the event
 * of `organizer`, whose staff therefore know the registration but may not act for the
 * company; owners and editors may, platform admins may not. The organizer's own roles are
 * covered in tests/integration/event-authorization-matrix.test.ts.
 */
async function ownEvent(f: MatrixFixture, status: "DRAFT" | "PUBLISHED" = "PUBLISHED") {
  await f.db.organization.update({ where: { id: f.company.id }, data: { kind: "INSTITUTION" } });
  return createEvent(f.company.id, { status });
}

async function participation(f: MatrixFixture) {
  const event = await createEvent(f.organizer.id);
  const mine = await registerDirectly(event.id, { user: f.users.owner, org: f.company });
  const partner = await registerDirectly(event.id, await createCompany({ name: "Partner" }));
  return { event, mine, partner };
}

/** An accepted request of `company` with a meeting that has already taken place. */
async function pastMeeting(f: MatrixFixture) {
  const { event, mine, partner } = await participation(f);
  const request = await meetingRequest(event.id, partner, mine, "ACCEPTED");
  const startsAt = new Date(Date.now() - 3 * 3_600_000);
  const meeting = await f.db.meeting.create({
    data: { eventId: event.id, requestId: request.id, startsAt, endsAt: new Date(startsAt.getTime() + 20 * 60_000), tableNumber: 1 },
  });
  return { meeting, mine };
}

async function attendeeOf(f: MatrixFixture, registration: { id: string; eventId: string }, checkedInAt: Date | null = null) {
  return f.db.eventAttendee.create({
    data: { registrationId: registration.id, eventId: registration.eventId, name: "Jana Nováková", checkInCode: generateCheckInCode(), checkedInAt },
  });
}

async function ownRegistration(f: MatrixFixture, status: "PENDING" | "CONFIRMED") {
  const event = await ownEvent(f);
  return registerDirectly(event.id, await createCompany(), { status });
}

export default rows({
  createEventAction: {
    action: createEventAction,
    input: async (f) => {
      await f.db.organization.update({ where: { id: f.company.id }, data: { kind: "INSTITUTION" } });
      return editorInput(f.company.id);
    },
    expect: OWNER_ONLY,
    hidden: "organizerId",
    verify: async (f) => {
      const event = await f.db.event.findFirstOrThrow({ where: { organizerId: f.company.id }, include: { meetingWindows: true } });
      expect(event).toMatchObject({ status: "DRAFT", titleDe: "Kooperationsbörse Elbe–Labe", meetingsEnabled: true });
      expect(event.meetingWindows).toHaveLength(1);
    },
  },
  updateEventAction: {
    action: updateEventAction,
    input: async (f) => ({ ...editorValuesOf((await eventForEditor((await ownEvent(f)).id))!), titleEn: "Matchmaking" }) as never,
    expect: OWNER_ONLY_BY_ID,
    hidden: "eventId",
  },
  publishEventAction: {
    action: publishEventAction,
    input: async (f) => ({ eventId: (await ownEvent(f, "DRAFT")).id }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "eventId",
  },
  cancelEventAction: {
    action: cancelEventAction,
    input: async (f) => ({ eventId: (await ownEvent(f)).id }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "eventId",
  },
  deleteEventAction: {
    action: deleteEventAction,
    input: async (f) => ({ eventId: (await ownEvent(f, "DRAFT")).id }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "eventId",
  },
  approveRegistrationAction: {
    action: approveRegistrationAction,
    input: async (f) => ({ registrationId: (await ownRegistration(f, "PENDING")).id }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "registrationId",
  },
  rejectRegistrationAction: {
    action: rejectRegistrationAction,
    input: async (f) => ({ registrationId: (await ownRegistration(f, "PENDING")).id }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "registrationId",
  },
  checkInRegistrationAction: {
    action: checkInRegistrationAction,
    input: async (f) => ({ registrationId: (await ownRegistration(f, "CONFIRMED")).id, checkedIn: true }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "registrationId",
  },
  checkInAttendeeAction: {
    action: checkInAttendeeAction,
    input: async (f) => {
      const registration = await ownRegistration(f, "CONFIRMED");
      return { eventId: registration.eventId, code: (await attendeeOf(f, registration)).checkInCode };
    },
    expect: OWNER_ONLY_BY_ID,
    hidden: "eventId",
    verify: async (f) => expect(await f.db.eventAttendee.count({ where: { checkedInAt: { not: null } } })).toBeGreaterThan(0),
  },
  undoAttendeeCheckInAction: {
    action: undoAttendeeCheckInAction,
    input: async (f) => ({ attendeeId: (await attendeeOf(f, await ownRegistration(f, "CONFIRMED"), new Date())).id }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "attendeeId",
  },
  importParticipantsAction: {
    action: importParticipantsAction,
    input: async (f) => {
      const event = await ownEvent(f);
      await createCompany({ name: `Importpartner ${event.id}` });
      const form = new FormData();
      form.set("eventId", event.id);
      form.set("file", new File([`company;participant\nImportpartner ${event.id};Jana Nováková\n`], "list.csv"));
      form.set("commit", "1");
      return form;
    },
    expect: OWNER_ONLY_BY_ID,
    hidden: "eventId" as never,
    verify: async (f) => expect(await f.db.eventAttendee.count({ where: { name: "Jana Nováková", registration: { status: "CONFIRMED" } } })).toBeGreaterThan(0),
  },
  runSchedulerAction: {
    action: runSchedulerAction,
    input: async (f) => ({ eventId: (await ownEvent(f)).id, mode: "open" as const }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "eventId",
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
    expect: OWNER_ONLY_BY_ID,
    hidden: "requestId",
  },
  updateMatchmakingSettingsAction: {
    action: updateMatchmakingSettingsAction,
    input: async (f) => ({
      eventId: (await ownEvent(f)).id,
      bookingMode: "PICK_SLOT" as const,
      format: "ONLINE" as const,
      meetingLinkPattern: "",
      maxMeetings: 6,
      maxMeetingsBuyer: null,
      maxMeetingsSupplier: null,
      requestExpiryHours: null,
      pendingReminderHours: null,
    }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "eventId",
  },
  setMeetingLinkAction: {
    action: setMeetingLinkAction,
    input: async (f) => {
      const event = await ownEvent(f);
      const a = await registerDirectly(event.id, await createCompany());
      const b = await registerDirectly(event.id, await createCompany());
      const request = await meetingRequest(event.id, a, b, "ACCEPTED");
      const meeting = await f.db.meeting.create({
        data: { eventId: event.id, requestId: request.id, startsAt: event.startsAt, endsAt: new Date(event.startsAt.getTime() + 20 * 60_000), tableNumber: 1 },
      });
      return { meetingId: meeting.id, onlineUrl: "https://meet.example.org/1" };
    },
    expect: OWNER_ONLY_BY_ID,
    hidden: "meetingId",
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
    expect: COMPANY_VOICE,
    hidden: "eventId",
    // A draft event of another organizer is as unknown as an id that names nothing.
    mixed: {
      input: async (f) => ({
        eventId: (await createEvent(f.organizer.id, { status: "DRAFT" })).id,
        organizationId: f.otherCompany.id,
        participantName: "Otto Outsider",
        languages: ["de" as const],
        note: "",
        lookingFor: "",
        listed: false,
      }),
    },
    verify: async (f) => {
      expect(await f.db.eventRegistration.count({ where: { organizationId: f.company.id, status: "CONFIRMED" } })).toBe(1);
    },
  },
  cancelRegistrationAction: {
    action: cancelRegistrationAction,
    input: async (f) => ({ registrationId: (await participation(f)).mine.id }),
    expect: COMPANY_VOICE_BY_ID,
    hidden: "registrationId",
  },
  requestMeetingAction: {
    action: requestMeetingAction,
    input: async (f) => {
      const { mine, partner } = await participation(f);
      return { fromRegistrationId: mine.id, toRegistrationId: partner.id, message: "Lassen Sie uns sprechen." };
    },
    expect: COMPANY_VOICE_BY_ID,
    hidden: "fromRegistrationId",
    // From the outsider's own registration to `company`'s at another event.
    mixed: {
      input: async (f) => {
        const { mine } = await participation(f);
        const own = await registerDirectly((await createEvent(f.organizer.id)).id, { user: f.users.otherMember, org: f.otherCompany });
        return { fromRegistrationId: own.id, toRegistrationId: mine.id, message: "Lassen Sie uns sprechen." };
      },
      hidden: "toRegistrationId",
    },
  },
  respondToMeetingAction: {
    action: respondToMeetingAction,
    input: async (f) => {
      const { event, mine, partner } = await participation(f);
      return { requestId: (await meetingRequest(event.id, partner, mine)).id, accept: true };
    },
    expect: COMPANY_VOICE_BY_ID,
    hidden: "requestId",
  },
  withdrawMeetingRequestAction: {
    action: withdrawMeetingRequestAction,
    input: async (f) => {
      const { event, mine, partner } = await participation(f);
      return { requestId: (await meetingRequest(event.id, mine, partner)).id };
    },
    expect: COMPANY_VOICE_BY_ID,
    hidden: "requestId",
  },
  bookMeetingSlotAction: {
    action: bookMeetingSlotAction,
    input: async (f) => {
      const { event, mine, partner } = await participation(f);
      await f.db.matchmakingSettings.create({ data: { eventId: event.id, bookingMode: "PICK_SLOT" } });
      return { requestId: (await meetingRequest(event.id, partner, mine)).id, slotStart: event.startsAt.getTime() };
    },
    expect: COMPANY_VOICE_BY_ID,
    hidden: "requestId",
  },
  setParticipantTypeAction: {
    action: setParticipantTypeAction,
    input: async (f) => ({ registrationId: (await participation(f)).mine.id, participantType: "BUYER" as const }),
    expect: COMPANY_VOICE_BY_ID,
    hidden: "registrationId",
  },
  recordMeetingFeedbackAction: {
    action: recordMeetingFeedbackAction,
    input: async (f) => {
      const { meeting, mine } = await pastMeeting(f);
      return { meetingId: meeting.id, registrationId: mine.id, outcome: "COOPERATION_LIKELY" as const, note: "" };
    },
    expect: COMPANY_VOICE_BY_ID,
    hidden: "registrationId",
  },
  setUnavailabilityAction: {
    action: setUnavailabilityAction,
    input: async (f) => ({ registrationId: (await participation(f)).mine.id, periods: [] }),
    expect: COMPANY_VOICE_BY_ID,
    hidden: "registrationId",
  },
});
