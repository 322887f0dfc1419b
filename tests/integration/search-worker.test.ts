// SPDX-License-Identifier: EUPL-1.2
/**
 * The outbox worker: concurrent workers, retries with backoff and parking, and a worker killed
 * between the committed change and the index write.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "../../lib/db/prisma";
import { importCompanies } from "../../lib/import/import-companies";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import { enqueueSearchUpdates } from "../../lib/search/outbox";
import type { SearchDocument, SearchEngine, SearchQuery } from "../../lib/search/types";
import { drainOutbox, outboxStatus } from "../../lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { COUNTED_TERMS } from "./support/search-vocabulary";

let t: TestDatabase;
let engine: SearchEngine;

// The entities the worker builds documents for, in the order it asks; the building itself is untouched.
const builds = vi.hoisted(() => [] as string[]);
vi.mock("../../lib/search/document-builder", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../lib/search/document-builder")>();
  return {
    ...actual,
    buildDocuments: (...args: Parameters<typeof actual.buildDocuments>) => {
      builds.push(...args[2].map((id) => `${args[1]}:${id}`));
      return actual.buildDocuments(...args);
    },
  };
});

const query = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  locale: "de",
  filters: {},
  page: 1,
  pageSize: 50,
  ...extra,
});

const company = (i: number, extra: Record<string, unknown> = {}) => ({
  externalId: `w-${i}`,
  name: `Werkstatt ${i} GmbH`,
  country: i % 2 ? "CZ" : "DE",
  city: i % 2 ? "Liberec" : "Görlitz",
  description: { de: `Schweißen und Montage, Auftrag ${i}.` },
  offers: [{ title: { de: `Angebot ${i}` } }],
  ...extra,
});

async function outboxRows() {
  return t.db.searchOutbox.findMany({ orderBy: { id: "asc" } });
}

async function documentsOf(entityId: string): Promise<number> {
  const [row] = await t.db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM search_documents WHERE entity_id = $1`,
    entityId,
  );
  return row.n;
}

/** Every vocabulary count must equal the number of indexed documents containing the word. */
async function vocabularyMismatches(): Promise<number> {
  const [row] = await t.db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM
       (SELECT term, count(*)::int AS c FROM (${COUNTED_TERMS}) AS w GROUP BY term) AS actual
       FULL JOIN search_terms s USING (term)
     WHERE s.frequency IS DISTINCT FROM actual.c`,
  );
  return row.n;
}

/** Every facet group must count exactly the indexed documents that have it and never expire. */
async function facetGroupMismatches(): Promise<number> {
  const [row] = await t.db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM search_facet_groups g
       LEFT JOIN (SELECT facet_group, count(*)::int AS c FROM search_documents WHERE expires_ts IS NULL GROUP BY facet_group) AS d
         ON d.facet_group = g.id
      WHERE g.documents <> coalesce(d.c, 0)`,
  );
  return row.n;
}

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createPostgresSearchEngine(t.db);
});

afterAll(async () => {
  await t?.drop();
});

beforeEach(async () => {
  await t.db.searchOutbox.deleteMany();
});

describe("outbox worker", () => {
  it("lets two workers drain the outbox concurrently without processing a row twice", async () => {
    await importCompanies(
      t.db,
      Array.from({ length: 60 }, (_, i) => company(i)),
      { batchSize: 7 },
    );
    const rows = await outboxRows();
    // One row per company: a company's change rebuilds its offers too.
    expect(rows.length).toBe(60);
    expect(rows.every((r) => r.entityType === "COMPANY")).toBe(true);

    // Separate pools, so the two workers really run side by side.
    const second = createPrismaClient(t.url, 5);
    const inFlight = new Set<string>();
    const overlaps: string[] = [];
    const writes = new Map<string, number>();
    const slow = (base: SearchEngine): SearchEngine => ({
      ...base,
      async upsert(docs) {
        for (const d of docs) {
          if (inFlight.has(d.id)) overlaps.push(d.id);
          inFlight.add(d.id);
          writes.set(d.id, (writes.get(d.id) ?? 0) + 1);
        }
        await new Promise((r) => setTimeout(r, 15));
        try {
          await base.upsert(docs);
        } finally {
          for (const d of docs) inFlight.delete(d.id);
        }
      },
    });
    try {
      const [a, b] = await Promise.all([
        drainOutbox(t.db, slow(engine), { batchSize: 5 }),
        drainOutbox(second, slow(createPostgresSearchEngine(second)), { batchSize: 5 }),
      ]);
      expect(a.processed).toBeGreaterThan(0);
      expect(b.processed).toBeGreaterThan(0);
      expect(a.processed + b.processed).toBe(rows.length);
      expect(a.failed + b.failed).toBe(0);
    } finally {
      await second.$disconnect();
    }
    expect(overlaps).toEqual([]);
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 0, parked: 0 });
    const found = await engine.search(query("Werkstatt", { filters: { type: "company" }, pageSize: 100 }));
    expect(found.total).toBe(60);
    expect((await engine.search(query("Angebot", { filters: { type: "offer" }, pageSize: 100 }))).total).toBe(60);
    expect(await vocabularyMismatches()).toBe(0);
    expect(await facetGroupMismatches()).toBe(0);
  });

  it("keeps two batches in progress in one drain, each row applied once, and one at a time when asked", async () => {
    await importCompanies(
      t.db,
      Array.from({ length: 24 }, (_, i) => company(100 + i)),
      { batchSize: 7 },
    );
    expect((await outboxRows()).length).toBe(24);
    const watched = (base: SearchEngine) => {
      let inFlight = 0;
      const seen = { most: 0, writes: new Map<string, number>() };
      const engine: SearchEngine = {
        ...base,
        async upsert(docs) {
          inFlight++;
          seen.most = Math.max(seen.most, inFlight);
          for (const d of docs) seen.writes.set(d.id, (seen.writes.get(d.id) ?? 0) + 1);
          // Long enough for the other lane to claim and build its batch meanwhile.
          await new Promise((r) => setTimeout(r, 40));
          try {
            await base.upsert(docs);
          } finally {
            inFlight--;
          }
        },
      };
      return { engine, seen };
    };
    const two = watched(engine);
    const r = await drainOutbox(t.db, two.engine, { batchSize: 3 });
    expect(r).toMatchObject({ processed: 24, failed: 0 });
    expect(two.seen.most).toBe(2);
    // Each company and its offer written once.
    expect(two.seen.writes.size).toBe(48);
    expect([...two.seen.writes.values()].every((n) => n === 1)).toBe(true);
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 0, parked: 0 });
    expect((await engine.search(query("Werkstatt", { filters: { type: "company" }, pageSize: 100 }))).total).toBeGreaterThanOrEqual(24);
    expect(await vocabularyMismatches()).toBe(0);
    expect(await facetGroupMismatches()).toBe(0);

    const orgs = await t.db.organization.findMany({ where: { externalId: { in: ["w-100", "w-101", "w-102", "w-103"] } } });
    await t.db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", orgs.map((o) => o.id)));
    const one = watched(engine);
    expect((await drainOutbox(t.db, one.engine, { batchSize: 1, concurrency: 1 })).processed).toBe(4);
    expect(one.seen.most).toBe(1);
  });

  it("removes only indexed documents, and leaves the index untouched when none of them is", async () => {
    const version = async () =>
      (await t.db.$queryRawUnsafe<{ v: string }[]>(`SELECT version::text AS v FROM search_state`))[0].v;
    const before = await version();
    await engine.delete(["offer:not-there", "request:not-there"]);
    // No write happened: caches keyed on the version keep their entries.
    expect(await version()).toBe(before);

    const org = await t.db.organization.findUniqueOrThrow({ where: { externalId: "w-3" }, include: { listings: true } });
    const offer = `offer:${org.listings[0].id}`;
    expect(await documentsOf(org.listings[0].id)).toBe(1);
    await engine.delete([offer, `request:${org.listings[0].id}`, offer]);
    expect(await documentsOf(org.listings[0].id)).toBe(0);
    expect(BigInt(await version())).toBe(BigInt(before) + 1n);
    expect(await vocabularyMismatches()).toBe(0);
    expect(await facetGroupMismatches()).toBe(0);
  });

  it("indexes an entity once when the batch holds several changes of it", async () => {
    const org = await t.db.organization.findUniqueOrThrow({ where: { externalId: "w-1" } });
    await t.db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [org.id, org.id, org.id]));
    const written: string[] = [];
    const r = await drainOutbox(t.db, {
      ...engine,
      upsert: async (docs) => (written.push(...docs.map((d) => d.id)), engine.upsert(docs)),
    });
    expect(r.processed).toBe(3);
    expect(written.filter((id) => id === `company:${org.id}`)).toHaveLength(1);
  });

  it("rebuilds a company's offers when only the company changed", async () => {
    const org = await t.db.organization.findUniqueOrThrow({ where: { externalId: "w-2" } });
    await t.db.$transaction(async (tx) => {
      await tx.organization.update({ where: { id: org.id }, data: { name: "Zinngießerei Uhlig GmbH" } });
      await enqueueSearchUpdates(tx, "COMPANY", [org.id]);
    });
    await drainOutbox(t.db, engine);
    const hits = (await engine.search(query("Zinngießerei"))).hits;
    expect(hits.map((h) => h.type).sort()).toEqual(["company", "offer"]);
    expect(hits.every((h) => h.name === "Zinngießerei Uhlig GmbH")).toBe(true);

    await t.db.$transaction(async (tx) => {
      await tx.organization.update({ where: { id: org.id }, data: { status: "UNPUBLISHED" } });
      await enqueueSearchUpdates(tx, "COMPANY", [org.id]);
    });
    await drainOutbox(t.db, engine);
    expect((await engine.search(query("Zinngießerei"))).total).toBe(0);
    expect(await vocabularyMismatches()).toBe(0);
    expect(await facetGroupMismatches()).toBe(0);
  });

  it("takes the offers a re-import replaces out of the index", async () => {
    await importCompanies(t.db, [company(700, { offers: [{ title: { de: "Kupferrohre nach Maß" } }] })]);
    await drainOutbox(t.db, engine);
    expect((await engine.search(query("Kupferrohre"))).hits.map((h) => h.type)).toEqual(["offer"]);

    await importCompanies(t.db, [company(700, { offers: [{ title: { de: "Messingfittings ab Lager" } }] })]);
    // The company's row rebuilds its new offer; the replaced offer has a row of its own.
    expect((await outboxRows()).map((r) => r.entityType).sort()).toEqual(["COMPANY", "LISTING"]);
    await drainOutbox(t.db, engine);
    expect((await engine.search(query("Kupferrohre"))).total).toBe(0);
    expect((await engine.search(query("Messingfittings"))).hits.map((h) => h.type)).toEqual(["offer"]);
    expect(await vocabularyMismatches()).toBe(0);
    expect(await facetGroupMismatches()).toBe(0);
  });

  it("builds an offer once when its company changed in the same batch, and still removes a deleted one", async () => {
    const [kept, gone] = await t.db.organization.findMany({
      where: { externalId: { in: ["w-6", "w-8"] } },
      orderBy: { externalId: "asc" },
      include: { listings: { select: { id: true } } },
    });
    const [keptOffer] = kept.listings;
    const [goneOffer] = gone.listings;
    expect(await documentsOf(goneOffer.id)).toBe(1);
    await t.db.$transaction(async (tx) => {
      await tx.listing.update({ where: { id: keptOffer.id }, data: { titleDe: "Laserschneiden von Edelstahl" } });
      await tx.listing.delete({ where: { id: goneOffer.id } });
      await enqueueSearchUpdates(tx, "LISTING", [keptOffer.id, goneOffer.id]);
      await enqueueSearchUpdates(tx, "COMPANY", [kept.id, gone.id]);
    });
    builds.length = 0;
    expect((await drainOutbox(t.db, engine)).processed).toBe(4);
    // The kept offer is built with its company only; the deleted one has no company to come with.
    expect(builds.sort()).toEqual([`COMPANY:${kept.id}`, `COMPANY:${gone.id}`, `LISTING:${goneOffer.id}`].sort());
    expect((await engine.search(query("Laserschneiden"))).hits.map((h) => h.id)).toEqual([`offer:${keptOffer.id}`]);
    expect(await documentsOf(goneOffer.id)).toBe(0);
    expect(await vocabularyMismatches()).toBe(0);
    expect(await facetGroupMismatches()).toBe(0);
  });

  it("builds base forms only for an engine that indexes them", async () => {
    const org = await t.db.organization.findUniqueOrThrow({ where: { externalId: "w-9" } });
    const given = async (usesForms: boolean) => {
      await t.db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [org.id]));
      const docs: SearchDocument[] = [];
      await drainOutbox(t.db, { ...engine, usesForms, upsert: async (d) => void docs.push(...d) });
      return docs;
    };
    const withForms = await given(true);
    expect(withForms.map((d) => d.type).sort()).toEqual(["company", "offer"]);
    expect(withForms.every((d) => Array.isArray(d.forms))).toBe(true);
    expect(withForms.find((d) => d.type === "company")?.forms).toContain("schweiss");
    const without = await given(false);
    expect(without.map((d) => d.id).sort()).toEqual(withForms.map((d) => d.id).sort());
    expect(without.every((d) => d.forms === undefined)).toBe(true);
    expect(engine.usesForms).toBe(false);
  });

  it("retries a failing change with growing delays and parks it after the last attempt", async () => {
    const [bad, good] = await t.db.organization.findMany({
      where: { externalId: { in: ["w-3", "w-4"] } },
      orderBy: { externalId: "asc" },
    });
    await t.db.$transaction(async (tx) => {
      await tx.organization.update({ where: { id: bad.id }, data: { name: "Abgelehnt GmbH" } });
      await tx.organization.update({ where: { id: good.id }, data: { name: "Angenommen GmbH" } });
      await enqueueSearchUpdates(tx, "COMPANY", [bad.id, good.id]);
    });
    const rejecting: SearchEngine = {
      ...engine,
      async upsert(docs) {
        if (docs.some((d) => d.name === "Abgelehnt GmbH")) throw new Error("document rejected by the engine");
        await engine.upsert(docs);
      },
    };
    const retry = { maxAttempts: 3, baseDelayMs: 60_000 };
    const delaySeconds = async () => {
      const row = await t.db.searchOutbox.findFirstOrThrow({ where: { entityId: bad.id } });
      const [{ now }] = await t.db.$queryRawUnsafe<{ now: Date }[]>(`SELECT LOCALTIMESTAMP AS now`);
      return { row, seconds: (row.nextAttemptAt.getTime() - now.getTime()) / 1000 };
    };
    const makeDue = () =>
      t.db.$executeRawUnsafe(
        `UPDATE "SearchOutbox" SET "nextAttemptAt" = LOCALTIMESTAMP - interval '1 second' WHERE "parkedAt" IS NULL`,
      );

    const first = await drainOutbox(t.db, rejecting, { retry });
    expect(first).toMatchObject({ processed: 1, failed: 1, parked: 0 });
    // The healthy change in the same batch went through.
    expect((await engine.search(query("Angenommen"))).total).toBeGreaterThan(0);
    let state = await delaySeconds();
    expect(state.row).toMatchObject({ attempts: 1, parkedAt: null, lastError: "document rejected by the engine" });
    expect(state.seconds).toBeGreaterThan(50);
    expect(state.seconds).toBeLessThanOrEqual(60);

    // Not due yet: a second run leaves it alone.
    expect((await drainOutbox(t.db, rejecting, { retry })).failed).toBe(0);
    expect((await delaySeconds()).row.attempts).toBe(1);

    await makeDue();
    await drainOutbox(t.db, rejecting, { retry });
    state = await delaySeconds();
    expect(state.row.attempts).toBe(2);
    expect(state.seconds).toBeGreaterThan(110);

    await makeDue();
    expect((await drainOutbox(t.db, rejecting, { retry })).parked).toBe(1);
    state = await delaySeconds();
    expect(state.row.attempts).toBe(3);
    expect(state.row.parkedAt).not.toBeNull();
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 0, parked: 1 });

    // Parked rows wait for an operator, even when due.
    await t.db.$executeRawUnsafe(`UPDATE "SearchOutbox" SET "nextAttemptAt" = LOCALTIMESTAMP - interval '1 hour'`);
    expect((await drainOutbox(t.db, engine, { retry })).processed).toBe(0);
    expect((await engine.search(query("Abgelehnt"))).total).toBe(0);
    await t.db.searchOutbox.deleteMany();
  });

  it("does not use up attempts while the engine is down", async () => {
    const org = await t.db.organization.findUniqueOrThrow({ where: { externalId: "w-5" } });
    await t.db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [org.id]));
    const down: SearchEngine = {
      ...engine,
      upsert: async () => {
        throw new Error("connect ECONNREFUSED");
      },
      health: async () => ({ engine: "postgres", ok: false, error: "unreachable" }),
    };
    for (let i = 0; i < 5; i++) {
      const r = await drainOutbox(t.db, down, { retry: { maxAttempts: 2, outageDelayMs: 0 } });
      expect(r).toMatchObject({ processed: 0, failed: 1, parked: 0 });
    }
    const [row] = await outboxRows();
    expect(row).toMatchObject({ attempts: 0, parkedAt: null });
    expect(row.lastError).toContain("search engine unavailable");
    expect((await drainOutbox(t.db, engine)).processed).toBe(1);
  });

  it("applies a committed change after the worker that claimed it was killed before indexing", async () => {
    await importCompanies(t.db, [company(900, { name: "Nachzügler Metallbau GmbH" })]);
    const pending = (await outboxStatus(t.db)).pending;
    expect(pending).toBe(1);

    // Node itself, not npx: the kill must hit the process that holds the transaction.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.resolve("tests/integration/support/outbox-worker-child.ts"), t.url],
      {
        cwd: process.cwd(),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker never claimed the rows: ${stderr}`)), 45_000);
      child.stdout.on("data", (d) => {
        if (String(d).includes("claimed")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    // The child holds the rows: another worker sees nothing to claim.
    expect((await drainOutbox(t.db, engine)).processed).toBe(0);

    child.kill("SIGKILL");
    await exited;
    expect((await engine.search(query("Nachzügler"))).total).toBe(0);
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 1, parked: 0 });
    expect((await outboxRows()).every((r) => r.attempts === 0)).toBe(true);

    // The database ends the dead worker's transaction once it notices the closed connection.
    let processed = 0;
    for (let i = 0; i < 100 && !processed; i++) {
      processed = (await drainOutbox(t.db, engine)).processed;
      if (!processed) await new Promise((r) => setTimeout(r, 100));
    }
    expect(processed).toBe(1);
    const hits = (await engine.search(query("Nachzügler"))).hits;
    expect(hits.map((h) => h.type).sort()).toEqual(["company", "offer"]);
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 0, parked: 0 });
  });
});
