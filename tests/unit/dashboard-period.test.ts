// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { MAX_MONTHS, parsePeriod } from "@/lib/dashboards/period";

const now = new Date("2026-12-06T01:30:00Z");

describe("dashboard period", () => {
  it("defaults to the last twelve months up to this one, as UTC month bounds", () => {
    const { period, problem } = parsePeriod({}, now);
    expect(problem).toBeNull();
    expect([period.from, period.to, period.months.length]).toEqual(["2026-01", "2026-12", 12]);
    expect([period.start.toISOString(), period.end.toISOString()]).toEqual(["2026-01-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"]);
  });

  it("takes a single month and a range across a year's end", () => {
    expect(parsePeriod({ from: "2026-03", to: "2026-03" }, now).period.months).toEqual(["2026-03"]);
    expect(parsePeriod({ from: "2025-11", to: "2026-02" }, now).period.months).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("counts twelve months back from a lone end, and up to this month from a lone start", () => {
    expect(parsePeriod({ to: "2026-06" }, now).period.from).toBe("2025-07");
    expect(parsePeriod({ from: "2026-09" }, now).period.to).toBe("2026-12");
  });

  it("names what was wrong and falls back to the default", () => {
    for (const [input, problem] of [
      [{ from: "2026-13" }, "invalid"],
      [{ from: "März" }, "invalid"],
      [{ from: "2026-05", to: "2026-04" }, "reversed"],
      [{ from: "2020-01", to: "2026-12" }, "tooLong"],
    ] as const) {
      const parsed = parsePeriod(input, now);
      expect(parsed.problem).toBe(problem);
      expect([parsed.period.from, parsed.period.to]).toEqual(["2026-01", "2026-12"]);
    }
    expect(parsePeriod({ from: "2024-01", to: "2026-12" }, now).period.months).toHaveLength(MAX_MONTHS);
  });
});
