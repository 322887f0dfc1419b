// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { roughly } from "../../lib/search/engines/postgres-facets";
import { tokenSpans } from "../../lib/search/normalize";
import {
  documentFilterLexemes,
  filterLexeme,
  SAMPLE_LEVELS,
  sampleLexeme,
  sampleLexemes,
} from "../../lib/search/engines/postgres-index";
import { filterTsquery } from "../../lib/search/engines/postgres-query";

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

describe("filter lexemes", () => {
  const doc = {
    type: "offer" as const,
    country: "CZ",
    regionId: "cz-ustecky",
    employees: "10-49",
    industries: ["C", "25", "25.6"],
    certifications: ["ISO 9001", "Meister's"],
    languages: ["cs", "de"],
    verified: false,
  };

  it("are never a word of a document or a query", () => {
    for (const l of documentFilterLexemes(doc)) expect(tokenSpans(`Lager ${l} Ústí`).map((s) => s.token)).not.toContain(l);
  });

  it("name one value of one filter each, and a verified document once", () => {
    const lexemes = documentFilterLexemes(doc);
    expect(lexemes).toHaveLength(11);
    expect(new Set(lexemes).size).toBe(lexemes.length);
    expect(lexemes).toContain(filterLexeme("industry", "25.6"));
    expect(documentFilterLexemes({ ...doc, verified: true })).toHaveLength(12);
    // The same value in two filters is two lexemes.
    expect(filterLexeme("region", "x")).not.toBe(filterLexeme("country", "x"));
  });

  it("are asked for by a query as the columns compare them, quoted, any of several regions", () => {
    expect(filterTsquery({})).toBeNull();
    expect(filterTsquery({ excludeType: "request", near: { name: "Děčín", lat: 50.78, lon: 14.21, radiusKm: 10 } })).toBeNull();
    expect(filterTsquery({ country: "cz", language: "DE", type: "offer" })).toBe(`'=t:offer' & '=c:CZ' & '=l:de'`);
    expect(filterTsquery({ regions: ["de-sn-goerlitz", "de-sn-bautzen"], verified: true })).toBe(
      `('=r:de-sn-goerlitz' | '=r:de-sn-bautzen') & '=v'`,
    );
    expect(filterTsquery({ certification: "Meister's" })).toBe(`'=z:Meister''s'`);
  });
});
