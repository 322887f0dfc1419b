// SPDX-License-Identifier: EUPL-1.2
import { overlaps, type TimeSpan } from "./slots";

export interface BookedMeeting extends TimeSpan {
  table: number;
  parties: readonly [string, string];
}

export interface OpenSlot extends TimeSpan {
  /** The lowest table free during the slot. */
  table: number;
}

/**
 * The slots in which the two sides of a request can meet now: neither has a meeting or an
 * unavailable time overlapping it, and some table is free. Pure, so the slot picker and the
 * booking action agree on what is open.
 */
export function openSlotsFor(p: {
  slots: readonly TimeSpan[];
  tableCount: number;
  meetings: readonly BookedMeeting[];
  a: string;
  b: string;
  unavailable: readonly TimeSpan[];
}): OpenSlot[] {
  const open: OpenSlot[] = [];
  for (const slot of p.slots) {
    if (p.unavailable.some((u) => overlaps(u, slot))) continue;
    const during = p.meetings.filter((m) => overlaps(m, slot));
    if (during.some((m) => m.parties.includes(p.a) || m.parties.includes(p.b))) continue;
    const used = new Set(during.map((m) => m.table));
    for (let table = 1; table <= p.tableCount; table++) {
      if (!used.has(table)) {
        open.push({ ...slot, table });
        break;
      }
    }
  }
  return open;
}
