// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/security/return-path";
import { callbackUrlField } from "@/lib/auth/schema";

const ORIGIN = "https://grenzpartner.example";
const check = (value: unknown) => safeReturnPath(value, ORIGIN);

describe("safeReturnPath", () => {
  it.each([
    ["/de/account", "/de/account"],
    ["/cs/companies/acme?tab=offers#contact", "/cs/companies/acme?tab=offers#contact"],
    ["/en", "/en"],
    ["/de/account/team?org=abc", "/de/account/team?org=abc"],
    ["/de/search?q=Fr%C3%A4sen%20CNC", "/de/search?q=Fr%C3%A4sen%20CNC"],
    // Same-origin absolute URLs (next-auth passes these) come back as paths.
    ["https://grenzpartner.example/de/account", "/de/account"],
    // Dot segments are resolved first, as the browser will.
    ["/de/companies/../account", "/de/account"],
  ])("keeps %j as %j", (input, expected) => {
    expect(check(input)).toBe(expected);
  });

  it.each([
    // Other sites, in every spelling browsers accept.
    "//evil.example",
    "//evil.example/de/account",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example/phish",
    "/%09/evil.example/phish",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%0d%0a/evil.example",
    "/de/%0d%0aSet-Cookie:x=1",
    "/de/\u0000",
    "/de/%00",
    "/de/%2500",
    "/de/%5C%5Cevil.example",
    "/de/%255C%255Cevil.example",
    "/de\\..\\..\\evil",
    " //evil.example",
    "\t//evil.example",
    "https://evil.example/de/account",
    "http://grenzpartner.example/de/account",
    "https://grenzpartner.example.evil.example/de/account",
    "https://grenzpartner.example@evil.example/de/account",
    "https://user:pass@grenzpartner.example/de/account",
    "https:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "/de/x#\u2028javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    // Leaving the locale tree, with and without encoding.
    "/de/../..",
    "/de/../../evil",
    "/de/%2e%2e/%2e%2e/api/health",
    "/api/account/export",
    "/",
    "/fr/account",
    "/deutsch",
    // Empty segments become protocol-relative once the locale is stripped for a redirect.
    "/de//evil.example",
    "/de///evil.example/",
    // Bidi overrides and other invisible characters.
    "/de/\u202eevil",
    "/de/%E2%80%AEevil",
    "/de/\u200baccount",
    "/de/\ufeffaccount",
    // Broken encoding, wrong types, oversized values.
    "/de/%E0%A4%A",
    "",
    `/de/${"a".repeat(2001)}`,
    undefined,
    null,
    42,
    ["/de/account"],
    { toString: () => "/de/account" },
  ])("rejects %j", (input) => {
    expect(check(input)).toBeUndefined();
  });

  it("uses PUBLIC_URL's origin on the server", () => {
    const previous = process.env.PUBLIC_URL;
    process.env.PUBLIC_URL = "https://portal.example/";
    try {
      expect(safeReturnPath("https://portal.example/de/account")).toBe("/de/account");
      expect(safeReturnPath("https://grenzpartner.example/de/account")).toBeUndefined();
    } finally {
      if (previous === undefined) delete process.env.PUBLIC_URL;
      else process.env.PUBLIC_URL = previous;
    }
  });
});

describe("callbackUrlField", () => {
  it("drops a hostile callback instead of failing the form", () => {
    expect(callbackUrlField.parse("/%09/evil.example/phish")).toBeUndefined();
    expect(callbackUrlField.parse("/\t/evil.example/phish")).toBeUndefined();
    expect(callbackUrlField.parse("/de/account")).toBe("/de/account");
  });
});
