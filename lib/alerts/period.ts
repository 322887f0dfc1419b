// SPDX-License-Identifier: EUPL-1.2
/**
 * The period a digest belongs to. Alerts follow the calendar of the portal's users, so a day
 * starts at midnight in Europe/Berlin (Prague shares the zone's rules), whatever the server's
 * clock says; a week is an ISO week (Monday to Sunday) of those calendar days.
 */
export const ALERT_TIME_ZONE = "Europe/Berlin";

export type AlertingFrequency = "DAILY" | "WEEKLY";

const calendarDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: ALERT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Berlin calendar date of an instant, e.g. "2026-11-25". */
export function dailyPeriod(at: Date): string {
  return calendarDay.format(at);
}

/** The ISO week of the Berlin calendar date of an instant, e.g. "2026-W48" or "2026-W53". */
export function weeklyPeriod(at: Date): string {
  const [year, month, day] = dailyPeriod(at).split("-").map(Number);
  const date = Date.UTC(year, month - 1, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // An ISO week belongs to the year its Thursday falls in.
  const thursday = new Date(date + (3 - weekday) * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${isoYear}-W${String(week).padStart(2, "0")}`;
}

export function alertPeriod(frequency: AlertingFrequency, at: Date): string {
  return frequency === "DAILY" ? dailyPeriod(at) : weeklyPeriod(at);
}
