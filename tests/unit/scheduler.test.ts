// SPDX-License-Identifier: EUPL-1.2
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  scheduleMeetings,
  type FixedMeeting,
  type SchedulerInput,
  type SchedulerResult,
} from "@/lib/matchmaking/scheduler";
import { meetingSlots, overlaps, type TimeSpan } from "@/lib/matchmaking/slots";

const MIN = 60_000;
const at = (minutes: number) => minutes * MIN;
const span = (from: number, to: number): TimeSpan => ({ start: at(from), end: at(to) });
const people = (...ids: string[]) => ids.map((id) => ({ id }));

/** Every rule the plan must keep, checked from the outside. Returns the broken ones. */
function violations(input: SchedulerInput, result: SchedulerResult): string[] {
  const problems: string[] = [];
  const byId = new Map(input.requests.map((r) => [r.id, r]));
  const unavailable = new Map(input.participants.map((p) => [p.id, p.unavailable ?? []]));
  const fixed = input.fixed ?? [];
  const fixedIds = new Set(fixed.map((f) => f.id));

  const outcome = new Map<string, number>();
  for (const a of result.assignments) outcome.set(a.requestId, (outcome.get(a.requestId) ?? 0) + 1);
  for (const u of result.unscheduled) outcome.set(u.requestId, (outcome.get(u.requestId) ?? 0) + 1);
  for (const r of new Set(input.requests.map((r) => r.id))) {
    if (fixedIds.has(r)) {
      if (outcome.has(r)) problems.push(`fixed request ${r} was scheduled again`);
    } else if (!outcome.has(r)) problems.push(`request ${r} was dropped silently`);
  }

  const meetings = [
    ...fixed.map((f) => ({ id: f.id, a: f.a, b: f.b, start: f.start, end: f.end, table: f.table })),
    ...result.assignments.map((a) => {
      const r = byId.get(a.requestId)!;
      return { id: a.requestId, a: r.a, b: r.b, start: a.start, end: a.end, table: a.table };
    }),
  ];
  for (const a of result.assignments) {
    const r = byId.get(a.requestId)!;
    if (!input.slots.some((s) => s.start === a.start && s.end === a.end)) problems.push(`${a.requestId} is off the slot grid`);
    if (a.table < 1 || a.table > input.tableCount) problems.push(`${a.requestId} sits at table ${a.table}`);
    for (const side of [r.a, r.b]) {
      if (unavailable.get(side)!.some((u) => overlaps(u, a))) problems.push(`${a.requestId} falls into ${side}'s unavailable time`);
    }
  }
  for (let i = 0; i < meetings.length; i++) {
    for (let j = i + 1; j < meetings.length; j++) {
      const x = meetings[i];
      const y = meetings[j];
      if (!overlaps(x, y)) continue;
      if (x.table === y.table) problems.push(`table ${x.table} double-booked by ${x.id} and ${y.id}`);
      for (const p of [x.a, x.b]) if (p === y.a || p === y.b) problems.push(`${p} double-booked by ${x.id} and ${y.id}`);
    }
  }
  return problems;
}

/** A refused request must really have had no place left in the final plan. */
function missedPlacements(input: SchedulerInput, result: SchedulerResult): string[] {
  const byId = new Map(input.requests.map((r) => [r.id, r]));
  const unavailable = new Map(input.participants.map((p) => [p.id, p.unavailable ?? []]));
  const meetings = [
    ...(input.fixed ?? []),
    ...result.assignments.map((a) => ({ ...byId.get(a.requestId)!, start: a.start, end: a.end, table: a.table })),
  ];
  const missed: string[] = [];
  for (const u of result.unscheduled) {
    if (u.reason === "INVALID_REQUEST" || u.reason === "NO_SLOTS") continue;
    const r = byId.get(u.requestId)!;
    for (const s of input.slots) {
      const inMeeting = meetings.filter((m) => overlaps(m, s));
      const free = (p: string) =>
        !unavailable.get(p)!.some((x) => overlaps(x, s)) && !inMeeting.some((m) => m.a === p || m.b === p);
      const tablesTaken = new Set(inMeeting.map((m) => m.table));
      const tableFree = Array.from({ length: input.tableCount }, (_, i) => i + 1).some((t) => !tablesTaken.has(t));
      if (free(r.a) && free(r.b) && tableFree) missed.push(`${u.requestId} fits at ${s.start}`);
    }
  }
  return missed;
}

describe("meetingSlots", () => {
  it("cuts windows into whole meetings and drops the remainder", () => {
    expect(meetingSlots([span(0, 70), span(120, 160)], 20)).toEqual([
      span(0, 20),
      span(20, 40),
      span(40, 60),
      span(120, 140),
      span(140, 160),
    ]);
  });

  it("gives nothing for a meeting length of zero", () => {
    expect(meetingSlots([span(0, 60)], 0)).toEqual([]);
  });
});

describe("scheduleMeetings", () => {
  it("places a simple set without conflicts", () => {
    const input: SchedulerInput = {
      slots: meetingSlots([span(0, 60)], 20),
      tableCount: 2,
      participants: people("a", "b", "c", "d"),
      requests: [
        { id: "ab", a: "a", b: "b" },
        { id: "cd", a: "c", b: "d" },
        { id: "ac", a: "a", b: "c" },
        { id: "bd", a: "b", b: "d" },
      ],
    };
    const result = scheduleMeetings(input);
    expect(violations(input, result)).toEqual([]);
    expect(result.unscheduled).toEqual([]);
    expect(result.assignments).toHaveLength(4);
  });

  it("reports what does not fit instead of dropping it", () => {
    // Three people who all want to meet each other need three slots; there are two.
    const input: SchedulerInput = {
      slots: meetingSlots([span(0, 40)], 20),
      tableCount: 5,
      participants: people("a", "b", "c"),
      requests: [
        { id: "ab", a: "a", b: "b" },
        { id: "ac", a: "a", b: "c" },
        { id: "bc", a: "b", b: "c" },
      ],
    };
    const result = scheduleMeetings(input);
    expect(violations(input, result)).toEqual([]);
    expect(result.assignments).toHaveLength(2);
    expect(result.unscheduled).toEqual([{ requestId: expect.any(String), reason: "PARTICIPANT_BUSY" }]);
  });

  it("reports missing tables when more pairs want to meet than tables and slots allow", () => {
    const pairs = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, a: `x${i}`, b: `y${i}` }));
    const input: SchedulerInput = {
      slots: meetingSlots([span(0, 40)], 20),
      tableCount: 3,
      participants: pairs.flatMap((p) => people(p.a, p.b)),
      requests: pairs,
    };
    const result = scheduleMeetings(input);
    expect(violations(input, result)).toEqual([]);
    expect(result.assignments).toHaveLength(6);
    expect(result.unscheduled).toHaveLength(4);
    expect(new Set(result.unscheduled.map((u) => u.reason))).toEqual(new Set(["NO_TABLE"]));
  });

  it("honours unavailable times", () => {
    const input: SchedulerInput = {
      slots: meetingSlots([span(0, 60)], 20),
      tableCount: 1,
      participants: [
        { id: "a", unavailable: [span(0, 30)] },
        { id: "b", unavailable: [span(45, 50)] },
        { id: "c", unavailable: [span(0, 60)] },
      ],
      requests: [
        { id: "ab", a: "a", b: "b" },
        { id: "ac", a: "a", b: "c" },
      ],
    };
    const result = scheduleMeetings(input);
    expect(violations(input, result)).toEqual([]);
    // a is away until 0:30 and b from 0:45: only the slot 0:20–0:40 would do, and a is away then too.
    expect(result.assignments).toEqual([]);
    expect(result.unscheduled).toEqual([
      { requestId: "ab", reason: "NO_COMMON_TIME" },
      { requestId: "ac", reason: "NO_COMMON_TIME" },
    ]);
  });

  it("uses the one slot both sides are free", () => {
    const input: SchedulerInput = {
      slots: meetingSlots([span(0, 60)], 20),
      tableCount: 1,
      participants: [{ id: "a", unavailable: [span(0, 20)] }, { id: "b", unavailable: [span(40, 60)] }],
      requests: [{ id: "ab", a: "a", b: "b" }],
    };
    expect(scheduleMeetings(input).assignments).toEqual([{ requestId: "ab", ...span(20, 40), table: 1 }]);
  });

  it("keeps fixed meetings, including ones off the grid, and works around them", () => {
    const fixed: FixedMeeting[] = [{ id: "ab", a: "a", b: "b", ...span(10, 30), table: 1 }];
    const input: SchedulerInput = {
      slots: meetingSlots([span(0, 60)], 20),
      tableCount: 1,
      participants: people("a", "b", "c", "d"),
      requests: [
        { id: "ab", a: "a", b: "b" },
        { id: "ac", a: "a", b: "c" },
        { id: "cd", a: "c", b: "d" },
      ],
      fixed,
    };
    const result = scheduleMeetings(input);
    expect(violations(input, result)).toEqual([]);
    // The fixed meeting covers parts of the first two slots, so only the third is left for one table.
    expect(result.assignments).toHaveLength(1);
    expect(result.assignments[0]).toMatchObject(span(40, 60));
    expect(result.unscheduled).toHaveLength(1);
  });

  it("moves an earlier placement when that is the only way to fit a request", () => {
    // d is only free in the first slot; a, b and c are free throughout.
    const input: SchedulerInput = {
      slots: meetingSlots([span(0, 40)], 20),
      tableCount: 1,
      participants: [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d", unavailable: [span(20, 40)] }],
      requests: [
        { id: "ab", a: "a", b: "b" },
        { id: "cd", a: "c", b: "d" },
      ],
    };
    const result = scheduleMeetings(input);
    expect(violations(input, result)).toEqual([]);
    expect(result.unscheduled).toEqual([]);
    expect(result.assignments.find((a) => a.requestId === "cd")).toMatchObject(span(0, 20));
  });

  it("refuses nonsense requests with a reason and handles an event without slots", () => {
    const input: SchedulerInput = {
      slots: [],
      tableCount: 3,
      participants: people("a", "b"),
      requests: [
        { id: "self", a: "a", b: "a" },
        { id: "ghost", a: "a", b: "nobody" },
        { id: "ab", a: "a", b: "b" },
        { id: "ab", a: "a", b: "b" },
      ],
    };
    expect(scheduleMeetings(input).unscheduled).toEqual([
      { requestId: "self", reason: "INVALID_REQUEST" },
      { requestId: "ghost", reason: "INVALID_REQUEST" },
      { requestId: "ab", reason: "NO_SLOTS" },
      { requestId: "ab", reason: "INVALID_REQUEST" },
    ]);
  });

  it("gives the same plan for the same input", () => {
    const input = randomInstance(42, 40, 120);
    expect(scheduleMeetings(input)).toEqual(scheduleMeetings(input));
  });

  it("never double-books and never leaves a fitting request out, whatever the input", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g"];
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: 180 }), fc.integer({ min: 1, max: 90 }))
      .map(([from, length]) => span(from, from + length));
    const instance = fc
      .record({
        windows: fc.array(spanArb, { maxLength: 3 }),
        minutes: fc.integer({ min: 5, max: 40 }),
        tableCount: fc.integer({ min: 0, max: 4 }),
        unavailable: fc.array(fc.array(spanArb, { maxLength: 2 }), { minLength: ids.length, maxLength: ids.length }),
        pairs: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 25 }),
        fixedCount: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ windows, minutes, tableCount, unavailable, pairs, fixedCount }): SchedulerInput => {
        const slots = meetingSlots(windows, minutes);
        const requests = pairs.map(([a, b], i) => ({ id: `r${i}`, a, b }));
        // Fixed meetings must not clash with each other: take them from a valid plan of a prefix.
        const prefix = requests.slice(0, fixedCount).filter((r) => r.a !== r.b);
        const seed = scheduleMeetings({ slots, tableCount, participants: people(...ids), requests: prefix });
        const fixed = seed.assignments.map((a) => ({ ...prefix.find((r) => r.id === a.requestId)!, ...a, id: a.requestId }));
        return {
          slots,
          tableCount,
          participants: ids.map((id, i) => ({ id, unavailable: unavailable[i] })),
          requests,
          fixed: fixed.map(({ id, a, b, start, end, table }) => ({ id, a, b, start, end, table })),
        };
      });
    fc.assert(
      fc.property(instance, (input) => {
        const result = scheduleMeetings(input);
        expect(violations(input, result)).toEqual([]);
        expect(missedPlacements(input, result)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps every rule on a larger event", () => {
    const input = randomInstance(7, 80, 400);
    const result = scheduleMeetings(input);
    expect(violations(input, result)).toEqual([]);
    expect(missedPlacements(input, result)).toEqual([]);
    expect(result.assignments.length).toBeGreaterThan(300);
  });
});

/** A seeded matchmaking day: two windows of 20-minute meetings, some people away for an hour. */
function randomInstance(seed: number, participantCount: number, requestCount: number): SchedulerInput {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const ids = Array.from({ length: participantCount }, (_, i) => `p${i}`);
  const pairs = new Set<string>();
  const requests: SchedulerInput["requests"][number][] = [];
  while (requests.length < requestCount) {
    const a = ids[Math.floor(random() * ids.length)];
    const b = ids[Math.floor(random() * ids.length)];
    if (a === b || pairs.has(`${a}|${b}`) || pairs.has(`${b}|${a}`)) continue;
    pairs.add(`${a}|${b}`);
    requests.push({ id: `r${requests.length}`, a, b });
  }
  return {
    slots: meetingSlots([span(0, 180), span(240, 480)], 20),
    tableCount: Math.ceil(requestCount / 18),
    participants: ids.map((id) => {
      const from = Math.floor(random() * 420);
      return random() < 0.2 ? { id, unavailable: [span(from, from + 60)] } : { id };
    }),
    requests,
  };
}
