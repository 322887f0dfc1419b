// SPDX-License-Identifier: EUPL-1.2
import type { Messages } from "next-intl";
import { z } from "zod";
import { validationMessage } from "../validation/error-map";
import { COMPANY_COUNTRIES } from "../companies/create-company-schema";
import { LOCAL_DATE_TIME } from "./local-time";

/**
 * The event editor's input, checked by the form in the browser and again by the server
 * actions. Times are wall-clock times of the event ("2027-03-18T09:30"); the server turns them
 * into instants. Messages of cross-field rules are keys in `Validation.event`.
 */
export const EVENT_TYPES = ["WORKSHOP", "MATCHMAKING", "FAIR", "WEBINAR"] as const;
export const EVENT_LANGUAGES = ["de", "cs", "en"] as const;
export const EVENT_COUNTRIES = COMPANY_COUNTRIES;
export const MAX_MEETING_WINDOWS = 8;
export const MAX_AGENDA_ITEMS = 30;

const localDateTime = z.string().regex(LOCAL_DATE_TIME);
const optionalLocalDateTime = z.union([z.literal(""), localDateTime]);
const text = (max: number) => z.string().trim().max(max);
const id = z.string().trim().min(1).max(40);

export const meetingWindowSchema = z.object({ startsAt: localDateTime, endsAt: localDateTime });

export const agendaItemSchema = z.object({
  startsAt: localDateTime,
  titleDe: text(200),
  titleCs: text(200),
  titleEn: text(200),
});

const eventFields = z.object({
  organizerId: id,
  type: z.enum(EVENT_TYPES),
  titleDe: text(160),
  titleCs: text(160),
  titleEn: text(160),
  descriptionDe: text(8000),
  descriptionCs: text(8000),
  descriptionEn: text(8000),
  startsAt: localDateTime,
  endsAt: localDateTime,
  venueName: text(160),
  address: text(200),
  city: text(100),
  country: z.union([z.literal(""), z.enum(EVENT_COUNTRIES)]),
  onlineUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(500)]),
  languages: z.array(z.enum(EVENT_LANGUAGES)).min(1),
  capacity: z.number().int().min(1).max(10_000),
  registrationOpensAt: optionalLocalDateTime,
  registrationClosesAt: optionalLocalDateTime,
  approvalRequired: z.boolean(),
  meetingsEnabled: z.boolean(),
  meetingMinutes: z.number().int().min(5).max(240).optional(),
  tableCount: z.number().int().min(1).max(1_000).optional(),
  meetingWindows: z.array(meetingWindowSchema).max(MAX_MEETING_WINDOWS),
  agenda: z.array(agendaItemSchema).max(MAX_AGENDA_ITEMS),
});

type EventFields = z.output<typeof eventFields>;

const minutesBetween = (from: string, to: string) => (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000;

/** Rules across fields; local times of one zone compare correctly as strings. */
function checkEvent(e: EventFields, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: keyof Messages["Validation"]["event"]) =>
    ctx.addIssue({ code: "custom", path, ...validationMessage(`event.${message}`) });

  if (!e.titleDe && !e.titleCs && !e.titleEn) issue(["titleDe"], "titleRequired");
  if (e.endsAt <= e.startsAt) issue(["endsAt"], "endBeforeStart");
  if (e.type === "WEBINAR" ? !e.onlineUrl : !e.city && !e.onlineUrl) {
    issue([e.type === "WEBINAR" ? "onlineUrl" : "city"], e.type === "WEBINAR" ? "onlineUrlRequired" : "venueRequired");
  }
  if (e.city && !e.country) issue(["country"], "countryRequired");
  if (e.registrationOpensAt && e.registrationClosesAt && e.registrationClosesAt <= e.registrationOpensAt) {
    issue(["registrationClosesAt"], "registrationCloseBeforeOpen");
  }
  if (e.registrationClosesAt && e.registrationClosesAt > e.endsAt) issue(["registrationClosesAt"], "registrationAfterEnd");

  e.agenda.forEach((item, i) => {
    if (item.startsAt < e.startsAt || item.startsAt > e.endsAt) issue(["agenda", i, "startsAt"], "outsideEvent");
    if (!item.titleDe && !item.titleCs && !item.titleEn) issue(["agenda", i, "titleDe"], "titleRequired");
  });

  if (!e.meetingsEnabled) return;
  if (e.meetingMinutes === undefined) issue(["meetingMinutes"], "meetingMinutesRequired");
  if (e.tableCount === undefined) issue(["tableCount"], "tableCountRequired");
  if (!e.meetingWindows.length) issue(["meetingWindows"], "meetingWindowRequired");
  const sorted = e.meetingWindows.map((w, i) => ({ ...w, i })).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  sorted.forEach((w, k) => {
    if (w.endsAt <= w.startsAt) issue(["meetingWindows", w.i, "endsAt"], "endBeforeStart");
    else if (w.startsAt < e.startsAt || w.endsAt > e.endsAt) issue(["meetingWindows", w.i, "startsAt"], "outsideEvent");
    else if (e.meetingMinutes && minutesBetween(w.startsAt, w.endsAt) < e.meetingMinutes) {
      issue(["meetingWindows", w.i, "endsAt"], "windowTooShort");
    }
    if (k > 0 && w.startsAt < sorted[k - 1].endsAt) issue(["meetingWindows", w.i, "startsAt"], "windowsOverlap");
  });
}

export const eventEditorSchema = eventFields.superRefine(checkEvent);
export const updateEventSchema = eventFields.extend({ eventId: id }).superRefine(checkEvent);

export type EventEditorInput = z.input<typeof eventEditorSchema>;
export type EventEditorValues = z.output<typeof eventEditorSchema>;

export const eventRefSchema = z.object({ eventId: id });

// Registration -------------------------------------------------------------------------------

export const registerForEventSchema = z.object({
  eventId: id,
  organizationId: id,
  participantName: z.string().trim().min(2).max(120),
  /** Further people of the company, each with a badge of their own. */
  // Typed one per line; the form's resolver hands the action the list it already split.
  colleagues: z
    .union([z.string().max(1500), z.array(z.string().max(120)).max(9)])
    .default("")
    .transform((value) => (Array.isArray(value) ? value : value.split(/\r?\n/)).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(2).max(120)).max(9)),
  languages: z.array(z.enum(EVENT_LANGUAGES)).min(1),
  note: text(1000),
  lookingFor: text(1000),
  listed: z.boolean(),
});

export type RegisterForEventInput = z.input<typeof registerForEventSchema>;

export const registrationRefSchema = z.object({ registrationId: id });

export const checkInSchema = z.object({ registrationId: id, checkedIn: z.boolean() });

/** A code as scanned or typed; its shape is checked by normalizeCheckInCode for a precise message. */
export const checkInAttendeeSchema = z.object({ eventId: id, code: z.string().trim().min(1).max(200) });

export const attendeeRefSchema = z.object({ attendeeId: id });

/** A list of companies uploaded as multipart form data (eventId, file, commit). */
export const participantImportSchema = z
  .instanceof(FormData)
  .transform((form): Record<string, unknown> => ({ eventId: form.get("eventId"), file: form.get("file"), commit: form.get("commit") === "1" }))
  .pipe(z.object({ eventId: id, file: z.instanceof(Blob), commit: z.boolean() }));
