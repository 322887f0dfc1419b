// SPDX-License-Identifier: EUPL-1.2
/**
 * A full reindex running while other transactions change companies: a change that commits while
 * the reindex is under way must still reach the index afterwards, whichever engine is used
 * (the cleanup lives in rebuild.ts, in front of every engine).
 */
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importCompanies } from "../../lib/import/import-companies";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import { enqueueSearchUpdates } from "../../lib/search/outbox";
import { rebuildSearchIndex } from "../../lib/search/rebuild";
import type { SearchDocument, SearchEngine, SearchQuery } from "../../lib/search/types";
import { drainOutbox, outboxStatus } from "../../lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;
let engine: SearchEngine;

const query = (q: string): SearchQuery => ({ q, locale: "de", filters: {}, page: 1, pageSize: 50 });
const companyNames = async (q: string) =>
  (await engine.search(query(q))).hits.filter((h) => h.type === "company").map((h) => h.name);

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createPostgresSearchEngine(t.db);
  await importCompanies(
    t.db,
    Array.from({ length: 6 }, (_, i) => ({
      externalId: `r-${i}`,
      name: `Metallbau Rebuild ${i} GmbH`,
      country: "DE",
      city: "Görlitz",
      description: { de: `Stahlbau und Montage, Werk ${i}.` },
    })),
  );
  await drainOutbox(t.db, engine);
});

afterAll(async () => {
  await t?.drop();
});

beforeEach(async () => {
  await drainOutbox(t.db, engine);
});

/** A second connection of its own, like another server process writing at the same time. */
async function openWriter(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  return client;
}

/**
 * The engine with a hook that runs after the reindex has read its first batch of documents
 * (all companies, with the default batch size); `read` collects what the reindex read.
 */
function afterFirstBatch(base: SearchEngine, hook: () => Promise<void>, read: SearchDocument[]): SearchEngine {
  return {
    ...base,
    reindex(batches) {
      async function* paused(): AsyncGenerator<SearchDocument[]> {
        let first = true;
        for await (const batch of batches) {
          read.push(...batch);
          if (first) {
            first = false;
            await hook();
          }
          yield batch;
        }
      }
      return base.reindex(paused());
    },
  };
}

describe("full reindex with concurrent writers", () => {
  it("keeps a change that commits after the reindex read the company, so the worker applies it", async () => {
    const [slow, quick] = await t.db.organization.findMany({
      where: { externalId: { in: ["r-1", "r-2"] } },
      orderBy: { externalId: "asc" },
    });
    const writer = await openWriter();
    try {
      // Transaction T changes a company and queues its outbox row, but does not commit yet.
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Organization" SET "descriptionDe" = 'Laserschneiden von Blechen' WHERE id = $1`, [
        slow.id,
      ]);
      await writer.query(`INSERT INTO "SearchOutbox" ("entityType", "entityId") VALUES ('COMPANY', $1)`, [slow.id]);
      // Another change queued after T's row but committed at once, before the reindex starts.
      await t.db.$transaction(async (tx) => {
        await tx.organization.update({ where: { id: quick.id }, data: { descriptionDe: "Pulverbeschichtung" } });
        await enqueueSearchUpdates(tx, "COMPANY", [quick.id]);
      });

      const read: SearchDocument[] = [];
      const result = await rebuildSearchIndex(
        t.db,
        afterFirstBatch(engine, async () => void (await writer.query("COMMIT")), read),
      );
      // The reindex itself read the company before T committed: it indexed the old text.
      expect(read.find((d) => d.entityId === slow.id)?.text.de).toBe("Stahlbau und Montage, Werk 1.");
      // The change committed before the reindex began is covered and cleared; T's change is not.
      expect(result.outboxCleared).toBe(1);
      expect(await outboxStatus(t.db)).toMatchObject({ pending: 1, parked: 0 });
    } finally {
      await writer.query("ROLLBACK").catch(() => {});
      await writer.end();
    }

    await drainOutbox(t.db, engine);
    expect(await companyNames("Laserschneiden")).toEqual(["Metallbau Rebuild 1 GmbH"]);
    expect(await companyNames("Pulverbeschichtung")).toEqual(["Metallbau Rebuild 2 GmbH"]);
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 0, parked: 0 });
  });

  it("clears every outbox row committed before the reindex started", async () => {
    const orgs = await t.db.organization.findMany({ where: { externalId: { in: ["r-3", "r-4"] } } });
    await t.db.$transaction(async (tx) => {
      for (const o of orgs) await tx.organization.update({ where: { id: o.id }, data: { descriptionDe: "Gießerei" } });
      await enqueueSearchUpdates(tx, "COMPANY", [...orgs.map((o) => o.id), orgs[0].id]);
    });
    const result = await rebuildSearchIndex(t.db, engine);
    expect(result).toMatchObject({ outboxCleared: 3 });
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 0 });
    expect((await companyNames("Gießerei")).sort()).toEqual(["Metallbau Rebuild 3 GmbH", "Metallbau Rebuild 4 GmbH"]);
  });
});
