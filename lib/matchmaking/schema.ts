// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { validationMessage } from "../validation/error-map";
import { EVENT_COUNTRIES, EVENT_LANGUAGES } from "../events/schema";
import { LOCAL_DATE_TIME } from "../events/local-time";

const id = z.string().trim().min(1).max(40);

export const requestMeetingSchema = z.object({
  fromRegistrationId: id,
  toRegistrationId: id,
  message: z.string().trim().min(10).max(1000),
});
export type RequestMeetingInput = z.input<typeof requestMeetingSchema>;

export const respondToMeetingSchema = z.object({ requestId: id, accept: z.boolean() });
export const meetingRequestRefSchema = z.object({ requestId: id });

export const MAX_UNAVAILABLE_PERIODS = 10;

export const unavailabilitySchema = z.object({
  registrationId: id,
  periods: z
    .array(
      z
        .object({ startsAt: z.string().regex(LOCAL_DATE_TIME), endsAt: z.string().regex(LOCAL_DATE_TIME) })
        .refine((p) => p.endsAt > p.startsAt, { path: ["endsAt"], ...validationMessage("event.endBeforeStart") }),
    )
    .max(MAX_UNAVAILABLE_PERIODS),
});
export type UnavailabilityInput = z.input<typeof unavailabilitySchema>;

export const SCHEDULER_MODES = ["open", "all"] as const;
/** "open" places accepted requests that have no meeting yet; "all" re-plans everything not pinned. */
export const runSchedulerSchema = z.object({ eventId: id, mode: z.enum(SCHEDULER_MODES) });

export const placeMeetingSchema = z.object({
  requestId: id,
  /** Start of the slot as epoch milliseconds; must be one of the event's slots. */
  slotStart: z.number().int().positive(),
  tableNumber: z.number().int().min(1).max(1_000),
});

export const PARTICIPANT_SIDES = ["offers", "seeks"] as const;

/** Filters of the participant browser, read from the query string. */
export const participantFilterSchema = z.object({
  country: z.enum(EVENT_COUNTRIES).optional().catch(undefined),
  industry: z.string().regex(/^[A-Z0-9.]{1,8}$/).optional().catch(undefined),
  language: z.enum(EVENT_LANGUAGES).optional().catch(undefined),
  side: z.enum(PARTICIPANT_SIDES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type ParticipantFilter = z.output<typeof participantFilterSchema>;

/** The recipient accepts a request and books it at once, in one of the open slots. */
export const bookMeetingSlotSchema = z.object({
  requestId: id,
  /** Start of the slot as epoch milliseconds; must be open to both sides. */
  slotStart: z.number().int().positive(),
});

export const BOOKING_MODES = ["SCHEDULER", "PICK_SLOT"] as const;
export const MEETING_FORMATS = ["ON_SITE", "ONLINE", "HYBRID"] as const;
export const PARTICIPANT_TYPES = ["BUYER", "SUPPLIER"] as const;
export const MEETING_OUTCOMES = ["NOT_HELD", "NO_INTEREST", "INFORMATIVE", "COOPERATION_LIKELY"] as const;

const optionalCount = (max: number) => z.number().int().min(1).max(max).nullable();
const httpUrl = z.url({ protocol: /^https?$/ }).max(500);

/** Placeholders are replaced before the check, so the pattern must become a valid link. */
const linkPattern = z
  .string()
  .trim()
  .max(300)
  .refine((v) => v === "" || httpUrl.safeParse(v.replace(/\{(event|meeting|table)\}/g, "x")).success, {
    ...validationMessage("matchmaking.linkPattern"),
  });

export const matchmakingSettingsSchema = z
  .object({
    eventId: id,
    bookingMode: z.enum(BOOKING_MODES),
    format: z.enum(MEETING_FORMATS),
    meetingLinkPattern: linkPattern,
    maxMeetings: optionalCount(200),
    maxMeetingsBuyer: optionalCount(200),
    maxMeetingsSupplier: optionalCount(200),
    requestExpiryHours: optionalCount(24 * 60),
    pendingReminderHours: optionalCount(24 * 60),
  })
  .superRefine((s, ctx) => {
    if (s.requestExpiryHours !== null && s.pendingReminderHours !== null && s.pendingReminderHours >= s.requestExpiryHours) {
      ctx.addIssue({ code: "custom", path: ["pendingReminderHours"], ...validationMessage("matchmaking.reminderAfterExpiry") });
    }
  });
export type MatchmakingSettingsInput = z.input<typeof matchmakingSettingsSchema>;

export const participantTypeSchema = z.object({ registrationId: id, participantType: z.enum(PARTICIPANT_TYPES).nullable() });

export const meetingFeedbackSchema = z.object({
  meetingId: id,
  registrationId: id,
  outcome: z.enum(MEETING_OUTCOMES),
  note: z.string().trim().max(1000),
});

export const meetingLinkSchema = z.object({ meetingId: id, onlineUrl: z.union([z.literal(""), httpUrl]) });
