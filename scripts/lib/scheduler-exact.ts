// SPDX-License-Identifier: EUPL-1.2
import highsLoader from "highs";
import type { SchedulerInput } from "../../lib/matchmaking/scheduler";
import { overlaps } from "../../lib/matchmaking/slots";

/**
 * The most requests any schedule can place, solved exactly as an integer programme with the
 * HiGHS solver: one 0/1 variable per request and slot where both sides are free; each request
 * at most once, each participant at most once per slot, at most `tableCount` meetings per slot
 * (tables are interchangeable, so the number per slot is all that matters). Only for small
 * instances: the benchmark and the tests compare the scheduler and its bound against it.
 */
// Loading the WebAssembly module takes a while; every solve then gets a fresh solver anyway.
let loaded: ReturnType<typeof highsLoader> | null = null;

export async function exactMaximum(input: SchedulerInput): Promise<number> {
  if (input.fixed?.length) throw new Error("exactMaximum does not take fixed meetings");
  const highs = await (loaded ??= highsLoader());
  const away = new Map(input.participants.map((p) => [p.id, p.unavailable ?? []]));
  const vars: { name: string; request: number; slot: number }[] = [];
  input.requests.forEach((r, ri) => {
    if (r.a === r.b || !away.has(r.a) || !away.has(r.b)) return;
    input.slots.forEach((s, si) => {
      if ([...away.get(r.a)!, ...away.get(r.b)!].some((u) => overlaps(u, s))) return;
      vars.push({ name: `x_${ri}_${si}`, request: ri, slot: si });
    });
  });
  if (!vars.length || input.tableCount < 1) return 0;
  const rows: string[] = [];
  const group = (key: (v: (typeof vars)[number]) => string | null, limit: number) => {
    const groups = new Map<string, string[]>();
    for (const v of vars) {
      const k = key(v);
      if (k !== null) groups.set(k, [...(groups.get(k) ?? []), v.name]);
    }
    for (const names of groups.values()) if (names.length > limit) rows.push(`${names.join(" + ")} <= ${limit}`);
  };
  group((v) => `r${v.request}`, 1);
  group((v) => `s${v.slot}`, Math.floor(input.tableCount));
  for (const p of input.participants) {
    group((v) => {
      const r = input.requests[v.request];
      return r.a === p.id || r.b === p.id ? `${p.id}@${v.slot}` : null;
    }, 1);
  }
  const model = [
    "Maximize",
    ` obj: ${vars.map((v) => v.name).join(" + ")}`,
    "Subject To",
    ...rows.map((row, i) => ` c${i}: ${row}`),
    "Binary",
    ...vars.map((v) => ` ${v.name}`),
    "End",
  ].join("\n");
  const solution = highs.solve(model);
  if (solution.Status !== "Optimal") throw new Error(`HiGHS stopped with status ${solution.Status}`);
  return Math.round(solution.ObjectiveValue);
}
