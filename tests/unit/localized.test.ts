// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { languagesOf, pickLocalized } from "../../lib/i18n/localized";

describe("pickLocalized", () => {
  it("returns the visitor's language when present", () => {
    expect(pickLocalized({ de: "Hallo", cs: "Ahoj" }, "cs")).toEqual({ text: "Ahoj", lang: "cs", isFallback: false });
  });

  it("falls back to the only language written and says so", () => {
    expect(pickLocalized({ cs: "Frézování CNC" }, "de")).toEqual({ text: "Frézování CNC", lang: "cs", isFallback: true });
  });

  it("prefers English over a third language as fallback", () => {
    expect(pickLocalized({ cs: "Ahoj", en: "Hello" }, "de")?.lang).toBe("en");
  });

  it("treats blank text as missing", () => {
    expect(pickLocalized({ de: "   ", en: "" }, "de")).toBeNull();
    expect(languagesOf({ de: " ", cs: "x", en: null })).toEqual(["cs"]);
  });
});
