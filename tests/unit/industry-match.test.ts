// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { SELECTABLE_INDUSTRIES } from "../../lib/companies/schema";
import { HAND_MADE_CONCEPTS } from "../../lib/search/data/hand-made-concepts";
import { industryTerms, matchIndustries } from "../../lib/taxonomy/industry-match";

const terms = industryTerms(SELECTABLE_INDUSTRIES, HAND_MADE_CONCEPTS);
const find = (q: string) => matchIndustries(terms, q);

describe("industry picker matching", () => {
  it.each([
    ["Stahlbau", "25.11"],
    ["ocelové konstrukce", "25.11"],
    ["steel structures", "25.11"],
    ["Logistik", "52.29"],
    ["Spedition", "52.29"],
    ["Fräsen", "25.62"],
    ["frézování", "25.62"],
  ])("'%s' finds NACE %s", (q, code) => {
    expect(find(q)).toContain(code);
  });

  it("finds a class by an inflected form of its words", () => {
    expect(find("frézováním")).toContain("25.62");
    expect(find("Konstruktionen aus Stahl")).toContain("25.11");
  });

  it("still finds the official wording and the code", () => {
    expect(find("Herstellung von Metallkonstruktionen")).toContain("25.11");
    expect(find("25.62")).toEqual(expect.arrayContaining(["25.62"]));
  });

  it("does not list everything for a specific word", () => {
    const found = find("Stahlbau");
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(20);
    expect(found).not.toContain("56.10");
  });
});
