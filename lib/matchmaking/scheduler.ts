// SPDX-License-Identifier: EUPL-1.2
import { overlaps, type TimeSpan } from "./slots";

/**
 * Places accepted 1:1 meeting requests into time slots and at tables. Pure: no clock, no I/O,
 * the same input always gives the same plan.
 *
 * Rules: nobody (participant or table) is in two meetings whose times overlap, nobody meets
 * during a time they marked unavailable, and fixed meetings (placed by hand, or kept from an
 * earlier run) stay where they are. A request that cannot be placed is reported with a reason.
 *
 * Method: greedy with dynamic ordering — always place next the request with the fewest slots
 * still open to it (ties: the busier pair first), in the slot that takes the fewest options
 * from the pair's other requests. A request left with no slot gets one repair attempt that
 * moves the meetings blocking it elsewhere.
 */

export interface SchedulerParticipant {
  id: string;
  unavailable?: readonly TimeSpan[];
}

export interface SchedulerRequest {
  id: string;
  /** Participant ids of the two sides. */
  a: string;
  b: string;
}

export interface FixedMeeting extends SchedulerRequest, TimeSpan {
  table: number;
}

export interface SchedulerInput {
  slots: readonly TimeSpan[];
  tableCount: number;
  participants: readonly SchedulerParticipant[];
  requests: readonly SchedulerRequest[];
  fixed?: readonly FixedMeeting[];
}

export type UnscheduledReason =
  /** The event offers no meeting slots or no tables. */
  | "NO_SLOTS"
  /** Unknown participant, a participant meeting themselves, or a repeated request id. */
  | "INVALID_REQUEST"
  /** The two sides have no slot in which both are available. */
  | "NO_COMMON_TIME"
  /** In every slot both could attend, one of them already has a meeting. */
  | "PARTICIPANT_BUSY"
  /** In some slot both were free, but every table was taken. */
  | "NO_TABLE";

export interface Assignment extends TimeSpan {
  requestId: string;
  table: number;
}

export interface SchedulerResult {
  /** New placements, sorted by time and table. Fixed meetings are not repeated here. */
  assignments: Assignment[];
  unscheduled: { requestId: string; reason: UnscheduledReason }[];
}

interface Placed {
  request: number;
  slot: number;
  table: number;
}

export function scheduleMeetings(input: SchedulerInput): SchedulerResult {
  const slots = input.slots;
  const S = slots.length;
  const T = Math.max(0, Math.floor(input.tableCount));
  const unscheduled: SchedulerResult["unscheduled"] = [];

  const participantIndex = new Map<string, number>();
  input.participants.forEach((p) => participantIndex.has(p.id) || participantIndex.set(p.id, participantIndex.size));
  const P = participantIndex.size;

  // Slots may overlap when windows do; a meeting in one slot then blocks every overlapping one.
  const overlapping: number[][] = slots.map((s, i) => {
    const list: number[] = [];
    for (let j = 0; j < S; j++) if (j === i || overlaps(s, slots[j])) list.push(j);
    return list;
  });

  const available = Array.from({ length: P }, () => new Uint8Array(S).fill(1));
  for (const p of input.participants) {
    const row = available[participantIndex.get(p.id)!];
    for (const u of p.unavailable ?? []) for (let s = 0; s < S; s++) if (overlaps(slots[s], u)) row[s] = 0;
  }
  // Counters rather than flags: with overlapping slots, two meetings can cover the same slot.
  const busy = Array.from({ length: P }, () => new Uint16Array(S));
  const tableUse = Array.from({ length: S }, () => new Uint16Array(T + 1));
  const freeTables = new Int32Array(S).fill(T);

  const occupy = (p: number, slot: number, delta: 1 | -1) => {
    for (const s of overlapping[slot]) busy[p][s] += delta;
  };
  const claimTable = (slot: number, table: number, delta: 1 | -1) => {
    for (const s of overlapping[slot]) {
      const before = tableUse[s][table];
      tableUse[s][table] += delta;
      if (before === 0 && delta === 1) freeTables[s]--;
      if (before === 1 && delta === -1) freeTables[s]++;
    }
  };

  // Fixed meetings block whatever they overlap, whether or not they sit on the slot grid.
  const fixedIds = new Set<string>();
  for (const f of input.fixed ?? []) {
    fixedIds.add(f.id);
    const covered = slots.flatMap((s, i) => (overlaps(s, f) ? [i] : []));
    for (const side of [f.a, f.b]) {
      const p = participantIndex.get(side);
      if (p !== undefined) for (const s of covered) busy[p][s]++;
    }
    if (f.table >= 1 && f.table <= T) {
      for (const s of covered) {
        if (tableUse[s][f.table]++ === 0) freeTables[s]--;
      }
    }
  }

  // Requests to place: valid, not yet fixed, each id once.
  const requests: { id: string; a: number; b: number }[] = [];
  const seen = new Set<string>();
  for (const r of input.requests) {
    if (fixedIds.has(r.id)) continue;
    const a = participantIndex.get(r.a);
    const b = participantIndex.get(r.b);
    if (seen.has(r.id) || a === undefined || b === undefined || a === b) {
      unscheduled.push({ requestId: r.id, reason: "INVALID_REQUEST" });
      continue;
    }
    seen.add(r.id);
    if (S === 0 || T === 0) {
      unscheduled.push({ requestId: r.id, reason: "NO_SLOTS" });
      continue;
    }
    requests.push({ id: r.id, a, b });
  }
  const R = requests.length;

  const requestsOf: number[][] = Array.from({ length: P }, () => []);
  requests.forEach((r, i) => {
    requestsOf[r.a].push(i);
    requestsOf[r.b].push(i);
  });

  const canMeet = (r: number, s: number) => {
    const { a, b } = requests[r];
    return available[a][s] === 1 && available[b][s] === 1 && busy[a][s] === 0 && busy[b][s] === 0 && freeTables[s] > 0;
  };
  const firstFreeTable = (s: number) => {
    for (let t = 1; t <= T; t++) if (tableUse[s][t] === 0) return t;
    return 0;
  };

  const PENDING = 0;
  const PLACED = 1;
  const GIVEN_UP = 2;
  const state = new Int8Array(R);
  const placement: (Placed | null)[] = new Array(R).fill(null);
  // Pending requests per participant, kept current so choosing the next request stays cheap.
  const pendingOf = new Int32Array(P);
  for (const r of requests) {
    pendingOf[r.a]++;
    pendingOf[r.b]++;
  }
  const setState = (r: number, next: number) => {
    const delta = (next === PENDING ? 1 : 0) - (state[r] === PENDING ? 1 : 0);
    pendingOf[requests[r].a] += delta;
    pendingOf[requests[r].b] += delta;
    state[r] = next;
  };
  const options = new Int32Array(R);
  const countOptions = (r: number) => {
    let n = 0;
    for (let s = 0; s < S; s++) if (canMeet(r, s)) n++;
    return n;
  };
  const refreshAll = () => {
    for (let r = 0; r < R; r++) if (state[r] === PENDING) options[r] = countOptions(r);
  };
  const refreshAround = (...people: number[]) => {
    for (const p of people) for (const r of requestsOf[p]) if (state[r] === PENDING) options[r] = countOptions(r);
  };

  const place = (r: number, slot: number, table: number) => {
    const { a, b } = requests[r];
    occupy(a, slot, 1);
    occupy(b, slot, 1);
    claimTable(slot, table, 1);
    setState(r, PLACED);
    placement[r] = { request: r, slot, table };
  };
  const unplace = (r: number) => {
    const p = placement[r]!;
    const { a, b } = requests[r];
    occupy(a, p.slot, -1);
    occupy(b, p.slot, -1);
    claimTable(p.slot, p.table, -1);
    setState(r, PENDING);
    placement[r] = null;
  };

  /** How many options the pair's other pending requests lose if r takes slot s. */
  const cost = (r: number, s: number) => {
    const { a, b } = requests[r];
    let n = 0;
    for (const p of [a, b]) for (const o of requestsOf[p]) if (o !== r && state[o] === PENDING && canMeet(o, s)) n++;
    return n;
  };

  const bestSlot = (r: number) => {
    let best = -1;
    let bestCost = Infinity;
    for (let s = 0; s < S; s++) {
      if (!canMeet(r, s)) continue;
      const c = cost(r, s);
      // Fewer lost options first; then the emptier slot, which keeps tables free where they are scarce.
      if (c < bestCost || (c === bestCost && freeTables[s] > freeTables[best])) {
        best = s;
        bestCost = c;
      }
    }
    return best;
  };

  /** Slots where r's meetings placed in this run stop r, and nothing fixed does. */
  const repair = (r: number): boolean => {
    const { a, b } = requests[r];
    for (let s = 0; s < S; s++) {
      if (available[a][s] !== 1 || available[b][s] !== 1) continue;
      const blockers = new Set<number>();
      for (const o of [...requestsOf[a], ...requestsOf[b]]) {
        const p = placement[o];
        if (p && o !== r && overlapping[s].includes(p.slot)) blockers.add(o);
      }
      let fixedInWay = false;
      for (const p of [a, b]) {
        let own = 0;
        for (const o of blockers) if (requests[o].a === p || requests[o].b === p) own++;
        // Busy beyond what movable meetings explain means a fixed meeting holds the slot.
        if (busy[p][s] > own) fixedInWay = true;
      }
      if (fixedInWay || blockers.size > 2) continue;
      const moved = [...blockers];
      const previous = moved.map((o) => placement[o]!);
      moved.forEach(unplace);
      // A full slot also needs one meeting of somebody else to make room for a table.
      let tableMover = -1;
      if (freeTables[s] === 0) {
        for (let o = 0; o < R && tableMover < 0; o++) {
          const p = placement[o];
          if (p && p.slot === s) tableMover = o;
        }
        if (tableMover >= 0) {
          previous.push(placement[tableMover]!);
          moved.push(tableMover);
          unplace(tableMover);
        }
      }
      if (canMeet(r, s)) {
        place(r, s, firstFreeTable(s));
        const relocated: number[] = [];
        for (const o of moved) {
          const to = bestSlot(o);
          if (to < 0) break;
          place(o, to, firstFreeTable(to));
          relocated.push(o);
        }
        if (relocated.length === moved.length) return true;
        relocated.forEach(unplace);
        unplace(r);
      }
      moved.forEach((o, i) => place(o, previous[i].slot, previous[i].table));
    }
    return false;
  };

  const reasonFor = (r: number): UnscheduledReason => {
    const { a, b } = requests[r];
    let common = false;
    for (let s = 0; s < S; s++) {
      if (available[a][s] !== 1 || available[b][s] !== 1) continue;
      common = true;
      if (busy[a][s] === 0 && busy[b][s] === 0) return "NO_TABLE";
    }
    return common ? "PARTICIPANT_BUSY" : "NO_COMMON_TIME";
  };

  refreshAll();
  for (let step = 0; step < R; step++) {
    let next = -1;
    let nextDegree = -1;
    for (let r = 0; r < R; r++) {
      if (state[r] !== PENDING) continue;
      const degree = pendingOf[requests[r].a] + pendingOf[requests[r].b];
      if (next < 0 || options[r] < options[next] || (options[r] === options[next] && degree > nextDegree)) {
        next = r;
        nextDegree = degree;
      }
    }
    if (next < 0) break;
    const { a, b } = requests[next];
    const slot = options[next] > 0 ? bestSlot(next) : -1;
    if (slot >= 0) {
      const wasFull = freeTables[slot] === 1;
      place(next, slot, firstFreeTable(slot));
      if (wasFull || overlapping[slot].length > 1) refreshAll();
      else refreshAround(a, b);
    } else if (repair(next)) {
      refreshAll();
    } else {
      setState(next, GIVEN_UP);
    }
  }

  // Repairs can free slots that an earlier request was refused; one more pass takes them, which
  // also makes the plan maximal: no refused request fits anywhere in the final plan.
  for (let r = 0; r < R; r++) {
    if (state[r] !== GIVEN_UP) continue;
    const slot = bestSlot(r);
    if (slot >= 0) place(r, slot, firstFreeTable(slot));
    else unscheduled.push({ requestId: requests[r].id, reason: reasonFor(r) });
  }

  const assignments: Assignment[] = [];
  placement.forEach((p) => {
    if (!p) return;
    const slot = slots[p.slot];
    assignments.push({ requestId: requests[p.request].id, start: slot.start, end: slot.end, table: p.table });
  });
  assignments.sort((x, y) => x.start - y.start || x.table - y.table);
  return { assignments, unscheduled };
}
