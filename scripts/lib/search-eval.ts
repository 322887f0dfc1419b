// SPDX-License-Identifier: EUPL-1.2
/**
 * The labelled search evaluation (eval/search): a corpus of companies written the way firms in
 * Saxony and the Czech border regions describe themselves, and buyers' queries with the
 * companies each must find and those it must not. Shared by `npm run eval:search` and the
 * regression-floor integration test, so both measure exactly the same thing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db/prisma";
import { importCompanies } from "../../lib/import/import-companies";
import { DEFAULT_PAGE_SIZE, parseSearchPageParams, SEARCH_PARAMETER_NAMES } from "../../lib/search/params";
import type { SearchEngine } from "../../lib/search/types";
import { drainOutbox } from "../../lib/search/worker";
import type { Lang } from "../../lib/i18n/localized";

export const EVAL_DIR = path.resolve(import.meta.dirname, "../../eval/search");
/** A query passes when its companies are among this many first hits. */
export const CUTOFF = 5;

export const QUERY_KINDS = [
  "concept",
  "compound",
  "inflection",
  "typo",
  "exonym",
  "place",
  "name",
  "filter",
  "offer",
  "request",
  "english",
  "negative",
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface EvalQuery {
  id: string;
  kind: QueryKind;
  /** Language of the query, then language of the text that should answer it ("de-cs"). */
  direction: string;
  locale: Lang;
  q: string;
  /** Search page parameters besides q, exactly as they would stand in the page's URL. */
  filters?: Record<string, string>;
  /** External ids of companies that must all be among the first CUTOFF hits. */
  expected: string[];
  /** External ids of companies none of which may be among the first CUTOFF hits. */
  forbidden: string[];
  note?: string;
}

export interface QueryOutcome {
  id: string;
  kind: QueryKind;
  direction: string;
  q: string;
  filters: Record<string, string>;
  passed: boolean;
  /** 1-based rank of the first hit of an expected company; null when none was found (or none expected). */
  firstExpectedRank: number | null;
  missing: string[];
  forbiddenFound: string[];
  /** Companies behind the first CUTOFF hits, in order (one entry per hit). */
  top: string[];
  error?: string;
}

export interface GroupFigures {
  queries: number;
  passed: number;
  passAt5: number;
  /** Mean reciprocal rank over the group's queries that expect a company. */
  mrr: number | null;
}

export interface EvalReport {
  engine: string;
  overall: GroupFigures;
  byKind: Record<string, GroupFigures>;
  byDirection: Record<string, GroupFigures>;
  outcomes: QueryOutcome[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The corpus: every JSON file in eval/search/corpus, each an array in the bulk import format. */
export function loadCorpus(dir = EVAL_DIR): Record<string, unknown>[] {
  const corpusDir = path.join(dir, "corpus");
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => readJson(path.join(corpusDir, f)) as Record<string, unknown>[]);
}

const ALLOWED_PARAMS = new Set<string>(SEARCH_PARAMETER_NAMES);

/** The labelled queries, checked against the corpus so a mistyped id cannot pass silently. */
export function loadQueries(corpus: Record<string, unknown>[], file = path.join(EVAL_DIR, "queries.json")): EvalQuery[] {
  const queries = readJson(file) as EvalQuery[];
  const ids = new Set(corpus.map((c) => String(c.externalId)));
  const seen = new Set<string>();
  for (const q of queries) {
    if (seen.has(q.id)) throw new Error(`eval query ${q.id} is listed twice`);
    seen.add(q.id);
    if (!QUERY_KINDS.includes(q.kind)) throw new Error(`eval query ${q.id}: unknown kind ${q.kind}`);
    for (const id of [...q.expected, ...q.forbidden]) {
      if (!ids.has(id)) throw new Error(`eval query ${q.id}: no company ${id} in the corpus`);
    }
    if (!q.expected.length && !q.forbidden.length) throw new Error(`eval query ${q.id} expects and forbids nothing`);
  }
  return queries;
}

/**
 * Imports the corpus the way every company reaches the portal (the bulk importer, which writes
 * the search outbox) and drains the outbox into the engine, like the search worker does.
 * Returns the organization id → external id map used to read hits.
 */
export async function indexCorpus(
  db: Db,
  engine: SearchEngine,
  corpus: Record<string, unknown>[],
): Promise<Map<string, string>> {
  // Fixed publication times: ties in ranking fall back to "newer first", and that order must
  // not depend on how fast the import ran.
  const summary = await importCompanies(db, corpus, {
    batchSize: 500,
    publishedAt: (index) => new Date(Date.UTC(2026, 0, 1) + index * 60_000),
  });
  if (summary.skipped || summary.issues.length) {
    const first = summary.issues[0];
    throw new Error(
      `the eval corpus did not import cleanly: ${summary.skipped} skipped` +
        (first ? ` (record ${first.externalId ?? first.index}, ${first.field}: ${first.message})` : ""),
    );
  }
  const drained = await drainOutbox(db, engine, { batchSize: 500 });
  if (drained.failed) throw new Error(`indexing the eval corpus failed for ${drained.failed} outbox rows`);
  return organizationIds(db);
}

export async function organizationIds(db: Db): Promise<Map<string, string>> {
  const orgs = await db.organization.findMany({ select: { id: true, externalId: true } });
  return new Map(orgs.filter((o) => o.externalId).map((o) => [o.id, o.externalId!]));
}

/** Runs one query through the search page's own parameter parsing and the engine. */
export async function runQuery(engine: SearchEngine, query: EvalQuery, externalIds: Map<string, string>): Promise<QueryOutcome> {
  const filters = query.filters ?? {};
  const base = { id: query.id, kind: query.kind, direction: query.direction, q: query.q, filters };
  const unknown = Object.keys(filters).filter((k) => !ALLOWED_PARAMS.has(k));
  const fail = (error: string): QueryOutcome => ({
    ...base,
    passed: false,
    firstExpectedRank: null,
    missing: query.expected,
    forbiddenFound: [],
    top: [],
    error,
  });
  if (unknown.length) return fail(`the search page does not know the parameter(s) ${unknown.join(", ")}`);
  const { query: searchQuery, ignored } = parseSearchPageParams({ q: query.q, ...filters }, query.locale, DEFAULT_PAGE_SIZE);
  if (ignored.length) return fail(`the search page ignored the parameter(s) ${ignored.join(", ")}`);
  let hits;
  try {
    hits = (await engine.search(searchQuery)).hits;
  } catch (e) {
    return fail(`search failed: ${(e as Error).message}`);
  }
  const companies = hits.map((h) => (h.organizationId ? externalIds.get(h.organizationId) : undefined) ?? `(${h.type} ${h.id})`);
  const top = companies.slice(0, CUTOFF);
  const missing = query.expected.filter((id) => !top.includes(id));
  const forbiddenFound = query.forbidden.filter((id) => top.includes(id));
  const rank = companies.findIndex((c) => query.expected.includes(c));
  return {
    ...base,
    passed: missing.length === 0 && forbiddenFound.length === 0,
    firstExpectedRank: rank === -1 ? null : rank + 1,
    missing,
    forbiddenFound,
    top,
  };
}

function figures(outcomes: QueryOutcome[], queries: Map<string, EvalQuery>): GroupFigures {
  const passed = outcomes.filter((o) => o.passed).length;
  const withExpected = outcomes.filter((o) => queries.get(o.id)!.expected.length > 0);
  const mrr = withExpected.length
    ? withExpected.reduce((sum, o) => sum + (o.firstExpectedRank ? 1 / o.firstExpectedRank : 0), 0) / withExpected.length
    : null;
  return { queries: outcomes.length, passed, passAt5: outcomes.length ? passed / outcomes.length : 0, mrr };
}

function grouped(outcomes: QueryOutcome[], key: (o: QueryOutcome) => string, queries: Map<string, EvalQuery>) {
  const groups = new Map<string, QueryOutcome[]>();
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  return Object.fromEntries([...groups].map(([k, list]) => [k, figures(list, queries)]));
}

export async function evaluate(
  engine: SearchEngine,
  queries: EvalQuery[],
  externalIds: Map<string, string>,
): Promise<EvalReport> {
  const outcomes: QueryOutcome[] = [];
  for (const q of queries) outcomes.push(await runQuery(engine, q, externalIds));
  const byId = new Map(queries.map((q) => [q.id, q]));
  return {
    engine: engine.name,
    overall: figures(outcomes, byId),
    byKind: grouped(outcomes, (o) => o.kind, byId),
    byDirection: grouped(outcomes, (o) => o.direction, byId),
    outcomes,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const mrrText = (x: number | null) => (x === null ? "   –" : x.toFixed(3));

/** The report as text: figures per kind and direction, then every failing query. */
export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  const row = (label: string, f: GroupFigures) =>
    `  ${label.padEnd(12)} ${String(f.queries).padStart(4)} ${String(f.passed).padStart(6)}   ${pct(f.passAt5).padStart(7)}  ${mrrText(f.mrr)}`;
  lines.push(`Search evaluation, engine ${report.engine}`);
  lines.push(`  ${"kind".padEnd(12)} ${"n".padStart(4)} ${"passed".padStart(6)}   ${"pass@5".padStart(7)}  MRR`);
  for (const kind of QUERY_KINDS) if (report.byKind[kind]) lines.push(row(kind, report.byKind[kind]));
  lines.push(row("overall", report.overall));
  lines.push("");
  lines.push(`  ${"direction".padEnd(12)} ${"n".padStart(4)} ${"passed".padStart(6)}   ${"pass@5".padStart(7)}  MRR`);
  for (const dir of Object.keys(report.byDirection).sort()) lines.push(row(dir, report.byDirection[dir]));
  const failures = report.outcomes.filter((o) => !o.passed);
  if (failures.length) {
    lines.push("");
    lines.push(`Failures (${failures.length}):`);
    for (const f of failures) {
      const filters = Object.entries(f.filters).map(([k, v]) => `${k}=${v}`).join(" ");
      lines.push(`  ${f.id} [${f.direction}] "${f.q}"${filters ? ` {${filters}}` : ""}`);
      if (f.error) lines.push(`      error: ${f.error}`);
      if (f.missing.length) lines.push(`      missing:   ${f.missing.join(", ")}`);
      if (f.forbiddenFound.length) lines.push(`      forbidden: ${f.forbiddenFound.join(", ")}`);
      lines.push(`      top ${CUTOFF}:     ${f.top.join(", ") || "(no hits)"}`);
    }
  }
  return lines.join("\n");
}
