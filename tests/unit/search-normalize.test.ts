// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import {
  editDistance,
  foldText,
  parseQuery,
  tokenize,
  tokenSpans,
  typoBudget,
  typoDistance,
  withinTypoBudget,
} from "@/lib/search/normalize";

describe("foldText", () => {
  it.each([
    ["Plzeň", "plzen"],
    ["Ústí nad Labem", "usti nad labem"],
    ["Drážďany", "drazdany"],
    ["Straße", "strasse"],
    ["GROSSE STRASSE", "grosse strasse"],
    ["Äußere Schweißnähte", "aussere schweissnahte"],
    ["Łódź", "lodz"],
    ["Frézování", "frezovani"],
  ])("%s → %s", (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe("tokenize", () => {
  it("splits at punctuation and hyphens, keeps numbers as words", () => {
    expect(tokenize("CNC-Fräsen, ISO 9001 und EN 1090-2!")).toEqual([
      "cnc",
      "frasen",
      "iso",
      "9001",
      "und",
      "en",
      "1090",
      "2",
    ]);
  });

  it("keeps the original position of each word for highlighting", () => {
    const text = "Wir schweißen in Plzeň.";
    const spans = tokenSpans(text);
    expect(spans.map((s) => s.token)).toEqual(["wir", "schweissen", "in", "plzen"]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Wir", "schweißen", "in", "Plzeň"]);
  });
});

  it("keeps a word with decomposed letters whole, as the same word as its composed spelling", () => {
    // "Plzeň" and "Zürich" typed with combining marks (as some systems export them).
    const text = "Pilsen Plzen\u030C Zu\u0308rich";
    expect(tokenize(text)).toEqual(["pilsen", "plzen", "zurich"]);
    expect(tokenSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["Pilsen", "Plzen\u030C", "Zu\u0308rich"]);
    expect(tokenize("Zu\u0308rich")).toEqual(tokenize("Zürich"));
  });

describe("typo budget", () => {
  it.each([
    ["fras", 0],
    ["usti", 0],
    ["frase", 1],
    ["dresdn", 1],
    ["frassenx", 1],
    ["schweisse", 2],
    ["frezovani", 2],
  ])("%s may have %i typos", (word, budget) => {
    expect(typoBudget(word)).toBe(budget);
  });

  it("never allows typos in words with digits", () => {
    expect(typoBudget("9001")).toBe(0);
    expect(typoBudget("iso9001abcdef")).toBe(0);
    expect(withinTypoBudget("9002", "9001")).toBe(false);
  });

  it("accepts a misspelling within the budget and rejects one beyond it", () => {
    expect(withinTypoBudget("dresdn", "dresden")).toBe(true);
    expect(withinTypoBudget("frassen", "frasen")).toBe(true);
    expect(withinTypoBudget("hols", "holz")).toBe(false);
    expect(withinTypoBudget("drsdn", "dresden")).toBe(false);
    expect(withinTypoBudget("schwiessen", "schweissen")).toBe(true);
    expect(withinTypoBudget("frezovanii", "frezovani")).toBe(true);
  });

  it("counts a wrong first letter as two typos", () => {
    expect(typoDistance("kaleni", "baleni")).toBe(2);
    expect(withinTypoBudget("kaleni", "baleni")).toBe(false);
    expect(withinTypoBudget("kalemi", "kaleni")).toBe(true);
    // Long words have room for it.
    expect(withinTypoBudget("wchweissen", "schweissen")).toBe(true);
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("dresden", "dersden")).toBe(1);
    expect(editDistance("milling", "millnig")).toBe(1);
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
  });

  it("stops early once the distance exceeds the limit", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 1)).toBe(2);
  });
});

describe("parseQuery", () => {
  it("treats the last word as unfinished while typing", () => {
    const words = parseQuery("CNC Fräs");
    expect(words.map((w) => [w.word, w.prefix])).toEqual([
      ["cnc", false],
      ["fras", true],
    ]);
    expect(words[1].original).toBe("Fräs");
  });

  it("takes the prefix flag alone: a trailing space or full stop does not switch it", () => {
    expect(parseQuery("Fräsen ").at(-1)?.prefix).toBe(true);
    expect(parseQuery("Fräsen.").at(-1)?.prefix).toBe(true);
    expect(parseQuery("Fräsen ", false).at(-1)?.prefix).toBe(false);
  });

  it("treats every word as finished when prefix matching is off", () => {
    expect(parseQuery("CNC Fräs", false).map((w) => w.prefix)).toEqual([false, false]);
  });

  it("returns nothing for a query without words", () => {
    expect(parseQuery("  -- !! ")).toEqual([]);
  });
});
