// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { isRecordId, isSlug } from "@/lib/validation/ids";

describe("record ids", () => {
  it.each(["cmxau6pz40007wp7dc15gxye7", "b6133273-4015-4c7c-829d-fe1879a2563e"])("accepts %s", (id) => {
    expect(isRecordId(id)).toBe(true);
  });

  it.each([
    ["NUL byte", "\u0000"],
    ["NUL inside a cuid", "cmxau6pz40007wp7dc15gx\u0000e7"],
    ["empty", ""],
    ["SQL", "1' OR '1'='1"],
    ["percent sign", "%"],
    ["20,000 characters", "c".repeat(20_000)],
    ["upper-case cuid", "CMXAU6PZ40007WP7DC15GXYE7"],
    ["uuid with trailing newline", "b6133273-4015-4c7c-829d-fe1879a2563e\n"],
    ["bidi override", "\u202ecmxau6pz40007wp7dc15gxye7"],
  ])("refuses %s", (_, id) => {
    expect(isRecordId(id)).toBe(false);
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 42, 1e308, ["cmxau6pz40007wp7dc15gxye7"], {}]) expect(isRecordId(value)).toBe(false);
  });
});

describe("slugs", () => {
  it.each(["cnc-frezovani-plzen-sro", "workshop-en-1090-chemnitz", "firma", "firma-2", "a".repeat(80) + "-12"])("accepts %s", (slug) => {
    expect(isSlug(slug)).toBe(true);
  });

  it.each([
    ["NUL byte", "\u0000"],
    ["percent sign", "%"],
    ["upper case", "Firma"],
    ["umlaut", "müller"],
    ["leading hyphen", "-firma"],
    ["double hyphen", "a--b"],
    ["path", "../etc/passwd"],
    ["regex metacharacters", ".*"],
    ["emoji", "firma-🚀"],
    ["20,000 characters", "a".repeat(20_000)],
  ])("refuses %s", (_, slug) => {
    expect(isSlug(slug)).toBe(false);
  });
});
