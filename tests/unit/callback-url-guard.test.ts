// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { rejectedCallbackUrl } from "@/lib/auth/callback-url-guard";

const base = "http://portal.test";
const check = (query: string, cookies: { name: string; value: string }[] = []) => rejectedCallbackUrl(new URLSearchParams(query), cookies, base);

describe("callback URLs next-auth would answer with a 500", () => {
  it.each(["callbackUrl=NaN", "callbackUrl=%F0%9F%9A%80", "callbackUrl=javascript:alert(1)", "callbackUrl=%00", "callbackUrl=\\\\evil"])("refuses %s in the query", (query) => {
    expect(check(query)).toEqual({});
  });

  it("refuses such a cookie and names it, so it can be deleted", () => {
    expect(check("", [{ name: "next-auth.callback-url", value: "NaN" }])).toEqual({ cookie: "next-auth.callback-url" });
    expect(check("", [{ name: "__Secure-next-auth.callback-url", value: "[]" }])).toEqual({ cookie: "__Secure-next-auth.callback-url" });
  });

  it("lets through what next-auth accepts: paths, http(s) addresses and nothing at all", () => {
    for (const query of ["", "callbackUrl=%2Fde%2Faccount", "callbackUrl=http%3A%2F%2Fportal.test%2Fde", "callbackUrl="]) expect(check(query)).toBeNull();
    expect(check("", [{ name: "next-auth.callback-url", value: "http://portal.test/de" }, { name: "other", value: "NaN" }])).toBeNull();
  });
});
