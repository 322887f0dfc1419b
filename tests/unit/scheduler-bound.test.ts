// SPDX-License-Identifier: EUPL-1.2
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placementUpperBound } from "@/lib/matchmaking/bounds";
import { scheduleMeetings, type SchedulerInput } from "@/lib/matchmaking/scheduler";
import { meetingSlots } from "@/lib/matchmaking/slots";
import { exactMaximum } from "../../scripts/lib/scheduler-exact";

const MIN = 60_000;

/** Small matchmaking days: up to 9 participants, 6 slots, 3 tables, some people away. */
const smallDay = fc
  .record({
    participants: fc.integer({ min: 2, max: 9 }),
    slots: fc.integer({ min: 1, max: 6 }),
    tables: fc.integer({ min: 1, max: 3 }),
    pairs: fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 24 }),
    away: fc.array(fc.tuple(fc.nat(8), fc.nat(5)), { maxLength: 6 }),
  })
  .map(({ participants, slots: slotCount, tables, pairs, away }): SchedulerInput => {
    const slots = meetingSlots([{ start: 0, end: slotCount * 20 * MIN }], 20);
    const ids = Array.from({ length: participants }, (_, i) => `p${i}`);
    const seen = new Set<string>();
    const requests = pairs
      .map(([a, b]) => [a % participants, b % participants] as const)
      .filter(([a, b]) => a !== b && !seen.has(`${Math.min(a, b)}-${Math.max(a, b)}`) && seen.add(`${Math.min(a, b)}-${Math.max(a, b)}`))
      .map(([a, b], i) => ({ id: `r${i}`, a: ids[a], b: ids[b] }));
    return {
      slots,
      tableCount: tables,
      participants: ids.map((id, i) => ({
        id,
        unavailable: away.filter(([p]) => p % participants === i).map(([, s]) => slots[s % slotCount]),
      })),
      requests,
    };
  });

describe("placement upper bound", () => {
  it("is never below the exact optimum, which is never below what the scheduler places", async () => {
    await fc.assert(
      fc.asyncProperty(smallDay, async (input) => {
        const exact = await exactMaximum(input);
        const placed = scheduleMeetings(input).assignments.length;
        expect(placed).toBeLessThanOrEqual(exact);
        expect(placementUpperBound(input)).toBeGreaterThanOrEqual(exact);
      }),
      { numRuns: 60, seed: 20261206 },
    );
  }, 60_000);

  it("is tight where tables are the limit, not the requests", () => {
    // Six disjoint pairs, each free in both slots, but one table: at most two meetings.
    const slots = meetingSlots([{ start: 0, end: 40 * MIN }], 20);
    const participants = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}` }));
    const requests = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, a: `p${2 * i}`, b: `p${2 * i + 1}` }));
    expect(placementUpperBound({ slots, tableCount: 1, participants, requests })).toBe(2);
  });

  it("counts a participant's free slots, not their requests", () => {
    // One popular company asked by five others, free in only two of three slots.
    const slots = meetingSlots([{ start: 0, end: 60 * MIN }], 20);
    const participants = [{ id: "star", unavailable: [slots[0]] }, ...Array.from({ length: 5 }, (_, i) => ({ id: `p${i}` }))];
    const requests = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, a: `p${i}`, b: "star" }));
    expect(placementUpperBound({ slots, tableCount: 10, participants, requests })).toBe(2);
  });
});
