// SPDX-License-Identifier: EUPL-1.2
/**
 * The full reindex reads the database with one statement per batch and builds rows in worker
 * threads. Visitors must not notice: the documents are the ones the Prisma path builds, and
 * the rebuilt index answers like one built in a single thread, row for row.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importCompanies } from "../../lib/import/import-companies";
import { demoCompanies } from "../../lib/seed/demo-data";
import { allDocuments } from "../../lib/search/document-builder";
import { databaseDocuments } from "../../lib/search/document-source";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import { rebuildSearchIndex } from "../../lib/search/rebuild";
import type { SearchDocument, SearchEngine, SearchQuery } from "../../lib/search/types";
import { drainOutbox } from "../../lib/search/worker";
import { loadFixtures } from "./support/search-fixtures";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;
let engine: SearchEngine;

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createPostgresSearchEngine(t.db, { queryCache: false });
  // The fixture portal brings events (published, cancelled, draft) and unpublished companies.
  await loadFixtures(t.db, async () => void (await drainOutbox(t.db, engine)));
  const summary = await importCompanies(t.db, demoCompanies());
  expect(summary.issues).toEqual([]);
  const [company] = await t.db.organization.findMany({ where: { kind: "COMPANY", status: "PUBLISHED" }, take: 1 });
  const chamber = await t.db.organization.findFirstOrThrow({ where: { kind: "INSTITUTION" } });
  await t.db.companyVerification.create({
    data: { companyId: company.id, institutionId: chamber.id, memberChecked: true, registerChecked: false },
  });
  // An offer that has expired is no longer listed.
  await t.db.listing.updateMany({
    where: { id: (await t.db.listing.findFirstOrThrow({ orderBy: { id: "desc" } })).id },
    data: { validUntil: new Date(Date.now() - 86_400_000) },
  });
  await drainOutbox(t.db, engine);
}, 180_000);

afterAll(async () => {
  await t?.drop();
});

async function collect(docs: AsyncIterable<SearchDocument[]>): Promise<SearchDocument[]> {
  const out: SearchDocument[] = [];
  for await (const batch of docs) out.push(...batch);
  return out;
}

/** Every stored column of the index, the vocabulary and the sets of concepts, in a fixed order. */
async function indexContents() {
  // Group ids are numbered afresh by each rebuild; the signature names the group.
  const documents = await t.db.$queryRawUnsafe<unknown[]>(
    `SELECT to_jsonb(d) - 'facet_group' - 'indexed_at' AS document, g.signature, g.documents
       FROM search_documents d JOIN search_facet_groups g ON g.id = d.facet_group ORDER BY d.id`,
  );
  const terms = await t.db.$queryRawUnsafe<unknown[]>(`SELECT term, frequency, display FROM search_terms ORDER BY term`);
  const conceptSets = await t.db.$queryRawUnsafe<unknown[]>(`SELECT concept_ids, terms FROM search_concept_sets ORDER BY concept_ids`);
  return { documents, terms, conceptSets };
}

describe("full reindex from the database", () => {
  it("reads the same documents as the Prisma path, with one statement per batch", async () => {
    const expected = await collect(allDocuments(t.db, 7));
    const read = await collect(databaseDocuments(t.db, { batchSize: 7 }));
    expect(expected.some((d) => d.type === "event")).toBe(true);
    expect(expected.some((d) => d.verified)).toBe(true);
    expect(read).toEqual(expected);
  });

  it("builds in worker threads exactly the index one thread builds", async () => {
    const questions: SearchQuery[] = ["Spritzguss", "Blechbearbeitung", "svařování", "Kooperationsbörse", ""].map((q) => ({
      q,
      locale: "de",
      filters: {},
      facets: ["country", "industry", "type"],
      page: 1,
      pageSize: 20,
    }));
    await rebuildSearchIndex(t.db, engine, { workers: 0, batchSize: 5 });
    const inThread = await indexContents();
    // Everything a visitor sees of a result; only the time it took differs.
    const answer = async (q: SearchQuery) => ({ ...(await engine.search(q)), tookMs: 0 });
    const answers = await Promise.all(questions.map(answer));

    // The workers must really have started: a reindex that cannot start them builds in its own
    // thread and says so, which would make this comparison trivial.
    const warn = vi.spyOn(console, "warn");
    await rebuildSearchIndex(t.db, engine, { workers: 2, batchSize: 5 });
    expect(warn.mock.calls.flat().join("\n")).not.toContain("one thread");
    warn.mockRestore();
    const inWorkers = await indexContents();
    expect(inWorkers.documents.length).toBeGreaterThan(40);
    expect(inWorkers.conceptSets.length).toBeGreaterThan(3);
    expect(inWorkers).toEqual(inThread);
    expect(await Promise.all(questions.map(answer))).toEqual(answers);
  });
});
