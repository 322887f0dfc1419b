// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { roughly } from "../../lib/search/engines/postgres-facets";
import { tokenSpans } from "../../lib/search/normalize";
import { SAMPLE_LEVELS, sampleLexeme, sampleLexemes } from "../../lib/search/engines/postgres-index";

describe("sample lexemes", () => {
  const ids = Array.from({ length: 40_000 }, (_, i) => `doc-${i}-${(i * 7919).toString(36)}`);
  const levels = ids.map(sampleLexemes);

  it("puts about one document in 2^k into sample level k", () => {
    for (const k of [1, 2, 3, 5]) {
      const share = levels.filter((l) => l.includes(sampleLexeme(k))).length / ids.length;
      // Four standard deviations of a binomial share around 2^-k.
      const sd = Math.sqrt(2 ** -k * (1 - 2 ** -k) / ids.length);
      expect(Math.abs(share - 2 ** -k)).toBeLessThan(4 * sd);
    }
  });

  it("nests the levels: a document of level k is in every sparser-numbered level too", () => {
    for (const l of levels) expect(l).toEqual(Array.from({ length: l.length }, (_, i) => sampleLexeme(i + 1)));
    expect(Math.max(...levels.map((l) => l.length))).toBeLessThanOrEqual(SAMPLE_LEVELS);
  });

  it("depends on the id alone, so a rewritten document stays in its samples", () => {
    expect(sampleLexemes("company:abc")).toEqual(sampleLexemes("company:abc"));
  });

  it("is never a word of a document or a query", () => {
    const text = `Lager ${sampleLexeme(3)} und ${sampleLexeme(12)}`;
    expect(tokenSpans(text).map((s) => s.token)).not.toContain(sampleLexeme(3));
    expect(tokenSpans(text).map((s) => s.token)).not.toContain(sampleLexeme(12));
  });
});

describe("roughly", () => {
  it("keeps two significant digits of an estimate", () => {
    expect(roughly(15_648)).toBe(16_000);
    expect(roughly(3_072)).toBe(3_100);
    expect(roughly(123)).toBe(120);
    expect(roughly(1_049_600)).toBe(1_000_000);
  });

  it("keeps small counts as they are", () => {
    expect(roughly(8)).toBe(8);
    expect(roughly(99)).toBe(99);
  });
});
