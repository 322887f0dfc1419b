// SPDX-License-Identifier: EUPL-1.2
import { localInputToDate } from "./local-time";
import type { EventEditorValues } from "./schema";

const orNull = (value: string) => (value ? value : null);
const instant = (value: string) => localInputToDate(value);

/** The editor's values as database rows; meeting settings are dropped when meetings are off. */
export function eventRecordFrom(input: EventEditorValues) {
  const meetings = input.meetingsEnabled;
  return {
    event: {
      type: input.type,
      titleDe: orNull(input.titleDe),
      titleCs: orNull(input.titleCs),
      titleEn: orNull(input.titleEn),
      descriptionDe: orNull(input.descriptionDe),
      descriptionCs: orNull(input.descriptionCs),
      descriptionEn: orNull(input.descriptionEn),
      startsAt: instant(input.startsAt),
      endsAt: instant(input.endsAt),
      venueName: orNull(input.venueName),
      address: orNull(input.address),
      city: orNull(input.city),
      country: orNull(input.country),
      onlineUrl: orNull(input.onlineUrl),
      languages: [...new Set(input.languages)],
      capacity: input.capacity,
      registrationOpensAt: input.registrationOpensAt ? instant(input.registrationOpensAt) : null,
      registrationClosesAt: input.registrationClosesAt ? instant(input.registrationClosesAt) : null,
      approvalRequired: input.approvalRequired,
      meetingsEnabled: meetings,
      meetingMinutes: meetings ? (input.meetingMinutes ?? null) : null,
      tableCount: meetings ? (input.tableCount ?? null) : null,
    },
    windows: meetings
      ? input.meetingWindows.map((w) => ({ startsAt: instant(w.startsAt), endsAt: instant(w.endsAt) }))
      : [],
    agenda: input.agenda
      .map((a) => ({
        startsAt: instant(a.startsAt),
        titleDe: orNull(a.titleDe),
        titleCs: orNull(a.titleCs),
        titleEn: orNull(a.titleEn),
      }))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
  };
}
