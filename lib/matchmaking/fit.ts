// SPDX-License-Identifier: EUPL-1.2
import { meetingSlots, type TimeSpan } from "./slots";

interface MeetingSettings {
  meetingsEnabled: boolean;
  meetingMinutes: number | null;
  tableCount: number | null;
}

interface Placed {
  startsAt: Date;
  endsAt: Date;
  tableNumber: number;
}

const spans = (windows: readonly { startsAt: Date; endsAt: Date }[]): TimeSpan[] =>
  windows.map((w) => ({ start: w.startsAt.getTime(), end: w.endsAt.getTime() }));

/** The slot grid of an event: its meeting windows cut into meetings of its length. */
export function slotsOf(settings: MeetingSettings, windows: readonly { startsAt: Date; endsAt: Date }[]): TimeSpan[] {
  if (!settings.meetingsEnabled || !settings.meetingMinutes) return [];
  return meetingSlots(spans(windows), settings.meetingMinutes);
}

/** How many placed meetings would no longer sit on a slot and a table of the new settings. */
export function meetingsOutside(
  meetings: readonly Placed[],
  settings: MeetingSettings,
  windows: readonly { startsAt: Date; endsAt: Date }[],
): number {
  const grid = new Set(slotsOf(settings, windows).map((s) => `${s.start}-${s.end}`));
  const tables = settings.meetingsEnabled ? (settings.tableCount ?? 0) : 0;
  return meetings.filter(
    (m) => m.tableNumber > tables || !grid.has(`${m.startsAt.getTime()}-${m.endsAt.getTime()}`),
  ).length;
}
