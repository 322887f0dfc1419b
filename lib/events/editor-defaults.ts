// SPDX-License-Identifier: EUPL-1.2
import type { z } from "zod";
import { dateToLocalInput } from "./local-time";
import type { EventForEditor } from "./queries";
import type { updateEventSchema } from "./schema";

type EditorValues = z.input<typeof updateEventSchema>;

/** A blank event four weeks ahead, 9 to 17 o'clock, so the date fields start somewhere sensible. */
export function newEventDefaults(organizerId: string, now = new Date()): EditorValues {
  const day = dateToLocalInput(new Date(now.getTime() + 28 * 86_400_000)).slice(0, 10);
  return {
    eventId: "",
    organizerId,
    type: "WORKSHOP",
    titleDe: "",
    titleCs: "",
    titleEn: "",
    descriptionDe: "",
    descriptionCs: "",
    descriptionEn: "",
    startsAt: `${day}T09:00`,
    endsAt: `${day}T17:00`,
    venueName: "",
    address: "",
    city: "",
    country: "",
    onlineUrl: "",
    languages: ["de", "cs"],
    capacity: 50,
    registrationOpensAt: "",
    registrationClosesAt: "",
    approvalRequired: false,
    meetingsEnabled: false,
    meetingMinutes: 20,
    tableCount: 10,
    meetingWindows: [],
    agenda: [],
  };
}

export function editorValuesOf(event: EventForEditor): EditorValues {
  const local = (d: Date | null) => (d ? dateToLocalInput(d) : "");
  const languages = event.languages.filter((l): l is "de" | "cs" | "en" => l === "de" || l === "cs" || l === "en");
  return {
    eventId: event.id,
    organizerId: event.organizerId,
    type: event.type,
    titleDe: event.titleDe ?? "",
    titleCs: event.titleCs ?? "",
    titleEn: event.titleEn ?? "",
    descriptionDe: event.descriptionDe ?? "",
    descriptionCs: event.descriptionCs ?? "",
    descriptionEn: event.descriptionEn ?? "",
    startsAt: local(event.startsAt),
    endsAt: local(event.endsAt),
    venueName: event.venueName ?? "",
    address: event.address ?? "",
    city: event.city ?? "",
    country: (event.country ?? "") as EditorValues["country"],
    onlineUrl: event.onlineUrl ?? "",
    languages,
    capacity: event.capacity,
    registrationOpensAt: local(event.registrationOpensAt),
    registrationClosesAt: local(event.registrationClosesAt),
    approvalRequired: event.approvalRequired,
    meetingsEnabled: event.meetingsEnabled,
    meetingMinutes: event.meetingMinutes ?? 20,
    tableCount: event.tableCount ?? 10,
    meetingWindows: event.meetingWindows.map((w) => ({ startsAt: local(w.startsAt), endsAt: local(w.endsAt) })),
    agenda: event.agendaItems.map((a) => ({
      startsAt: local(a.startsAt),
      titleDe: a.titleDe ?? "",
      titleCs: a.titleCs ?? "",
      titleEn: a.titleEn ?? "",
    })),
  };
}

const DEFAULT_WINDOW_HOURS = 3;

/** Adds hours to a datetime-local value ("2027-03-18T09:00") without any time zone involved. */
function addHours(local: string, hours: number): string {
  const moved = new Date(Date.parse(`${local}:00Z`) + hours * 3_600_000);
  return Number.isNaN(moved.getTime()) ? "" : moved.toISOString().slice(0, 16);
}

/**
 * A new meeting window that can be used as it is: it starts where the last window ends (or when
 * the event starts) and lasts three hours, cut off at the event's end.
 */
export function nextMeetingWindow(
  event: { startsAt?: string; endsAt?: string },
  windows: readonly { endsAt?: string }[],
): { startsAt: string; endsAt: string } {
  const startsAt = windows.at(-1)?.endsAt || event.startsAt || "";
  if (!startsAt) return { startsAt: "", endsAt: "" };
  const endsAt = addHours(startsAt, DEFAULT_WINDOW_HOURS);
  const eventEnd = event.endsAt ?? "";
  // Both are zero-padded datetime-local strings, so text order is time order.
  return { startsAt, endsAt: eventEnd > startsAt && eventEnd < endsAt ? eventEnd : endsAt };
}
