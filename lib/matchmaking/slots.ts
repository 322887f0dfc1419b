// SPDX-License-Identifier: EUPL-1.2
/** A half-open time span [start, end) in epoch milliseconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

export const overlaps = (a: TimeSpan, b: TimeSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * Cuts the meeting windows into back-to-back slots of `minutes`; a remainder shorter than one
 * meeting at the end of a window is left unused. The result is sorted and free of duplicates.
 */
export function meetingSlots(windows: readonly TimeSpan[], minutes: number): TimeSpan[] {
  if (!(minutes > 0)) return [];
  const length = minutes * 60_000;
  const seen = new Set<string>();
  const slots: TimeSpan[] = [];
  for (const w of windows) {
    for (let start = w.start; start + length <= w.end; start += length) {
      const key = `${start}:${start + length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      slots.push({ start, end: start + length });
    }
  }
  return slots.sort((a, b) => a.start - b.start || a.end - b.end);
}
