// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { hasOperatorToken, isLoopbackAddress, mayReadHealthDetails } from "@/lib/health/access";

describe("health details access", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.10.20.30", true],
    ["::1", true],
    ["0:0:0:0:0:0:0:1", true],
    ["::ffff:127.0.0.1", true],
    ["128.0.0.1", false],
    ["10.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["::2", false],
    ["fe80::1", false],
    ["localhost", false],
    ["127.0.0.1, 203.0.113.7", false],
    ["unknown", false],
    ["", false],
    [null, false],
  ])("treats %s as local: %s", (address, local) => {
    expect(isLoopbackAddress(address)).toBe(local);
  });

  const token = "s3cret-operator-token";
  it.each([
    [`Bearer ${token}`, true],
    [`bearer ${token}`, true],
    [`Bearer  ${token} `, true],
    [`Bearer ${token}x`, false],
    [`Bearer ${token.slice(0, -1)}`, false],
    [`Bearer ${token.toUpperCase()}`, false],
    [token, false],
    [`Basic ${token}`, false],
    ["Bearer ", false],
    [null, false],
  ])("accepts the authorization header %j: %s", (header, accepted) => {
    expect(hasOperatorToken(header, token)).toBe(accepted);
  });

  it("accepts no header at all while no operator token is configured", () => {
    expect(hasOperatorToken("Bearer ", "")).toBe(false);
    expect(hasOperatorToken("Bearer undefined", undefined)).toBe(false);
    expect(mayReadHealthDetails({ address: "203.0.113.7", authorization: "Bearer x" }, undefined)).toBe(false);
    expect(mayReadHealthDetails({ address: "203.0.113.7", authorization: `Bearer ${token}` }, token)).toBe(true);
    expect(mayReadHealthDetails({ address: "::1", authorization: null }, undefined)).toBe(true);
  });
});
