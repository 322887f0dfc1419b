// SPDX-License-Identifier: EUPL-1.2
/**
 * Behaviour of the PostgreSQL engine beyond the shared contract: the full reindex that swaps
 * tables, the counters it keeps next to the documents, its caches, and the name fallback.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCompanies } from "../../lib/import/import-companies";
import { allDocuments, buildDocuments } from "../../lib/search/document-builder";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import { WELL_KNOWN_WORD } from "../../lib/search/engines/postgres-query";
import { enqueueSearchUpdates } from "../../lib/search/outbox";
import { rebuildSearchIndex } from "../../lib/search/rebuild";
import type { SearchEngine, SearchQuery } from "../../lib/search/types";
import { drainOutbox, outboxStatus } from "../../lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { COUNTED_TERMS } from "./support/search-vocabulary";

let t: TestDatabase;
let engine: SearchEngine;

const query = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  locale: "de",
  filters: {},
  page: 1,
  pageSize: 50,
  facets: ["type", "country", "industry"],
  ...extra,
});

const companies = [
  {
    externalId: "p1",
    name: "ABC-Metallbau GmbH",
    country: "DE",
    city: "Dresden",
    industries: ["25.11"],
    description: { de: "Treppen und Geländer aus Edelstahl." },
    offers: [{ title: { de: "Edelstahlgeländer nach Maß" } }],
  },
  {
    externalId: "p2",
    name: "Dvořák Plasty s.r.o.",
    country: "CZ",
    city: "Liberec",
    industries: ["22.29"],
    description: { cs: "Vstřikování plastů pro automobilový průmysl." },
  },
  {
    externalId: "p3",
    name: "Kunststofftechnik Ebert GmbH",
    country: "DE",
    city: "Zwickau",
    industries: ["22.29"],
    description: { de: "Spritzguss von Kunststoffteilen in Serie." },
  },
  // Enough Müllers for the name to count as a well-known word; one Möller.
  ...[...Array<string>(WELL_KNOWN_WORD).fill("Müller"), "Möller"].map((name, i) => ({
    externalId: `bakery-${i}`,
    name: `Bäckerei ${name} ${i + 1}`,
    country: "DE",
    city: "Pirna",
    description: { de: "Brot und Kuchen." },
  })),
];

async function mismatches(): Promise<{ terms: number; groups: number }> {
  const [row] = await t.db.$queryRawUnsafe<{ terms: number; groups: number }[]>(
    `SELECT
       (SELECT count(*)::int FROM (SELECT term, count(*)::int AS c FROM (${COUNTED_TERMS}) AS w GROUP BY term) AS a
          FULL JOIN search_terms s USING (term) WHERE s.frequency IS DISTINCT FROM a.c) AS terms,
       (SELECT count(*)::int FROM search_facet_groups g
          LEFT JOIN (SELECT facet_group, count(*)::int AS c FROM search_documents WHERE expires_ts IS NULL GROUP BY facet_group) AS d
            ON d.facet_group = g.id
         WHERE g.documents <> coalesce(d.c, 0)) AS groups`,
  );
  return row;
}

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createPostgresSearchEngine(t.db);
  await importCompanies(t.db, companies);
  await drainOutbox(t.db, engine);
});

afterAll(async () => {
  await t?.drop();
});

describe("postgres search engine", () => {
  it("finds a company by a part of its name when the words themselves match nothing", async () => {
    const companiesOnly = { filters: { type: "company" as const } };
    const r = await engine.search(query("metallbau", companiesOnly));
    expect(r.hits.map((h) => h.name)).toEqual(["ABC-Metallbau GmbH"]);
    expect((await engine.search(query("etallba", companiesOnly))).total).toBe(1);
    // Short fragments would match half the names.
    expect((await engine.search(query("etal", companiesOnly))).total).toBe(0);
  });

  it("takes a well-known word as typed, but corrects an unknown one", async () => {
    const names = async (q: string) => (await engine.search(query(q))).hits.map((h) => h.name.replace(/ \d+$/, ""));
    const muellers = Array<string>(WELL_KNOWN_WORD).fill("Bäckerei Müller");
    expect(await names("Muller")).toEqual(muellers);
    expect(await names("Mullr ")).toEqual(muellers);
    // A rare word may be a typo itself: it is found first, its close neighbours after it.
    expect(await names("Möller")).toEqual(["Bäckerei Möller", ...muellers]);
  });

  it("writes a suggestion the way the visitor typed the word", async () => {
    expect((await engine.search(query("Xylofonbau"))).suggestion).toBeUndefined();
    expect((await engine.search(query("Spritzgus", { prefix: false }))).suggestion).toBe("Spritzguss");
    expect((await engine.search(query("spritzgus", { prefix: false }))).suggestion).toBe("spritzguss");
  });

  it("rebuilds the whole index with identical results and exact counters", async () => {
    const questions = [
      query("Spritzguss"),
      query("vstřikování"),
      query("Edelstahl"),
      query("", { filters: { country: "DE" } }),
    ];
    const before = await Promise.all(questions.map((q) => engine.search(q)));
    const indexDefinitions = () =>
      t.db.$queryRawUnsafe<{ table: string; definition: string }[]>(
        `SELECT tablename AS "table", indexdef AS definition FROM pg_indexes
          WHERE tablename IN ('search_documents', 'search_terms', 'search_concept_sets') ORDER BY indexname`,
      );
    const migrated = await indexDefinitions();
    const flags = async () =>
      (await t.db.$queryRawUnsafe<{ cells: boolean; filters: boolean }[]>(`SELECT cell_samples AS cells, filter_lexemes AS filters FROM search_state`))[0];
    // As in an index written before documents carried their sampled place lexemes and filter lexemes.
    await t.db.$executeRawUnsafe(`UPDATE search_state SET cell_samples = false, filter_lexemes = false`);
    const { indexed } = await engine.reindex(allDocuments(t.db, 2));
    expect(indexed).toBe(companies.length + 1);
    // Every document is now written with them, and searches may use them.
    expect(await flags()).toEqual({ cells: true, filters: true });
    const after = await Promise.all(questions.map((q) => engine.search(q)));
    for (let i = 0; i < questions.length; i++) {
      expect(after[i].hits.map((h) => h.id)).toEqual(before[i].hits.map((h) => h.id));
      expect(after[i].facets).toEqual(before[i].facets);
      expect(after[i].total).toBeGreaterThan(0);
    }
    expect(await mismatches()).toEqual({ terms: 0, groups: 0 });
    // The swapped-in tables keep every index the migrations created, under its own name and
    // exactly as defined, although they are built on two connections at once.
    expect(migrated.map((i) => i.definition).join("\n")).toContain("search_documents_tsv_idx");
    expect(await indexDefinitions()).toEqual(migrated);
    // So do the tables' storage settings, and autovacuum is on again.
    const [options] = await t.db.$queryRawUnsafe<{ options: string[] }[]>(
      `SELECT reloptions AS options FROM pg_class WHERE oid = 'search_documents'::regclass`,
    );
    expect(options.options).toEqual(["toast_tuple_target=8160"]);
  });

  it("keeps the index as it was when a reindex fails halfway", async () => {
    const before = await engine.search(query("Spritzguss"));
    async function* failing() {
      let batches = 0;
      for await (const batch of allDocuments(t.db, 2)) {
        if (++batches > 1) throw new Error("the database went away");
        yield batch;
      }
    }
    await expect(engine.reindex(failing())).rejects.toThrow("the database went away");
    const after = await engine.search(query("Spritzguss"));
    expect(after.hits.map((h) => h.id)).toEqual(before.hits.map((h) => h.id));
    expect(after.total).toBe(before.total);
    expect(await mismatches()).toEqual({ terms: 0, groups: 0 });
    // The half-written copy is gone with its transaction.
    const copies = await t.db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'search_documents_next'`,
    );
    expect(copies[0].n).toBe(0);
  });

  it("keeps counting correctly when documents change after a reindex", async () => {
    await t.db.$transaction(async (tx) => {
      const org = await tx.organization.update({
        where: { externalId: "p2" },
        data: { country: "DE", city: "Görlitz" },
      });
      await enqueueSearchUpdates(tx, "COMPANY", [org.id]);
    });
    await drainOutbox(t.db, engine);
    const r = await engine.search(query("", { facets: ["country"] }));
    expect(r.facets.country).toEqual({ DE: companies.length + 1 });
    expect(await mismatches()).toEqual({ terms: 0, groups: 0 });
  });

  it("notices changes written by another process at once, even for a query it has just answered", async () => {
    const other = createPostgresSearchEngine(t.db);
    // A word no document has yet: its empty answer is cached.
    expect((await engine.search(query("Quokkawerk"))).total).toBe(0);
    const org = await t.db.$transaction(async (tx) => {
      const changed = await tx.organization.update({
        where: { externalId: "p3" },
        data: { name: "Kunststofftechnik Ebert Quokkawerk GmbH" },
      });
      await enqueueSearchUpdates(tx, "COMPANY", [changed.id]);
      return changed;
    });
    const { upserts } = await buildDocuments(t.db, "COMPANY", [org.id]);
    // The search reads the index's state, and another process writes right after, within the
    // second the state is otherwise taken as known: the cached result page of this search is
    // invalidated at once, and its next render must not get the answer from before the write.
    expect((await engine.search(query("Quokkawerk"))).total).toBe(0);
    await other.upsert(upserts);
    expect((await engine.search(query("Quokkawerk"))).hits.map((h) => h.name)).toEqual([
      "Kunststofftechnik Ebert Quokkawerk GmbH",
    ]);
    await drainOutbox(t.db, other);
  });

  it("pauses workers during a full rebuild and removes the outbox rows it covered", async () => {
    await t.db.$transaction(async (tx) => {
      const org = await tx.organization.findUniqueOrThrow({ where: { externalId: "p1" } });
      await enqueueSearchUpdates(tx, "COMPANY", [org.id]);
    });
    let drainedDuringRebuild = -1;
    async function* slowDocuments() {
      for await (const batch of allDocuments(t.db, 2)) {
        if (drainedDuringRebuild < 0) drainedDuringRebuild = (await drainOutbox(t.db, engine)).processed;
        yield batch;
      }
    }
    const rebuilding = { ...engine, reindex: () => engine.reindex(slowDocuments()) };
    const r = await rebuildSearchIndex(t.db, rebuilding);
    expect(drainedDuringRebuild).toBe(0);
    expect(r).toMatchObject({ indexed: companies.length + 1, outboxCleared: 1 });
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 0 });
    expect((await engine.search(query("Edelstahl"))).total).toBe(2);
  });
});

describe("postgres search engine, relaxed search", () => {
  let db: TestDatabase;
  let relaxedEngine: SearchEngine;
  // Two foundries: only the first writes about moulds; the second names aluminium in its offer's title.
  const foundries = [
    {
      externalId: "foundry-1",
      name: "Kovolis Hrubý s.r.o.",
      country: "CZ",
      city: "Most",
      offers: [{ title: { cs: "Slévárenské zakázky" }, description: { cs: "Tlakové lití hliníku, vlastní formy." } }],
    },
    {
      externalId: "foundry-2",
      name: "Slévárna Malá s.r.o.",
      country: "CZ",
      city: "Teplice",
      offers: [{ title: { cs: "Odlitky z hliníku" }, description: { cs: "Malé série na zakázku." } }],
    },
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    relaxedEngine = createPostgresSearchEngine(db.db);
    await importCompanies(db.db, foundries);
    await drainOutbox(db.db, relaxedEngine);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("still finds what the other words describe when one word matches nothing, all-words hits first", async () => {
    const offers = { filters: { type: "offer" as const } };
    const names = async (q: string) => (await relaxedEngine.search(query(q, offers))).hits.map((h) => h.name);
    // No document and no concept knows "Zwurbelquast": it must not empty the list.
    expect(await names("malé série Zwurbelquast")).toEqual(["Slévárna Malá s.r.o."]);
    expect(await names("Zwurbelquast hliníku")).toHaveLength(2);
    // Only the first foundry writes about moulds ("formy" for "formami", a form the vocabulary
    // does not know). It has every word and comes first, although the second names aluminium in
    // its title; the second still follows as a hit for "hliníku".
    expect(await names("hliníku formami")).toEqual(["Kovolis Hrubý s.r.o.", "Slévárna Malá s.r.o."]);
    expect(await names("hliníku")).toEqual(["Slévárna Malá s.r.o.", "Kovolis Hrubý s.r.o."]);
  });
});

describe("postgres search engine, more matches than the first pages", () => {
  let db: TestDatabase;
  let broadEngine: SearchEngine;
  const pad = (i: number) => String(i).padStart(3, "0");
  // 110 firms name the word, 15 only write it in their description: more name matches than the
  // ranked ids the engine keeps for the first pages (100).
  const firms = [
    ...Array.from({ length: 110 }, (_, i) => ({
      externalId: `name-${i}`,
      name: `Korund Werk ${pad(i + 1)}`,
      country: "DE",
      city: "Meißen",
      description: { de: "Schleifmittel für die Industrie." },
    })),
    ...Array.from({ length: 15 }, (_, i) => ({
      externalId: `text-${i}`,
      name: `Abrasiv ${pad(i + 1)} GmbH`,
      country: "CZ",
      city: "Most",
      description: { de: "Wir verarbeiten Korund in Serie." },
    })),
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    broadEngine = createPostgresSearchEngine(db.db, { queryCache: false });
    await importCompanies(db.db, firms);
    await drainOutbox(db.db, broadEngine);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("pages through every match in ranked order: all name matches before the firms that only write the word", async () => {
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      const r = await broadEngine.search(query("Korund", { page, pageSize: 50, filters: { type: "company" } }));
      expect(r.total).toBe(125);
      expect(r.facets.country).toEqual({ DE: 110, CZ: 15 });
      pages.push(r.hits.map((h) => h.name));
    }
    const expected = [
      ...Array.from({ length: 110 }, (_, i) => `Korund Werk ${pad(i + 1)}`),
      ...Array.from({ length: 15 }, (_, i) => `Abrasiv ${pad(i + 1)} GmbH`),
    ];
    expect(pages.flat()).toEqual(expected);
    // The last page starts with the last name matches and goes on with the others.
    expect(pages[2].slice(0, 11)).toEqual([...expected.slice(100, 110), "Abrasiv 001 GmbH"]);
  });
});
