// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { FREE_FAILURES, MAX_DELAY_MS, signInDelayMs } from "@/lib/auth/sign-in-delay";

describe("signInDelayMs", () => {
  it("does not slow an account down for a few typos", () => {
    for (let n = 0; n <= FREE_FAILURES; n++) expect(signInDelayMs(n)).toBe(0);
  });

  it("grows with every further failure and stops at a few seconds, never refusing", () => {
    const delays = Array.from({ length: 30 }, (_, i) => signInDelayMs(FREE_FAILURES + 1 + i));
    expect(delays[0]).toBeGreaterThan(0);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]);
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(Math.max(...delays)).toBe(MAX_DELAY_MS);
    expect(signInDelayMs(1_000_000)).toBe(MAX_DELAY_MS);
  });
});
