// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { alertPeriod, dailyPeriod, weeklyPeriod } from "../../lib/alerts/period";

const at = (iso: string) => new Date(iso);

describe("daily alert period", () => {
  it("is the calendar date in Berlin, not in UTC", () => {
    expect(dailyPeriod(at("2026-11-25T06:00:00Z"))).toBe("2026-11-25");
    // 23:30 UTC is already the next day in Berlin (UTC+1 in winter, UTC+2 in summer).
    expect(dailyPeriod(at("2026-11-25T23:30:00Z"))).toBe("2026-11-26");
    expect(dailyPeriod(at("2026-07-10T22:30:00Z"))).toBe("2026-07-11");
    expect(dailyPeriod(at("2026-07-10T21:30:00Z"))).toBe("2026-07-10");
  });

  it("follows the clock change in spring and autumn", () => {
    // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST, so midnight moves from 23:00 to 22:00 UTC.
    expect(dailyPeriod(at("2026-03-28T22:59:00Z"))).toBe("2026-03-28");
    expect(dailyPeriod(at("2026-03-28T23:00:00Z"))).toBe("2026-03-29");
    expect(dailyPeriod(at("2026-03-29T21:59:00Z"))).toBe("2026-03-29");
    expect(dailyPeriod(at("2026-03-29T22:00:00Z"))).toBe("2026-03-30");
    // 25 October 2026: back to CET; that day lasts 25 hours.
    expect(dailyPeriod(at("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    expect(dailyPeriod(at("2026-10-25T22:59:00Z"))).toBe("2026-10-25");
    expect(dailyPeriod(at("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
  });

  it("changes the year at Berlin's midnight", () => {
    expect(dailyPeriod(at("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
    expect(dailyPeriod(at("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });
});

describe("weekly alert period", () => {
  it("is the ISO week of the Berlin date", () => {
    expect(weeklyPeriod(at("2026-11-25T06:00:00Z"))).toBe("2026-W48");
    // Monday 00:30 in Berlin is still Sunday in UTC.
    expect(weeklyPeriod(at("2026-11-29T22:59:00Z"))).toBe("2026-W48");
    expect(weeklyPeriod(at("2026-11-29T23:00:00Z"))).toBe("2026-W49");
    expect(weeklyPeriod(at("2026-01-05T12:00:00Z"))).toBe("2026-W02");
  });

  it("starts a new week at Berlin's Monday midnight across the clock change", () => {
    expect(weeklyPeriod(at("2026-03-29T21:59:00Z"))).toBe("2026-W13");
    expect(weeklyPeriod(at("2026-03-29T22:00:00Z"))).toBe("2026-W14");
    expect(weeklyPeriod(at("2026-10-25T22:59:00Z"))).toBe("2026-W43");
    expect(weeklyPeriod(at("2026-10-25T23:00:00Z"))).toBe("2026-W44");
  });

  it("counts days around New Year to the year of their week's Thursday", () => {
    // 2026 begins on a Thursday, so it has 53 weeks; 1–3 January 2027 still belong to week 53.
    expect(weeklyPeriod(at("2026-12-28T12:00:00Z"))).toBe("2026-W53");
    expect(weeklyPeriod(at("2026-12-31T23:30:00Z"))).toBe("2026-W53");
    expect(weeklyPeriod(at("2027-01-03T22:59:00Z"))).toBe("2026-W53");
    expect(weeklyPeriod(at("2027-01-03T23:00:00Z"))).toBe("2027-W01");
    // 29 December 2025 is a Monday whose Thursday lies in 2026.
    expect(weeklyPeriod(at("2025-12-29T12:00:00Z"))).toBe("2026-W01");
    expect(weeklyPeriod(at("2024-12-30T12:00:00Z"))).toBe("2025-W01");
    // 2020 (a leap year starting on Wednesday) has 53 weeks too.
    expect(weeklyPeriod(at("2021-01-03T12:00:00Z"))).toBe("2020-W53");
    expect(weeklyPeriod(at("2021-01-04T12:00:00Z"))).toBe("2021-W01");
  });

  it("gives every day of one week the same key, and the next week another", () => {
    const keys = Array.from({ length: 14 }, (_, i) => weeklyPeriod(new Date(Date.UTC(2026, 10, 23, 10) + i * 86_400_000)));
    expect(new Set(keys.slice(0, 7))).toEqual(new Set(["2026-W48"]));
    expect(new Set(keys.slice(7))).toEqual(new Set(["2026-W49"]));
  });
});

describe("alertPeriod", () => {
  it("picks the key by frequency", () => {
    const now = at("2026-11-25T06:00:00Z");
    expect(alertPeriod("DAILY", now)).toBe("2026-11-25");
    expect(alertPeriod("WEEKLY", now)).toBe("2026-W48");
  });
});
