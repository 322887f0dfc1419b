// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import type { SearchEngine, SearchHit, SearchQuery } from "../../lib/search/types";
import { evaluate, runQuery, type EvalQuery } from "../../scripts/lib/search-eval";

const hit = (organizationId: string): SearchHit => ({
  type: "company",
  id: organizationId,
  name: organizationId,
  title: organizationId,
  snippet: "",
  snippetLang: null,
  country: "DE",
  region: null,
  city: null,
  slug: organizationId,
  languages: ["de"],
  startsAt: null,
  organizationId,
  verifiedBy: null,
});

/** An engine that answers every query with these organizations, in order, and remembers what it was asked. */
function engineAnswering(orgs: string[]) {
  const asked: SearchQuery[] = [];
  const engine = {
    name: "postgres",
    search: async (q: SearchQuery) => {
      asked.push(q);
      return { hits: orgs.map(hit), total: orgs.length, facets: {}, page: 1, pageSize: 20, tookMs: 0 };
    },
  } as unknown as SearchEngine;
  return { engine, asked };
}

// Organization ids map to the corpus' external ids, as after an import.
const externalIds = new Map(["a", "b", "c", "d", "e", "f", "g"].map((x) => [`org-${x}`, x]));
const orgs = (ids: string) => ids.split("").map((x) => `org-${x}`);
const query = (over: Partial<EvalQuery>): EvalQuery => ({
  id: "q",
  kind: "concept",
  direction: "de-cs",
  locale: "de",
  q: "Fräsen",
  expected: [],
  forbidden: [],
  ...over,
});

describe("search evaluation pass rule", () => {
  it("passes when every expected company is among the first five hits", async () => {
    const { engine } = engineAnswering(orgs("abcdefg"));
    const outcome = await runQuery(engine, query({ expected: ["b", "e"] }), externalIds);
    expect(outcome).toMatchObject({ passed: true, firstExpectedRank: 2, missing: [] });
  });

  it("fails when an expected company comes only sixth", async () => {
    const { engine } = engineAnswering(orgs("abcdefg"));
    const outcome = await runQuery(engine, query({ expected: ["a", "f"] }), externalIds);
    expect(outcome).toMatchObject({ passed: false, firstExpectedRank: 1, missing: ["f"] });
  });

  it("fails when a forbidden company is among the first five, even with every expected one there", async () => {
    const { engine } = engineAnswering(orgs("abcdefg"));
    const outcome = await runQuery(engine, query({ expected: ["a"], forbidden: ["e", "g"] }), externalIds);
    expect(outcome).toMatchObject({ passed: false, forbiddenFound: ["e"] });
  });

  it("asks the engine what the search page would: filters from URL parameters, the page's locale", async () => {
    const { engine, asked } = engineAnswering(orgs("a"));
    await runQuery(engine, query({ locale: "cs", filters: { country: "cz", type: "offer" }, expected: ["a"] }), externalIds);
    expect(asked[0]).toMatchObject({ q: "Fräsen", locale: "cs", filters: { country: "CZ", type: "offer" }, page: 1 });
  });

  it("fails a query whose filter the search page does not know instead of dropping the filter", async () => {
    const { engine, asked } = engineAnswering(orgs("a"));
    const outcome = await runQuery(engine, query({ filters: { colour: "red" }, expected: ["a"] }), externalIds);
    expect(outcome.passed).toBe(false);
    expect(outcome.error).toMatch(/colour/);
    expect(asked).toHaveLength(0);
  });

  it("reports pass@5 and MRR per kind; queries that expect nothing count for pass@5 but not for MRR", async () => {
    const { engine } = engineAnswering(orgs("abcdefg"));
    const report = await evaluate(
      engine,
      [
        query({ id: "1", kind: "name", expected: ["a"] }),
        query({ id: "2", kind: "name", expected: ["d"] }),
        query({ id: "3", kind: "negative", forbidden: ["g"] }),
        query({ id: "4", kind: "negative", forbidden: ["b"] }),
      ],
      externalIds,
    );
    expect(report.byKind.name).toEqual({ queries: 2, passed: 2, passAt5: 1, mrr: (1 + 1 / 4) / 2 });
    expect(report.byKind.negative).toEqual({ queries: 2, passed: 1, passAt5: 0.5, mrr: null });
    expect(report.overall.passAt5).toBe(0.75);
  });
});
