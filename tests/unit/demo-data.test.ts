// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { demoCompanies, demoEvents, generatedCompanies } from "../../lib/seed/demo-data";

const langs = (d: { de?: string; cs?: string; en?: string }) => (["de", "cs", "en"] as const).filter((l) => d[l]);

describe("demo data", () => {
  const companies = demoCompanies();

  it("is deterministic", () => {
    expect(demoCompanies()).toEqual(companies);
    expect(generatedCompanies(50)).toEqual(generatedCompanies(50));
  });

  it("has at least 150 companies from Saxony and the Czech border regions", () => {
    expect(companies.length).toBeGreaterThanOrEqual(150);
    const czech = companies.filter((c) => c.country === "CZ");
    const german = companies.filter((c) => c.country === "DE");
    expect(czech.length).toBeGreaterThanOrEqual(50);
    expect(german.length).toBeGreaterThanOrEqual(50);
    const regions = new Set(czech.map((c) => c.region));
    for (const r of ["cz-karlovarsky", "cz-ustecky", "cz-liberecky"]) expect(regions).toContain(r);
  });

  it("mixes Czech-only, German-only and multilingual descriptions", () => {
    const mix = companies.map((c) => langs(c.description).join("+"));
    expect(mix.filter((m) => m === "cs").length).toBeGreaterThan(10);
    expect(mix.filter((m) => m === "de").length).toBeGreaterThan(10);
    expect(mix.filter((m) => m.includes("+")).length).toBeGreaterThan(10);
  });

  it("gives companies offers and some of them requests, with unique ids and names", () => {
    expect(companies.every((c) => (c.offers?.length ?? 0) > 0)).toBe(true);
    expect(companies.filter((c) => (c.seeks?.length ?? 0) > 0).length).toBeGreaterThan(30);
    expect(new Set(companies.map((c) => c.externalId)).size).toBe(companies.length);
    expect(new Set(companies.map((c) => c.name)).size).toBe(companies.length);
  });

  it("has five upcoming events, some of them matchmaking days", () => {
    const events = demoEvents();
    expect(events).toHaveLength(5);
    expect(events.every((e) => e.startsInDays > 0)).toBe(true);
    expect(events.filter((e) => e.type === "MATCHMAKING" && e.meetingsEnabled).length).toBeGreaterThanOrEqual(1);
  });

  it("generates synthetic companies with unique ids on request", () => {
    const many = generatedCompanies(2000);
    expect(new Set(many.map((c) => c.externalId)).size).toBe(2000);
    expect(new Set(many.map((c) => c.name)).size).toBe(2000);
  });
});
