// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { zonedToUtc } from "../../lib/time/zoned";

describe("zonedToUtc", () => {
  it("converts Berlin winter time (UTC+1)", () => {
    expect(zonedToUtc(2026, 12, 3, 9, 0, "Europe/Berlin").toISOString()).toBe("2026-12-03T08:00:00.000Z");
  });
  it("converts Berlin summer time (UTC+2)", () => {
    expect(zonedToUtc(2027, 6, 15, 9, 30, "Europe/Berlin").toISOString()).toBe("2027-06-15T07:30:00.000Z");
  });
  it("handles the day clocks go forward", () => {
    expect(zonedToUtc(2027, 3, 28, 10, 0, "Europe/Prague").toISOString()).toBe("2027-03-28T08:00:00.000Z");
  });
});
