// SPDX-License-Identifier: EUPL-1.2
/**
 * The default search engine: tables in the portal's own PostgreSQL (see the search_engine
 * migration). Query words are corrected against the vocabulary table first (trigram prefilter,
 * then edit distance within the typo budget); documents are then found through the GIN index on
 * `tsv` only, so no query compares text with every row. Ranking reads only small columns, and
 * facets are counted per facet group rather than per document.
 */
import type { Db } from "../../db/prisma";
import type { Lang } from "../../i18n/localized";
import { parseQuery, type QueryWord } from "../normalize";
import { clampPaging, isLang, localizedTitle, snippetLanguage } from "../query";
import {
  literalQuery,
  prepareQuery,
  understoodWhere,
  withSearchedWords,
  type PreparedQuery,
} from "../query-understanding";
import { buildSnippet, type HighlightTerms } from "../snippet";
import type { FacetField, SearchEngine, SearchFilters, SearchHit, SearchQuery, SearchResult } from "../types";
import { FacetGroupCache, FacetTally, groupMatches, roughly } from "./postgres-facets";
import { MAX_TERM_LENGTH, SAMPLE_LEVELS } from "./postgres-index";
import {
  alternatives,
  distanceSql,
  filterSql,
  filterTsquery,
  listOrder,
  meaningUnits,
  needsDocumentScan,
  Params,
  type RadiusSql,
  rankedOrder,
  RELAX_BELOW,
  relaxedWordSets,
  type SampleSql,
  resolveWord,
  suggestion,
  WELL_KNOWN_WORD,
  tsqueryText,
  type TermCandidate,
  withPhraseConcepts,
  type WordMatch,
} from "./postgres-query";
import { isDatabaseDocuments } from "../document-source";
import { buildSourceBatch } from "./postgres-build";
import { plannerPool, sessionSettings, type PlannerSettings } from "./postgres-planner-pool";
import type * as BuildPoolModule from "./postgres-build-pool";
import { builtBatches, rebuildTables } from "./postgres-rebuild";
import { removeDocuments, upsertDocuments } from "./postgres-write";

type Sql = Pick<Db, "$queryRawUnsafe">;

/** Corrections kept per query word; the closest few are plenty and keep the tsquery small. */
const MAX_CORRECTIONS = 8;
/**
 * The unfinished last word is looked up as the vocabulary words it begins, up to this many; a
 * shorter beginning with more keeps the index's prefix match. (Words over MAX_TERM_LENGTH are
 * not in the vocabulary, so a beginning of one alone no longer finds it.)
 */
const MAX_COMPLETIONS = 32;
/** Shorter beginnings are left to the prefix match: the vocabulary's trigram index cannot look them up. */
const MIN_COMPLETED = 3;
/** Queries at least this long are looked for inside company names when their words match nothing. */
const MIN_NAME_INFIX = 5;
/** Ranked ids kept per query: the first pages of a search come from memory. */
const CACHED_IDS = 100;
const CACHE_ENTRIES = 1000;
const CACHE_TTL_MS = 60_000;
const WRITE_TX = { timeout: 120_000, maxWait: 30_000 };
/**
 * Matches counted and ranked one by one. Each costs a visit of its row, a few microseconds, so
 * up to here a query takes a few milliseconds; beyond, it is estimated (see sampledMatches).
 */
const EXACT_UP_TO = 1500;
/** The first estimate comes from a small sample; the count one by one gives up at this multiple. */
const EXACT_GUARD = 4;
const SAMPLE_TARGET = 500;
const CANDIDATES = 300;
/** A listing around a place has this many times the candidates (one town's firms tie at distance 0). */
const NEAREST_LIMIT = 2;

const HIT_COLUMNS =
  "d.id, d.type, d.name, d.title, d.titles, d.slug, d.text_de, d.text_cs, d.text_en, d.country, d.region_id, d.city, d.text_languages, d.starts_at, d.organization_id, d.verified_by";

interface HitRow {
  id: string;
  type: SearchHit["type"];
  name: string;
  title: string;
  titles: Partial<Record<Lang, string>> | null;
  slug: string;
  text_de: string | null;
  text_cs: string | null;
  text_en: string | null;
  country: string;
  region_id: string | null;
  city: string | null;
  text_languages: string[];
  starts_at: Date | string | null;
  organization_id: string | null;
  verified_by: SearchHit["verifiedBy"];
}

interface Counts {
  total: number;
  facets: SearchResult["facets"];
  estimated?: SearchResult["estimated"];
}

/** Matches per facet group, as two arrays of equal length. */
interface GroupCounts {
  groups: number[];
  counts: number[];
}

async function correctWords(db: Sql, words: ReturnType<typeof parseQuery>): Promise<WordMatch[]> {
  const input = words.map((w, i) => ({
    i,
    word: w.word,
    budget: w.word.length > MAX_TERM_LENGTH ? 0 : w.budget,
    prefix: w.prefix,
  }));
  const rows = await db.$queryRawUnsafe<(TermCandidate & { i: number; kind: "typo" | "exact" | "prefix" })[]>(
    `WITH w AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS w(i int, word text, budget int, prefix boolean))
     SELECT w.i, 'typo' AS kind, c.term, c.display, c.frequency, c.distance
       FROM w CROSS JOIN LATERAL search_term_candidates(w.word, w.budget, ${MAX_CORRECTIONS * 2}) AS c
      WHERE w.budget > 0 AND NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = w.word AND t.frequency >= ${WELL_KNOWN_WORD})
     UNION ALL
     SELECT w.i, 'exact', t.term, t.display, t.frequency, 0
       FROM search_terms t JOIN w ON w.word = t.term WHERE t.term = ANY (ARRAY(SELECT word FROM w))
     UNION ALL
     SELECT w.i, 'prefix', c.term, NULL, NULL, NULL FROM w
       CROSS JOIN LATERAL (SELECT t.term FROM search_terms t
                            WHERE t.term LIKE replace(replace(replace(w.word, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                              AND t.term <> w.word
                            LIMIT ${MAX_COMPLETIONS + 1}) AS c
       WHERE w.prefix AND length(w.word) BETWEEN ${MIN_COMPLETED} AND ${MAX_TERM_LENGTH}`,
    JSON.stringify(input),
  );
  const matches = words.map((word, i) => {
    const mine = rows.filter((r) => r.i === i);
    const completions = mine.filter((r) => r.kind === "prefix").map((r) => r.term);
    const match = resolveWord(
      word,
      mine.filter((r) => r.kind === "typo"),
      mine.find((r) => r.kind === "exact")?.frequency ?? 0,
      // As before completions were looked up: only a word that could be corrected counts as one
      // the searcher has not finished.
      input[i].budget > 0 && completions.length > 0,
    );
    const completed = word.prefix && word.word.length >= MIN_COMPLETED && word.word.length <= MAX_TERM_LENGTH;
    return {
      ...match,
      corrections: match.corrections.slice(0, MAX_CORRECTIONS),
      ...(completed && completions.length <= MAX_COMPLETIONS ? { completions } : {}),
    };
  });
  return withPhraseConcepts(matches);
}

/** tsquery parameters that single out the best-ranked matches, for a query too large to rank in full. */
interface Tiers {
  /** The query's own words (not only its concepts): in `title_tsv`, the name and title matches. */
  own?: string;
  /** The words as typed, when some were corrected. */
  exact?: string;
  /** Every word of a relaxed query. */
  allWords?: string;
}

interface MatchSqlOptions {
  /**
   * Look for the query inside company names ("metallbau" in "ABC-Metallbau"), the fallback when
   * the words themselves match nothing.
   */
  nameInfix?: boolean;
  /** Every word of a relaxed query, for its rank column `all_words`. */
  allWords?: WordMatch[];
  radius?: RadiusSql;
  /** Without, only the WHERE clause is built. */
  rankColumns?: boolean;
  sample?: SampleSql;
  /**
   * The index holds the filter lexemes (filterLexeme): the words' tsqueries require those of
   * the filters too, and the GIN index tests the filters with the words.
   */
  filterLexemes?: boolean;
}

/**
 * WHERE clause and ranking columns (each statement has its own parameters). `tiers` names the
 * tsqueries of the leading ranks, each of which implies the text condition of `where`: with
 * `filtersOnly` instead, the index is searched for the tier alone, through `narrowed`, which
 * adds the filters' lexemes where the index has them.
 */
function matchSql(
  matches: WordMatch[],
  filters: SearchFilters,
  nowTs: number,
  p: Params,
  opts: MatchSqlOptions = {},
): { where: string; rank: string; tiers: Tiers; filtersOnly: string; narrowed: (tsquery: string) => string } {
  const { nameInfix = false, allWords, radius = "both", rankColumns = true, sample } = opts;
  const filtersOnly = filterSql(filters, nowTs, p, radius, matches.length > 0, sample);
  const where = [filtersOnly];
  const lexemes = opts.filterLexemes && matches.length ? filterTsquery(filters) : null;
  // Added when first used: a parameter no statement text refers to has no type.
  let filterParam: string | undefined;
  const narrowed = (tsquery: string) =>
    lexemes ? `(${tsquery}::tsquery && ${(filterParam ??= p.add(lexemes))}::tsquery)` : `${tsquery}::tsquery`;
  if (!matches.length) return { where: where.join(" AND "), rank: "", tiers: {}, filtersOnly, narrowed };
  const key = matches.map((m) => m.word.word).join(" ");
  if (nameInfix) where.push(`d.name_folded LIKE ${p.add(`%${key}%`)}`);
  else where.push(`d.tsv @@ ${narrowed(p.add(tsqueryText(matches)))}`);
  // Statements that only count leave the ranking's parameters out: unused ones have no type.
  if (!rankColumns) return { where: where.join(" AND "), rank: "", tiers: {}, filtersOnly, narrowed };
  const k = p.add(key);
  const nameRank = `CASE WHEN d.name_key = ${k} THEN 2 WHEN d.name_key LIKE ${k} || ' %' THEN 1 ELSE 0 END AS name_rank`;
  if (nameInfix) {
    return {
      where: where.join(" AND "),
      rank: `${nameRank}, 4 AS field_rank, true AS exact, 0 AS units_any, 0 AS units_own`,
      tiers: {},
      filtersOnly,
      narrowed,
    };
  }
  const anyText = tsqueryText(matches);
  const ownText = tsqueryText(matches, { concepts: false, baseForms: false });
  // The author's own words in another form ("výroba nábytku" for "výrobou nábytku") rank above
  // a match through a concept alone.
  const formsText = tsqueryText(matches, { concepts: false });
  // Words as typed rank above typo corrections and above inflected forms and compound parts.
  const exactText = tsqueryText(matches, { typos: false, concepts: false, baseForms: false });
  const own = p.add(ownText);
  const tiers: Tiers = { own };
  // Every match test on `tsv` reads the whole document vector, on each matching row; a test that
  // repeats another one, or that the WHERE clause already decided, is left out. The order stays
  // the same: a branch that can never be taken, or a flag equal within each field rank, orders
  // nothing.
  const fieldRank = [
    `WHEN d.name_tsv @@ ${own}::tsquery THEN 4 WHEN d.title_tsv @@ ${own}::tsquery THEN 3`,
    ownText === anyText ? "ELSE 2" : `WHEN d.tsv @@ ${own}::tsquery THEN 2`,
  ];
  if (ownText !== anyText) {
    if (formsText === anyText) fieldRank.push("ELSE 1");
    else if (formsText !== ownText) fieldRank.push(`WHEN d.tsv @@ ${p.add(formsText)}::tsquery THEN 1 ELSE 0`);
    else fieldRank.push("ELSE 0");
  }
  const rank = [nameRank, `CASE ${fieldRank.join(" ")} END AS field_rank`];
  // Equal to "the own words match" when no word was corrected: then it adds nothing to field_rank.
  if (exactText === ownText) rank.push("true AS exact");
  else {
    tiers.exact = p.add(exactText);
    rank.push(`d.tsv @@ ${tiers.exact}::tsquery AS exact`);
  }
  // A single unit is matched by every hit, and field_rank already tells whether in own words.
  const units = meaningUnits(matches);
  const count = (key: "own" | "any") =>
    units.length > 1 ? units.map((u) => `(d.tsv @@ ${p.add(u[key])}::tsquery)::int`).join(" + ") : "0";
  rank.push(`${count("any")} AS units_any`, `${count("own")} AS units_own`);
  if (allWords) {
    tiers.allWords = p.add(tsqueryText(allWords));
    rank.push(`d.tsv @@ ${tiers.allWords}::tsquery AS all_words`);
  }
  return { where: where.join(" AND "), rank: rank.join(", "), tiers, filtersOnly, narrowed };
}

function toHit(row: HitRow, terms: HighlightTerms, locale: Lang): SearchHit {
  const texts = { de: row.text_de, cs: row.text_cs, en: row.text_en };
  const lang = snippetLanguage(texts, terms, locale);
  return {
    type: row.type,
    id: row.id,
    name: row.name,
    title: localizedTitle(row.title, row.titles, locale),
    snippet: lang ? buildSnippet(texts[lang]!, terms) : "",
    snippetLang: lang,
    country: row.country,
    region: row.region_id,
    city: row.city,
    slug: row.slug,
    // Badges tell in which languages the hit's own text exists.
    languages: row.text_languages.filter(isLang),
    startsAt: row.starts_at ? new Date(row.starts_at).toISOString() : null,
    organizationId: row.organization_id,
    verifiedBy: row.verified_by ?? null,
  };
}

export interface PostgresEngineOptions {
  now?: () => Date;
  /**
   * Keep the ranked ids of recent queries (default on). Benchmarks turn it off to measure the
   * work every new query costs.
   */
  queryCache?: boolean;
  /** Up to this many matches a query is counted and ranked match by match (default 1,500). */
  exactUpTo?: number;
  /** Matches a sample should hold for estimating a larger result (default 500). */
  sampleTarget?: number;
  /** Candidates ranked per leading rank of a larger result (default 300). */
  candidates?: number;
  /**
   * Rank larger results on connections of their own whose sessions plan as the ranking needs
   * (default on); off, the settings are made per statement, in a transaction.
   */
  plannerConnections?: boolean;
}


/**
 * Candidates of a listing around a place: the nearest matches within the radius, walked nearest
 * first through the point index (a k-nearest-neighbour scan that stops at the bound). The index
 * measures in degrees, in which a degree of longitude counts as much as one of latitude although
 * it is about 0.63 as long here: the candidates are the matches within an ellipse, so about the
 * first 60 % of them (all within the ellipse's shorter axis) are exactly the nearest, and the
 * list is ordered by the true distance.
 */
function nearestSql(near: NonNullable<SearchFilters["near"]>, inBox: string, p: Params, wanted: number): string {
  return `(SELECT d.ctid AS t FROM search_documents d
      WHERE ${inBox} AND ${distanceSql(near, p)} <= ${p.add(near.radiusKm)}::float8
      ORDER BY point(d.geo_lon, d.geo_lat) <-> point(${p.add(near.lon)}::float8, ${p.add(near.lat)}::float8)
      LIMIT ${p.add(NEAREST_LIMIT * wanted)})`;
}

/**
 * Worker threads for a full reindex, when this code runs from source (the reindex command, the
 * seed, the benchmark). The pool's module loads TypeScript through tsx, which must stay out of
 * the server bundle, so it is imported at run time by its path; inside the built server that
 * path does not exist and the reindex builds its rows in this thread, as it does when the
 * workers cannot start.
 */
async function startBuildPool(
  workers: number | undefined,
): Promise<{ pool: BuildPoolModule.BuildPool; inOrder: typeof BuildPoolModule.builtInOrder } | null> {
  if (!import.meta.url.endsWith(".ts")) return null;
  try {
    const url = new URL("./postgres-build-pool.ts", import.meta.url).href;
    const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as typeof BuildPoolModule;
    return { pool: await mod.BuildPool.start(workers ?? mod.defaultBuildWorkers()), inOrder: mod.builtInOrder };
  } catch (e) {
    console.warn(`[search] ${(e as Error).message}; building the index in one thread`);
    return null;
  }
}
/**
 * Each candidate list of a ranking is bounded, and the planner, taking its matches for spread
 * evenly over the table, would read the table from the start until it has enough; where they
 * are not (offers stored after companies), that read goes through most of the table. Around a
 * place, it cannot tell how many points a box holds and would rather collect and sort all of
 * them than walk the point index nearest first, as it must there.
 */
const CANDIDATE_PLANS: PlannerSettings = { enable_seqscan: "off", enable_bitmapscan: "on" };
const NEAREST_PLANS: PlannerSettings = { enable_seqscan: "off", enable_bitmapscan: "off" };

export function createPostgresSearchEngine(prisma: Db, opts: PostgresEngineOptions = {}): SearchEngine {
  const now = opts.now ?? (() => new Date());
  const useCache = opts.queryCache ?? true;
  const exactUpTo = opts.exactUpTo ?? EXACT_UP_TO;
  const sampleTarget = opts.sampleTarget ?? SAMPLE_TARGET;
  const candidates = opts.candidates ?? CANDIDATES;
  // The sparsest sample that still holds a few matches of a query at the limit: about six.
  const probeLevel = Math.min(SAMPLE_LEVELS, Math.max(0, Math.floor(Math.log2(exactUpTo / 6))));
  const groupCache = new FacetGroupCache(prisma);
  /** Sample level k, through the sampled place lexemes where the whole index has them (see SampleSql). */
  const sampleOf = (level: number): SampleSql => ({ level, cells: groupCache.writing.cellSamples });
  /** What the whole index carries, as last seen (IndexWriting). */
  const indexed = () => ({ filterLexemes: groupCache.writing.filterLexemes });

  /** Facet counts from per-group match counts; a group created after the cache was read triggers one refresh. */
  async function countsFromGroups(perGroup: GroupCounts, facets: FacetField[], tally = new FacetTally(facets)): Promise<Counts> {
    let groups = await groupCache.current();
    if (perGroup.groups.some((id) => !groups.has(id))) groups = await groupCache.current({ fresh: true });
    perGroup.groups.forEach((id, i) => {
      const g = groups.get(id);
      if (g) tally.add(g, perGroup.counts[i]);
    });
    return tally.result();
  }

  /** What one query found: the first ranked ids, the rows of the page, matches per facet group. */
  interface Found {
    ids: string[];
    hits: HitRow[];
    perGroup: GroupCounts;
    /** Counted from a sample (the counts are already scaled up); `reachable` hits were ranked. */
    estimated?: { reachable: number };
  }

  /**
   * Text queries (and date-filtered listings). A query whose matches can be counted one by one
   * (up to `exactUpTo`, judged from a small sample first) is counted and ranked over all of
   * them. A larger one is estimated from a sample big enough for its facets, and its best
   * matches are ranked from a bounded set of candidates: every query costs about the same
   * however large the directory and however common its words.
   */
  async function searchMatches(
    matches: WordMatch[],
    filters: SearchFilters,
    nowTs: number,
    pageSize: number,
    offset: number,
    nameInfix = false,
    allWords?: WordMatch[],
  ): Promise<Found> {
    const q = { matches, filters, nowTs, pageSize, offset, nameInfix, allWords };
    // An index that holds no more than the bound is counted one by one whatever a probe says.
    if (!(await indexIsLarge())) return (await exactMatches(q))!;
    let estimate = await estimateMatches(q);
    if (estimate <= exactUpTo) {
      const exact = await exactMatches(q, exactUpTo * EXACT_GUARD);
      if (exact) return exact;
      // The probe was low: there are more matches than the count one by one went through.
      estimate = exactUpTo * EXACT_GUARD;
    }
    // Without sample lexemes (an index built before they existed) the sample finds nothing,
    // and the matches are counted one by one after all.
    return (await sampledMatches(q, estimate)) ?? (await exactMatches(q))!;
  }

  /**
   * Whether the index holds more documents than `exactUpTo`, counted up to that bound. A small
   * index is counted again on every query, so that it is known as large as soon as it grows; a
   * large one stays large, as an index rarely shrinks below a few thousand documents.
   */
  let largeIndex = false;
  async function indexIsLarge(): Promise<boolean> {
    if (largeIndex) return true;
    const [{ n }] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM search_documents LIMIT $1) AS d`,
      exactUpTo + 1,
    );
    largeIndex = n > exactUpTo;
    return largeIndex;
  }

  interface MatchQuery {
    matches: WordMatch[];
    filters: SearchFilters;
    nowTs: number;
    pageSize: number;
    offset: number;
    nameInfix: boolean;
    allWords?: WordMatch[];
  }

  /** The number of matches as told by the sample level at which `exactUpTo` matches leave a few. */
  async function estimateMatches(q: MatchQuery): Promise<number> {
    const p = new Params();
    const { where } = matchSql(q.matches, q.filters, q.nowTs, p, {
      ...indexed(),
      nameInfix: q.nameInfix,
      radius: "cells",
      rankColumns: false,
      sample: sampleOf(probeLevel),
    });
    const [{ n }] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM search_documents d WHERE ${where}`,
      ...p.values,
    );
    return n * 2 ** probeLevel;
  }

  /**
   * Counts and ranks every match in one statement; returns the first CACHED_IDS ids in order
   * and the rows of the requested page. With `guard`, gives up (null) beyond that many matches.
   */
  async function exactMatches(q: MatchQuery, guard?: number): Promise<Found | null> {
    const { matches, filters, nowTs, pageSize, offset } = q;
    const p = new Params();
    const near = filters.near;
    const { where, rank } = matchSql(matches, filters, nowTs, p, {
      ...indexed(),
      nameInfix: q.nameInfix,
      allWords: q.allWords,
      radius: near ? "cellsAlone" : "both",
    });
    const order = rank ? rankedOrder("", Boolean(near), Boolean(q.allWords)) : listOrder(filters, "", Boolean(near));
    const dist = near ? `, ${distanceSql(near, p)} AS dist` : "";
    const rows = `SELECT d.id, d.facet_group, d.published_ts, d.starts_at_ts, d.name_key${rank ? `, ${rank}` : ""}${dist}
        FROM search_documents d WHERE ${where}`;
    // Around a place, each row's distance is computed once and the radius checked on it; OFFSET 0
    // keeps the planner from copying the expression into the condition, which computed it twice.
    const matched = near ? `SELECT * FROM (${rows} OFFSET 0) AS r WHERE r.dist <= ${p.add(near.radiusKm)}::float8` : rows;
    const limit = guard === undefined ? "" : `LIMIT ${p.add(guard + 1)}`;
    const sql = `
      WITH m AS MATERIALIZED (
        ${matched} ${limit}
      ),
      top AS (SELECT m.id, row_number() OVER (ORDER BY ${order}) AS ord
                FROM (SELECT * FROM m ORDER BY ${order} LIMIT ${p.add(Math.max(CACHED_IDS, offset + pageSize))}) AS m),
      g AS (SELECT facet_group, count(*)::int AS n FROM m GROUP BY facet_group)
      SELECT
        (SELECT count(*)::int FROM m) AS matched,
        (SELECT coalesce(array_agg(id ORDER BY ord), '{}') FROM top) AS ids,
        (SELECT coalesce(jsonb_agg(to_jsonb(h) ORDER BY h.ord), '[]'::jsonb)
           FROM (SELECT ${HIT_COLUMNS}, top.ord FROM top JOIN search_documents d ON d.id = top.id
                  WHERE top.ord > ${p.add(offset)} AND top.ord <= ${p.add(offset + pageSize)}) AS h) AS hits,
        (SELECT coalesce(array_agg(facet_group), '{}') FROM g) AS groups,
        (SELECT coalesce(array_agg(n), '{}') FROM g) AS counts`;
    const [row] = await prisma.$queryRawUnsafe<
      { matched: number; ids: string[]; hits: HitRow[]; groups: number[]; counts: number[] }[]
    >(sql, ...p.values);
    if (guard !== undefined && row.matched > guard) return null;
    return { ids: row.ids, hits: row.hits, perGroup: { groups: row.groups, counts: row.counts } };
  }

  /**
   * A query with more matches than are counted one by one. Two statements run side by side:
   * - the facet groups of the matches in a sample of the index (level k, one document in 2^k,
   *   chosen so that about `sampleTarget` matches or more are in it), scaled up by 2^k;
   * - the ranking, over candidates that contain every match of the leading ranks up to a
   *   bound: matches in the name or a title (the ranks above all others), and as many more
   *   matches in the order of the next ranks (the words as typed, then the author's own words,
   *   then any); without words, the nearest or newest through their indexes. Only these can be
   *   paged through, as with Meilisearch's maxTotalHits.
   * Null when the sample holds no match: the index was built without sample lexemes.
   */
  async function sampledMatches(q: MatchQuery, estimate: number): Promise<Found | null> {
    const { matches, filters, nowTs, pageSize, offset } = q;
    const level = Math.min(SAMPLE_LEVELS, Math.max(1, Math.floor(Math.log2(estimate / sampleTarget))));
    const s = new Params();
    const sampled = matchSql(matches, filters, nowTs, s, {
      ...indexed(),
      nameInfix: q.nameInfix,
      radius: "cells",
      rankColumns: false,
      sample: sampleOf(level),
    });
    const countSql = `SELECT coalesce(array_agg(facet_group), '{}') AS groups, coalesce(array_agg(n), '{}') AS counts FROM (
        SELECT d.facet_group, count(*)::int AS n FROM search_documents d
         WHERE ${sampled.where} GROUP BY d.facet_group) AS g`;

    const p = new Params();
    const near = filters.near;
    // A radius narrows through the place lexemes, with the same index as the words; without
    // words, to the box the point index walks nearest first.
    const radius = matches.length ? "cells" : "box";
    const { where, rank, tiers, filtersOnly, narrowed } = matchSql(matches, filters, nowTs, p, {
      ...indexed(),
      nameInfix: q.nameInfix,
      allWords: q.allWords,
      radius,
    });
    const order = rank ? rankedOrder("", Boolean(near), Boolean(q.allWords)) : listOrder(filters, "", Boolean(near));
    const dist = near ? `, ${distanceSql(near, p)} AS dist` : "";
    // Added when first used: a parameter no statement text refers to has no type.
    let boundParam: string | undefined;
    const bound = () => (boundParam ??= p.add(candidates));
    // A tier's condition implies the query's own (a title word is a word of the document), so
    // the index is searched for the tier alone.
    const select = (condition = "", orderBy = "") =>
      `(SELECT d.ctid AS t FROM search_documents d WHERE ${condition ? `${filtersOnly} AND ${condition}` : where}${orderBy ? ` ORDER BY ${orderBy}` : ""} LIMIT ${bound()})`;
    const lead: string[] = [];
    if (tiers.allWords) lead.push(select(`d.tsv @@ ${narrowed(tiers.allWords)}`));
    // Around a place, the same words are also asked of `tsv`, which the place's cells are
    // tested on: the word index then steps through the cells' long lists from one match of the
    // words to the next. Otherwise it read every document of the cells first, to AND them with
    // the titles' matches (26,518 documents for "CNC" around Dresden at 100,000 companies: 38 of
    // the statement's 60 ms). Both tests hold for every title match.
    if (tiers.own) {
      const inTitle = `d.title_tsv @@ ${narrowed(tiers.own)}`;
      lead.push(select(near ? `${inTitle} AND d.tsv @@ ${narrowed(tiers.own)}` : inTitle));
    }
    const next: string[] = [];
    if (tiers.exact) next.push(select(`d.tsv @@ ${narrowed(tiers.exact)}`));
    if (tiers.own) next.push(select(`d.tsv @@ ${narrowed(tiers.own)}`));
    // Without words, the listing's own order through an index: nearest first around a place,
    // else newest first or by date.
    const nearest = !rank && near ? nearestSql(near, where, p, candidates) : null;
    if (rank) next.push(select());
    else if (nearest) next.push(nearest);
    else next.push(select("", listOrder(filters, "d.")));
    const need = p.add(Math.max(CACHED_IDS, offset + pageSize));
    const columns = `d.id, d.published_ts, d.starts_at_ts, d.name_key${rank ? `, ${rank}` : ""}${dist}`;
    // Every candidate of the leading ranks outranks every other one, so the others are only
    // ranked when the page reaches past the leading ones: most broad queries have enough
    // matches in names and titles, whose rank columns need no test of the whole vector. When
    // those fill the bound, the others are not even looked for: only the bound can be paged.
    const rankSql = `
      WITH lead AS MATERIALIZED (
        ${lead.length ? `SELECT DISTINCT t FROM (${lead.join(" UNION ALL ")}) AS l` : "SELECT NULL::tid AS t WHERE false"}
      ),
      rest AS MATERIALIZED (
        ${rank || !near ? `(SELECT t FROM (${next.join(" UNION ALL ")}) AS f LIMIT ${bound()})` : next[0]} EXCEPT SELECT t FROM lead
      ),
      m AS MATERIALIZED (
        SELECT 0 AS tier, ${columns} FROM search_documents d WHERE d.ctid = ANY (ARRAY(SELECT t FROM lead))
        UNION ALL
        SELECT 1 AS tier, ${columns} FROM search_documents d
         WHERE (SELECT count(*) FROM lead) < least(${need}::int, ${bound()}::int) AND d.ctid = ANY (ARRAY(SELECT t FROM rest))
      ),
      top AS (SELECT m.id, row_number() OVER (ORDER BY tier, ${order}) AS ord
                FROM (SELECT * FROM m ORDER BY tier, ${order} LIMIT ${need}) AS m)
      SELECT
        ((SELECT count(*) FROM lead)
          + CASE WHEN (SELECT count(*) FROM lead) < ${bound()} THEN (SELECT count(*) FROM rest) ELSE 0 END)::int AS reachable,
        (SELECT coalesce(array_agg(id ORDER BY ord), '{}') FROM top) AS ids,
        (SELECT coalesce(jsonb_agg(to_jsonb(h) ORDER BY h.ord), '[]'::jsonb)
           FROM (SELECT ${HIT_COLUMNS}, top.ord FROM top JOIN search_documents d ON d.id = top.id
                  WHERE top.ord > ${p.add(offset)} AND top.ord <= ${p.add(offset + pageSize)}) AS h) AS hits`;

    const [[counted], [ranked]] = await Promise.all([
      prisma.$queryRawUnsafe<GroupCounts[]>(countSql, ...s.values),
      rankedCandidates(rankSql, p.values, nearest ? NEAREST_PLANS : CANDIDATE_PLANS),
    ]);
    if (!counted.groups.length) return null;
    const scale = 2 ** level;
    return {
      ids: ranked.ids,
      hits: ranked.hits,
      perGroup: { groups: counted.groups, counts: counted.counts.map((n) => n * scale) },
      estimated: { reachable: ranked.reachable },
    };
  }

  /** The ranking statement of sampledMatches, planned with these settings. */
  async function rankedCandidates(sql: string, values: unknown[], settings: PlannerSettings) {
    type Ranked = { reachable: number; ids: string[]; hits: HitRow[] };
    const pool = opts.plannerConnections === false ? null : plannerPool(prisma, settings);
    if (pool) return (await pool.query<Ranked>(sql, values)).rows;
    const local = sessionSettings(settings, true);
    const [, rows] = await prisma.$transaction([
      prisma.$executeRawUnsafe(local.text, ...local.values),
      prisma.$queryRawUnsafe<Ranked[]>(sql, ...values),
    ]);
    return rows;
  }

  async function hitsByIds(ids: string[]): Promise<HitRow[]> {
    if (!ids.length) return [];
    const rows = await prisma.$queryRawUnsafe<HitRow[]>(
      `SELECT ${HIT_COLUMNS} FROM search_documents d WHERE d.id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
      JSON.stringify(ids),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is HitRow => Boolean(r));
  }

  /** Corrected words, ranked ids and counts of a query, reused while the index is unchanged. */
  const cache = new Map<
    string,
    { state: string; expires: number; matches: WordMatch[]; ids: string[]; counts: Counts }
  >();

  async function rankedSearch(
    words: QueryWord[],
    filters: SearchFilters,
    nowTs: number,
    pageSize: number,
    offset: number,
    facets: FacetField[],
  ) {
    const key = JSON.stringify([words.map((w) => [w.word, w.original.toLowerCase(), w.prefix]), filters, nowTs, facets]);
    const cached = useCache ? cache.get(key) : undefined;
    const covers =
      cached &&
      (offset + pageSize <= cached.ids.length ||
        cached.ids.length >= (cached.counts.estimated?.reachable ?? cached.counts.total));
    const candidate = cached && covers && cached.expires > Date.now();
    // The index's state as last seen may be up to the group cache's delay behind a write of
    // another process (the outbox worker), whose invalidation of the cached result pages arrives
    // at once: a page rendered in between would keep the ranking from before the write for as
    // long as the page is cached. A hit is confirmed against the current state, one small read.
    await groupCache.current({ fresh: Boolean(candidate) });
    if (candidate && cached.state === groupCache.stateKey) {
      const hits = await hitsByIds(cached.ids.slice(offset, offset + pageSize));
      // The same folded words may have been typed differently ("Dresdn"/"dresdn"): keep this query's spelling.
      const matches = cached.matches.map((m, i) => ({ ...m, word: words[i] }));
      // Callers get their own copy; the cached counts must not change under later hits.
      return { matches, hits, counts: structuredClone(cached.counts) };
    }
    const state = groupCache.stateKey;
    const matches = words.length ? await correctWords(prisma, words) : [];
    let found = await searchMatches(matches, filters, nowTs, pageSize, offset);
    const phrase = words.map((w) => w.word).join(" ");
    const byName = !found.ids.length && phrase.length >= MIN_NAME_INFIX;
    if (byName) found = await searchMatches(matches, filters, nowTs, pageSize, offset, true);
    // Too few hits for all words together: one word nobody wrote ("bookbinding" next to a known
    // trade) must not empty the list. What the first pass told about each word decides what to
    // leave out; the filters always stay.
    if (found.ids.length < RELAX_BELOW && !(byName && found.ids.length)) {
      for (const { words: fewer, onlyIfEmpty } of relaxedWordSets(matches)) {
        if (onlyIfEmpty && found.ids.length) break;
        const relaxed = await searchMatches(fewer, filters, nowTs, pageSize, offset, false, matches);
        if (relaxed.ids.length > found.ids.length) found = relaxed;
        if (found.ids.length >= RELAX_BELOW) break;
      }
    }
    const counts: Counts = await countsFromGroups(found.perGroup, facets);
    // Estimates are rounded, and never report fewer hits than were ranked.
    if (found.estimated) {
      counts.estimated = found.estimated;
      counts.total = Math.max(roughly(counts.total), found.estimated.reachable);
      for (const values of Object.values(counts.facets))
        for (const [value, n] of Object.entries(values ?? {})) values![value] = roughly(n);
    }
    if (!useCache) return { matches, hits: found.hits, counts };
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, {
      state,
      expires: Date.now() + CACHE_TTL_MS,
      matches,
      ids: found.ids,
      counts: structuredClone(counts),
    });
    return { matches, hits: found.hits, counts };
  }

  /** Filter-only listings: newest first straight from the index; counts from the cached facet groups. */
  async function browse(filters: SearchFilters, nowTs: number, pageSize: number, offset: number, facets: FacetField[]) {
    const p = new Params();
    const where = filterSql(filters, nowTs, p);
    const hitsSql = `SELECT ${HIT_COLUMNS} FROM search_documents d WHERE ${where}
                      ORDER BY ${listOrder(filters, "d.")} LIMIT ${p.add(pageSize)} OFFSET ${p.add(offset)}`;
    const q = new Params();
    // Documents with an end date are not in the group counts; the few still valid are counted here.
    const expiringSql = `SELECT coalesce(array_agg(facet_group), '{}') AS groups, coalesce(array_agg(n), '{}') AS counts FROM (
        SELECT facet_group, count(*)::int AS n FROM search_documents d
         WHERE d.expires_ts IS NOT NULL AND ${filterSql(filters, nowTs, q)} GROUP BY facet_group) AS g`;
    const [hits, [expiring], groups] = await Promise.all([
      prisma.$queryRawUnsafe<HitRow[]>(hitsSql, ...p.values),
      prisma.$queryRawUnsafe<GroupCounts[]>(expiringSql, ...q.values),
      groupCache.current(),
    ]);
    const tally = new FacetTally(facets);
    for (const g of groups.values()) if (groupMatches(g, filters)) tally.add(g, g.documents);
    return { hits, counts: await countsFromGroups(expiring, facets, tally) };
  }

  async function search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const { page, pageSize, offset } = clampPaging(query);
    // Place, country and stop words become filters or go; only the rest is matched as words.
    let prepared = prepareQuery(query);
    const facets: FacetField[] = [...new Set(query.facets ?? [])];
    // Minute steps keep statements identical within a minute; listings expire by the day anyway.
    const nowTs = Math.floor(now().getTime() / 60_000) * 60;

    const run = async (p: PreparedQuery) => {
      const words = parseQuery(p.q, p.prefix);
      if (!words.length && !needsDocumentScan(p.filters))
        return { matches: [] as WordMatch[], ...(await browse(p.filters, nowTs, pageSize, offset, facets)) };
      return rankedSearch(words, p.filters, nowTs, pageSize, offset, facets);
    };
    let { matches, hits, counts } = await run(prepared);
    // A word read as a place or country can belong to a name ("Labe Pack"): when that reading
    // finds nothing, the words as typed get their chance.
    if (!counts.total && understoodWhere(prepared.understood)) {
      prepared = literalQuery(query);
      ({ matches, hits, counts } = await run(prepared));
    }

    const highlight: HighlightTerms = {
      words: new Set(matches.flatMap(alternatives)),
      prefixes: matches.filter((m) => m.word.prefix).map((m) => m.word.word),
      conceptIds: new Set(matches.flatMap((m) => m.concepts)),
    };
    const result: SearchResult = {
      hits: hits.map((h) => toHit(h, highlight, query.locale)),
      total: counts.total,
      facets: counts.facets,
      ...(counts.estimated ? { estimated: counts.estimated } : {}),
      page,
      pageSize,
      tookMs: 0,
    };
    const corrected = suggestion(matches);
    const suggested = corrected && withSearchedWords(query.q ?? "", prepared.understood, corrected);
    if (suggested && suggested.toLowerCase() !== (query.q ?? "").trim().toLowerCase()) result.suggestion = suggested;
    result.tookMs = Math.round((performance.now() - started) * 10) / 10;
    return result;
  }

  return {
    name: "postgres",
    // documentRow derives base forms and compound parts itself.
    usesForms: false,
    search,
    async upsert(docs) {
      if (!docs.length) return;
      await prisma.$transaction((tx) => upsertDocuments(tx, docs), WRITE_TX);
      groupCache.changed();
    },
    async delete(ids) {
      if (!ids.length) return;
      // Most deletes of an outbox batch are of documents that are not there (a listing's id
      // under its other kind): looked up first, they need no write transaction, which would
      // wait for the writers' lock (search_state) while another batch writes. Only the worker
      // that holds a document's organization writes its documents, so none appears meanwhile.
      const present = await prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM search_documents WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
        JSON.stringify(ids),
      );
      if (!present.length) return;
      await prisma.$transaction((tx) => removeDocuments(tx, "id", present.map((p) => p.id)), WRITE_TX);
      groupCache.changed();
    },
    async deleteByOrganization(orgIds) {
      if (!orgIds.length) return;
      await prisma.$transaction((tx) => removeDocuments(tx, "organization_id", orgIds), WRITE_TX);
      groupCache.changed();
    },
    async reindex(batches) {
      if (!isDatabaseDocuments(batches)) {
        const r = await rebuildTables(prisma, builtBatches(batches));
        groupCache.reset();
        return r;
      }
      const { workers } = batches.source;
      const threads = workers === 0 ? null : await startBuildPool(workers);
      const pool = threads?.pool ?? null;
      try {
        const built = threads
          ? threads.inOrder(threads.pool, batches.source.batches())
          : (async function* () {
              for await (const batch of batches.source.batches()) yield buildSourceBatch(batch);
            })();
        const r = await rebuildTables(prisma, built);
        groupCache.reset();
        return r;
      } finally {
        await pool?.close();
      }
    },
    async health() {
      try {
        const [r] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM search_documents`);
        return { engine: "postgres", ok: true, documents: r.n };
      } catch (e) {
        return { engine: "postgres", ok: false, error: (e as Error).message.split("\n").at(-1)?.slice(0, 200) };
      }
    },
  };
}
