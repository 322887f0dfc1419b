// SPDX-License-Identifier: EUPL-1.2
import { zonedToUtc } from "../time/zoned";

/**
 * Event times are typed and shown as wall-clock time of the event's zone (Europe/Berlin, the
 * same clock as Europe/Prague), whatever zone the browser or server runs in. The editor works
 * with the `datetime-local` format "2027-03-18T09:30"; the database stores instants.
 */
export const EVENT_TIME_ZONE = "Europe/Berlin";

export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function localInputToDate(value: string, timeZone = EVENT_TIME_ZONE): Date {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) throw new Error(`not a local date and time: ${value}`);
  const [, y, mo, d, h, mi] = m.map(Number);
  return zonedToUtc(y, mo, d, h, mi, timeZone);
}

export function dateToLocalInput(date: Date, timeZone = EVENT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/** "2027-03-18T09:30" → "09:30" in the event's zone; for compact agenda and slot labels. */
export function localTimeOf(date: Date, timeZone = EVENT_TIME_ZONE): string {
  return dateToLocalInput(date, timeZone).slice(11);
}
