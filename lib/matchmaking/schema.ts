// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
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
        .refine((p) => p.endsAt > p.startsAt, { path: ["endsAt"], params: { message: "event.endBeforeStart" } }),
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
