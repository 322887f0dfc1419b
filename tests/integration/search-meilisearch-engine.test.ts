// SPDX-License-Identifier: EUPL-1.2
/**
 * The Meilisearch engine with the real client against a stand-in server of a given version:
 * what each version accepts, what a search gets back, and how writes and reindexes end when
 * tasks are canceled, stuck or refused, or the server goes away halfway.
 */
import { Meilisearch, MeilisearchApiError, type IndexSwap } from "meilisearch";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/prisma";
import { createSearchEngine } from "@/lib/search/engine-factory";
import {
  createMeilisearchEngine,
  indexSettings,
  MEILI_KEY_ACTIONS,
  type MeilisearchOptions,
} from "@/lib/search/engines/meilisearch";
import { SearchEngineUnavailableError, UnsupportedSearchEngineVersionError } from "@/lib/search/errors";
import type { SearchDocument, SearchQuery } from "@/lib/search/types";
import { startFakeMeilisearch, type FakeMeilisearch, type FakeMeilisearchOptions } from "../support/fake-meilisearch";

const doc = (n: number, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id: `company:c${n}`,
  type: "company",
  entityId: `c${n}`,
  organizationId: `org-${n}`,
  name: `Novák ${n} s.r.o.`,
  title: `Novák ${n} s.r.o.`,
  slug: `novak-${n}`,
  text: { cs: `Frézování hliníku, zakázka ${n}.` },
  textLanguages: ["cs"],
  concepts: ["milling"],
  places: ["Plzeň"],
  country: "CZ",
  regionId: "cz-plzensky",
  city: "Plzeň",
  industries: ["25.62"],
  certifications: [],
  employees: null,
  // The company speaks German too, but its text exists only in Czech.
  languages: ["cs", "de"],
  startsAt: null,
  startsAtTs: null,
  publishedTs: 1_790_000_000 + n,
  ...extra,
});

const query = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  locale: "de",
  filters: {},
  page: 1,
  pageSize: 20,
  ...extra,
});

async function* batches(...lists: SearchDocument[][]) {
  for (const list of lists) yield list;
}

const servers: FakeMeilisearch[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(
  version: string,
  fake: Partial<FakeMeilisearchOptions> = {},
  engine: Partial<MeilisearchOptions> = {},
) {
  const server = await startFakeMeilisearch({ version, ...fake });
  servers.push(server);
  return {
    server,
    engine: createMeilisearchEngine({ host: server.url, indexName: "portal", taskTimeoutMs: 2_000, ...engine }),
  };
}

const uids = (server: FakeMeilisearch) => [...server.indexes.keys()].sort();
const settingsCalls = (server: FakeMeilisearch) =>
  server.requests.filter((r) => r.method === "PATCH" && r.path.endsWith("/settings")).map((r) => r.path.split("/")[2]);

describe("the stand-in behaves like the server it imitates", () => {
  it("refuses disableOnNumbers before 1.15 with the server's error code", async () => {
    const { server } = await setup("1.14.0");
    const client = new Meilisearch({ host: server.url });
    const refused = await client
      .index("x")
      .updateSettings(indexSettings())
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(MeilisearchApiError);
    expect((refused as MeilisearchApiError).cause?.code).toBe("invalid_settings_typo_tolerance");
  });

  it("refuses a swap with `rename` before 1.18, as the engine used to send it", async () => {
    const { server } = await setup("1.17.1");
    const client = new Meilisearch({ host: server.url });
    await client.createIndex("a").waitTask();
    await client.createIndex("b").waitTask();
    const swap: IndexSwap = { indexes: ["a", "b"], rename: false };
    await expect(client.swapIndexes([swap]).waitTask()).rejects.toMatchObject({ cause: { code: "bad_request" } });
  });
});

describe("server versions", () => {
  it("writes on 1.14 by leaving out the typo setting it does not know", async () => {
    const { server, engine } = await setup("1.14.2");
    await engine.upsert([doc(1)]);
    expect(server.indexes.get("portal")?.documents.size).toBe(1);
    expect(server.indexes.get("portal")?.settings.typoTolerance).not.toHaveProperty("disableOnNumbers");
    expect(server.indexes.get("portal")?.settings.localizedAttributes).toBeDefined();
  });

  it("keeps numbers exact through disableOnNumbers from 1.15 on", async () => {
    const { server, engine } = await setup("1.15.0");
    await engine.upsert([doc(1)]);
    expect(server.indexes.get("portal")?.settings.typoTolerance).toMatchObject({ disableOnNumbers: true });
  });

  it("refuses a server older than 1.10 before writing, with one line naming the version needed", async () => {
    const { server, engine } = await setup("1.9.0");
    const error = await engine.upsert([doc(1)]).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UnsupportedSearchEngineVersionError);
    expect((error as Error).message).toBe(
      "Meilisearch 1.9.0 is not supported: the portal needs Meilisearch 1.x from 1.10.0 on",
    );
    expect(server.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("reports the version in health, and a too old one as not ok", async () => {
    expect(await (await setup("1.12.1")).engine.health()).toMatchObject({
      ok: true,
      version: "1.12.1",
      versionSupported: true,
      documents: 0,
    });
    const old = await (await setup("1.8.3")).engine.health();
    expect(old).toMatchObject({ ok: false, version: "1.8.3", versionSupported: false });
    expect(old.error).toContain("needs Meilisearch 1.x from 1.10.0 on");
  });
});

describe("search", () => {
  it("gets back what a result card needs, including the languages of the text", async () => {
    const { engine } = await setup("1.15.0");
    await engine.upsert([doc(1)]);
    const [hit] = (await engine.search(query("Novák"))).hits;
    expect(hit).toMatchObject({ id: "company:c1", name: "Novák 1 s.r.o.", city: "Plzeň", languages: ["cs"] });
  });

  it("switches prefix matching off only by the flag, sends null only without words, and sends a place as a radius", async () => {
    const { server, engine } = await setup("1.15.0");
    await engine.upsert([doc(1)]);
    const sent = async (q: SearchQuery) => {
      await engine.search(q);
      return (server.requests.filter((r) => r.path.endsWith("/search")).at(-1)!.body as { q: unknown }).q;
    };
    expect(await sent(query("Fräs"))).toBe("Fräs");
    expect(await sent(query("  Fräs", { prefix: false }))).toBe("Fräs ");
    // A space the searcher typed is no signal: only `prefix: false` is.
    expect(await sent(query("Fräsen "))).toBe("Fräsen");
    expect(await sent(query("   "))).toBeNull();
    expect(await sent(query("", { prefix: false }))).toBeNull();
    // "Fräsen in Pilsen": the place leaves the words and becomes a radius filter, nearest first.
    const searches = () => server.requests.filter((r) => r.path.endsWith("/search"));
    const before = searches().length;
    await engine.search(query("Fräsen in Pilsen"));
    const body = searches()[before].body as { q: string; filter: string[]; sort: string[] };
    expect(body.q).toBe("Fräsen ");
    expect(body.filter.some((f) => /^_geoRadius\(49\.7\d*, 13\.3\d*, 25000\)$/.test(f))).toBe(true);
    expect(body.sort[0]).toMatch(/^_geoPoint\(49\.7\d*, 13\.3\d*\):asc$/);
  });

  it("sends quotes and a leading minus as plain separators, as the PostgreSQL engine reads them", async () => {
    const { server, engine } = await setup("1.15.0");
    await engine.upsert([doc(1)]);
    await engine.search(query('-Novák "Plzeň hliník" E-Mail'));
    const { q } = server.requests.filter((r) => r.path.endsWith("/search")).at(-1)!.body as { q: string };
    expect(q).not.toMatch(/["]|(^|\s)-/);
    expect(q.split(/\s+/).filter(Boolean)).toEqual(["Novák", "Plzeň", "hliník", "E-Mail"]);
  });
});

describe("tasks", () => {
  it("does not take a canceled task for success, so the outbox keeps the change", async () => {
    const { server, engine } = await setup("1.15.0", {
      taskFate: (t) => (t.type === "documentAdditionOrUpdate" ? "canceled" : undefined),
    });
    await expect(engine.upsert([doc(1)])).rejects.toThrow(/canceled/);
    expect(server.indexes.get("portal")?.documents.size).toBe(0);
  });

  it("reports a task that does not finish in time as the server being unavailable", async () => {
    const { engine } = await setup(
      "1.15.0",
      { taskFate: (t) => (t.type === "documentDeletion" ? "stuck" : undefined) },
      { taskTimeoutMs: 200 },
    );
    await engine.upsert([doc(1)]);
    await expect(engine.delete(["company:c1"])).rejects.toBeInstanceOf(SearchEngineUnavailableError);
  });

  it("reports an unreachable server as unavailable", async () => {
    const { server } = await setup("1.15.0");
    await server.close();
    const engine = createMeilisearchEngine({ host: server.url, indexName: "portal" });
    const error = await engine.upsert([doc(1)]).catch((e: Error) => e);
    expect(error).toBeInstanceOf(SearchEngineUnavailableError);
    expect((error as Error).message).toMatch(
      /^Meilisearch at http:\/\/127\.0\.0\.1:\d+ is not reachable \(ECONNREFUSED\)$/,
    );
  });
});

describe("reindex", () => {
  it("swaps a fully built index in on 1.17, where the swap knows no `rename`", async () => {
    const { server, engine } = await setup("1.17.1");
    await engine.upsert([doc(1)]);
    expect(await engine.reindex(batches([doc(2), doc(3)], [doc(4)]))).toEqual({ indexed: 3 });
    expect(uids(server)).toEqual(["portal"]);
    expect([...server.indexes.get("portal")!.documents.keys()].sort()).toEqual([
      "company-c2",
      "company-c3",
      "company-c4",
    ]);
  });

  it("never reconfigures the live index during a reindex, only the new one", async () => {
    const { server, engine } = await setup("1.18.0");
    server.indexes.set("portal", { primaryKey: "key", settings: {}, documents: new Map() });
    await engine.reindex(batches([doc(1)]));
    const configured = settingsCalls(server);
    expect(configured).toHaveLength(1);
    expect(configured[0]).toMatch(/^portal_\d+$/);
    // Later writes go to the swapped-in index, which already has its settings.
    await engine.upsert([doc(2)]);
    expect(settingsCalls(server)).toHaveLength(1);
    expect(server.indexes.get("portal")!.settings.typoTolerance).toMatchObject({ disableOnNumbers: true });
  });

  it("leaves no new index behind when reading the documents fails halfway", async () => {
    const { server, engine } = await setup("1.15.0");
    await engine.upsert([doc(1)]);
    async function* failing() {
      yield [doc(2)];
      throw new Error("database connection lost");
    }
    await expect(engine.reindex(failing())).rejects.toThrow("database connection lost");
    expect(uids(server)).toEqual(["portal"]);
    expect([...server.indexes.get("portal")!.documents.keys()]).toEqual(["company-c1"]);
  });

  it("keeps the live index and removes the new one when the swap is refused", async () => {
    const { server, engine } = await setup("1.15.0", {
      taskFate: (t) => (t.type === "indexSwap" ? { code: "internal", message: "swap refused" } : undefined),
    });
    await engine.upsert([doc(1)]);
    await expect(engine.reindex(batches([doc(2)]))).rejects.toThrow(/failed: swap refused/);
    expect(uids(server)).toEqual(["portal"]);
    expect([...server.indexes.get("portal")!.documents.keys()]).toEqual(["company-c1"]);
  });

  it("keeps the swapped-in index when the server goes away after the swap, and the next reindex removes the leftover", async () => {
    let crashed = true;
    const { server, engine } = await setup("1.16.0", {
      drop: (method, path) => crashed && method === "DELETE" && /^\/indexes\/portal_\d+$/.test(path),
    });
    await engine.upsert([doc(1)]);
    expect(await engine.reindex(batches([doc(2)]))).toEqual({ indexed: 1 });
    expect([...server.indexes.get("portal")!.documents.keys()]).toEqual(["company-c2"]);
    const [leftover] = uids(server).filter((u) => u !== "portal");
    expect(leftover).toMatch(/^portal_\d+$/);
    // It holds the previous documents, not the new ones.
    expect([...server.indexes.get(leftover)!.documents.keys()]).toEqual(["company-c1"]);

    crashed = false;
    server.indexes.set("portal_staging", { primaryKey: "key", settings: {}, documents: new Map() });
    await engine.reindex(batches([doc(3)]));
    expect(uids(server)).toEqual(["portal", "portal_staging"]);
  });

  it("creates nothing on a server that is too old", async () => {
    const { server, engine } = await setup("1.9.4");
    await expect(engine.reindex(batches([doc(1)]))).rejects.toBeInstanceOf(UnsupportedSearchEngineVersionError);
    expect(uids(server)).toEqual([]);
    expect(server.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("API keys", () => {
  const scoped = { "scoped-key": MEILI_KEY_ACTIONS, "no-swap": MEILI_KEY_ACTIONS.filter((a) => a !== "indexes.swap") };

  it("does everything with a key limited to the documented actions, preferring MEILI_API_KEY", async () => {
    const server = await startFakeMeilisearch({ version: "1.18.0", keys: scoped });
    servers.push(server);
    const engine = createSearchEngine({} as Db, {
      MEILI_HOST: server.url,
      MEILI_API_KEY: "scoped-key",
      MEILI_MASTER_KEY: "master-key-the-server-does-not-accept",
    });
    await engine.upsert([doc(1), doc(2)]);
    await engine.delete(["company:c1"]);
    await engine.deleteByOrganization!(["org-2"]);
    await engine.reindex(batches([doc(3)]));
    expect((await engine.search(query("Novák"))).hits.map((h) => h.id)).toEqual(["company:c3"]);
    expect(await engine.health()).toMatchObject({ ok: true, documents: 1 });
  });

  it("fails with a key that lacks an action the engine needs", async () => {
    const server = await startFakeMeilisearch({ version: "1.18.0", keys: scoped });
    servers.push(server);
    const engine = createSearchEngine({} as Db, { MEILI_HOST: server.url, MEILI_API_KEY: "no-swap" });
    await expect(engine.reindex(batches([doc(1)]))).rejects.toMatchObject({ cause: { code: "invalid_api_key" } });
    expect(uids(server)).toEqual(["portal"]);
  });
});
