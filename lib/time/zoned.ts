// SPDX-License-Identifier: EUPL-1.2
/** Offset of a time zone from UTC at a given instant, in minutes (Europe/Berlin: 60 or 120). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The instant when the wall clock in `timeZone` shows the given local date and time. */
export function zonedToUtc(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const offset = zoneOffsetMinutes(guess, timeZone);
  const result = new Date(guess.getTime() - offset * 60_000);
  // Around a DST switch the offset at the result can differ from the guess; one correction suffices.
  const corrected = zoneOffsetMinutes(result, timeZone);
  return corrected === offset ? result : new Date(guess.getTime() - corrected * 60_000);
}
