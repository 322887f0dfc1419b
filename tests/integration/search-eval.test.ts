// SPDX-License-Identifier: EUPL-1.2
/**
 * Regression floor for search quality: the labelled set in eval/search, run against the
 * PostgreSQL engine exactly as `npm run eval:search` runs it. Only the overall pass@5 is
 * asserted, against a floor a little below the measured figure; the figures per kind are
 * printed for the reader, not asserted (see `npm run eval:search` for the failing queries).
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import {
  EVAL_DIR,
  evaluate,
  formatReport,
  indexCorpus,
  loadCorpus,
  loadQueries,
  type EvalReport,
} from "../../scripts/lib/search-eval";
import { createTestDatabase, type TestDatabase } from "./support/database";

/** Raise this when search gets better; never lower it to make a change pass. */
const PASS_AT_5_FLOOR = 0.95;
/** The same for the second, held-out set (eval/search/holdout.json). */
const HOLDOUT_PASS_AT_5_FLOOR = 0.95;

describe("search evaluation set", () => {
  let t: TestDatabase;
  let report: EvalReport;
  let holdout: EvalReport;

  beforeAll(async () => {
    t = await createTestDatabase();
    const corpus = loadCorpus();
    const queries = loadQueries(corpus);
    const engine = createPostgresSearchEngine(t.db);
    const externalIds = await indexCorpus(t.db, engine, corpus);
    report = await evaluate(engine, queries, externalIds);
    console.log(formatReport({ ...report, outcomes: [] }));
    holdout = await evaluate(engine, loadQueries(corpus, path.join(EVAL_DIR, "holdout.json")), externalIds);
    console.log(formatReport({ ...holdout, outcomes: [] }));
  });

  afterAll(async () => {
    await t?.drop();
  });

  it("covers at least 150 queries over at least 200 companies in all six language directions", () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(report.overall.queries).toBeGreaterThanOrEqual(150);
    for (const direction of ["de-cs", "de-en", "cs-de", "cs-en", "en-de", "en-cs"]) {
      expect(report.byDirection[direction]?.queries ?? 0, direction).toBeGreaterThan(0);
    }
  });

  it(`keeps pass@5 overall at or above ${PASS_AT_5_FLOOR * 100} %`, () => {
    const failing = report.outcomes.filter((o) => !o.passed).map((o) => `${o.id} "${o.q}"`);
    expect(report.overall.passAt5, `failing queries:\n${failing.join("\n")}`).toBeGreaterThanOrEqual(PASS_AT_5_FLOOR);
  });

  it(`keeps pass@5 of the held-out set at or above ${HOLDOUT_PASS_AT_5_FLOOR * 100} %`, () => {
    const failing = holdout.outcomes.filter((o) => !o.passed).map((o) => `${o.id} "${o.q}"`);
    expect(holdout.overall.passAt5, `failing queries:\n${failing.join("\n")}`).toBeGreaterThanOrEqual(HOLDOUT_PASS_AT_5_FLOOR);
  });
});
