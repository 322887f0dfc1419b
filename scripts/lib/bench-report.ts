// SPDX-License-Identifier: EUPL-1.2
/**
 * Latency measurement and the results table of the search benchmark.
 */
import type { SearchQuery } from "../../lib/search/types";
import type { BenchQuery } from "./bench-queries";

// Caches and connection pools warm up on the first queries; those are not what visitors see.
const WARMUP_QUERIES = 20;
/** The slowest queries kept in the report: beyond the p95 of the 200-query mix (its tenth slowest). */
const SLOWEST_KEPT = 15;

export const seconds = (ms: number) => ms / 1000;
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface LatencyReport {
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  queriesPerSecond: number;
  zeroHitQueries: number;
  /** Which queries found nothing, to tell a fast engine from one that simply finds less. */
  zeroHitParams: string[];
  p95MsByCategory: Record<string, number>;
  /** Failed queries are left out of the latency figures; a quick failure is not a fast answer. */
  errors: number;
  failedParams: string[];
  /** The slowest queries of the pass, slowest first: what the p95 and p99 rest on. */
  slowest: { params: string; category: string; ms: number }[];
  /** One-minute load average while this engine ran: other work on the machine skews the figures. */
  loadAverage?: number;
}

export interface QueryRunner {
  name: string;
  search: (query: SearchQuery) => Promise<{ total: number }>;
  /** Runs before the measurement, untimed (e.g. filling a cache). */
  prepare?: () => Promise<void>;
  /** A pause before each query, untimed: searches that come one at a time on a quiet server. */
  pauseMs?: number;
}

export async function measure(runner: QueryRunner, queries: readonly BenchQuery[]): Promise<LatencyReport> {
  for (const q of queries.slice(0, WARMUP_QUERIES)) await runner.search(q.query).catch(() => {});
  const times: number[] = [];
  const each: { params: string; category: string; ms: number }[] = [];
  const byCategory = new Map<string, number[]>();
  const zeroHits: string[] = [];
  const failed: string[] = [];
  const started = performance.now();
  let paused = 0;
  for (const q of queries) {
    if (runner.pauseMs) {
      await new Promise((resolve) => setTimeout(resolve, runner.pauseMs));
      paused += runner.pauseMs;
    }
    const t0 = performance.now();
    try {
      const result = await runner.search(q.query);
      if (result.total === 0) zeroHits.push(q.params);
    } catch (e) {
      if (!failed.length) console.warn(`  ${runner.name}: query "${q.params}" failed: ${(e as Error).message.trim().split("\n").at(-1)}`);
      failed.push(q.params);
      continue;
    }
    const ms = performance.now() - t0;
    times.push(ms);
    each.push({ params: q.params, category: q.category, ms: round(ms, 2) });
    byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), ms]);
  }
  const totalMs = performance.now() - started - paused;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    queries: queries.length,
    p50Ms: round(percentile(sorted, 50), 2),
    p95Ms: round(percentile(sorted, 95), 2),
    p99Ms: round(percentile(sorted, 99), 2),
    meanMs: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length), 2),
    maxMs: round(sorted.at(-1) ?? 0, 2),
    queriesPerSecond: round(times.length / seconds(totalMs), 1),
    zeroHitQueries: zeroHits.length,
    zeroHitParams: [...new Set(zeroHits)],
    p95MsByCategory: Object.fromEntries(
      [...byCategory].map(([category, list]) => [category, round(percentile([...list].sort((a, b) => a - b), 95), 2)]),
    ),
    errors: failed.length,
    failedParams: [...new Set(failed)],
    slowest: each.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_KEPT),
  };
}

export function printTable(results: Record<string, LatencyReport>) {
  const rows = Object.entries(results);
  const header = ["engine", "p50 ms", "p95 ms", "p99 ms", "mean ms", "q/s", "no hits", "errors", "load"];
  const lines = rows.map(([name, r]) => [
    name,
    r.p50Ms.toFixed(2),
    r.p95Ms.toFixed(2),
    r.p99Ms.toFixed(2),
    r.meanMs.toFixed(2),
    r.queriesPerSecond.toFixed(1),
    String(r.zeroHitQueries),
    String(r.errors),
    r.loadAverage === undefined ? "" : r.loadAverage.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${fmt(header)}`);
  for (const l of lines) console.log(fmt(l));
}

/** p95 per query category, one column per engine. */
export function printCategories(results: Record<string, LatencyReport>) {
  const engines = Object.keys(results);
  const categories = [...new Set(Object.values(results).flatMap((r) => Object.keys(r.p95MsByCategory)))];
  const header = ["p95 ms by kind", ...engines];
  const lines = categories.map((c) => [c, ...engines.map((e) => results[e].p95MsByCategory[c]?.toFixed(2) ?? "")]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${fmt(header)}`);
  for (const l of lines) console.log(fmt(l));
}
