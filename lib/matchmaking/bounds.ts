// SPDX-License-Identifier: EUPL-1.2
import type { SchedulerInput } from "./scheduler";
import { overlaps } from "./slots";

/**
 * An upper bound on how many of the requests any schedule could place, computed from the
 * participants' free slots and the tables rather than from the request count. Three limits,
 * each valid on its own, and the bound is the smallest:
 *
 * - requests whose two sides share at least one free slot;
 * - per participant, no more meetings than their free slots or their feasible requests;
 *   each meeting uses two participants, so half of the sum;
 * - per slot, no more meetings than tables, nor than half the participants free then who
 *   have a feasible request;
 * - every meeting involves someone of a vertex cover of the request graph, so no more than
 *   the sum of those people's limits (the cover is chosen greedily, busiest first, which
 *   makes a popular company asked by many others the whole cover).
 *
 * Fixed meetings are counted as placed and take their slot from both sides and one table.
 */
export function placementUpperBound(input: SchedulerInput): number {
  const slots = input.slots;
  const tables = Math.max(0, Math.floor(input.tableCount));
  const busy = new Map<string, boolean[]>();
  const tablesLeft = slots.map(() => tables);
  for (const p of input.participants) {
    busy.set(
      p.id,
      slots.map((s) => (p.unavailable ?? []).some((u) => overlaps(u, s))),
    );
  }
  for (const f of input.fixed ?? []) {
    slots.forEach((s, i) => {
      if (!overlaps(s, f)) return;
      tablesLeft[i] = Math.max(0, tablesLeft[i] - 1);
      for (const id of [f.a, f.b]) {
        const b = busy.get(id);
        if (b) b[i] = true;
      }
    });
  }
  const fixedIds = new Set((input.fixed ?? []).map((f) => f.id));
  const degree = new Map<string, number>();
  const activeAt = slots.map(() => new Set<string>());
  let feasible = 0;
  const feasibleRequests: { a: string; b: string }[] = [];
  for (const r of input.requests) {
    if (fixedIds.has(r.id) || r.a === r.b) continue;
    const a = busy.get(r.a);
    const b = busy.get(r.b);
    if (!a || !b) continue;
    let any = false;
    slots.forEach((_, i) => {
      if (a[i] || b[i] || tablesLeft[i] === 0) return;
      any = true;
      activeAt[i].add(r.a).add(r.b);
    });
    if (!any) continue;
    feasible++;
    feasibleRequests.push(r);
    for (const id of [r.a, r.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const limit = new Map<string, number>();
  for (const [id, d] of degree) limit.set(id, Math.min(busy.get(id)!.filter((x, i) => !x && tablesLeft[i] > 0).length, d));
  const perParticipant = [...limit.values()].reduce((a, b) => a + b, 0);
  const perSlot = activeAt.reduce((sum, people, i) => sum + Math.min(tablesLeft[i], Math.floor(people.size / 2)), 0);

  const edges = feasibleRequests.map((r) => [r.a, r.b] as const);
  const byDegree = [...degree.keys()].sort((x, y) => degree.get(y)! - degree.get(x)! || x.localeCompare(y));
  const cover = new Set<string>();
  for (const id of byDegree) {
    if (edges.some(([a, b]) => (a === id || b === id) && !cover.has(a) && !cover.has(b))) cover.add(id);
  }
  const viaCover = [...cover].reduce((sum, id) => sum + limit.get(id)!, 0);
  return Math.min(feasible, Math.floor(perParticipant / 2), perSlot, viaCover);
}
