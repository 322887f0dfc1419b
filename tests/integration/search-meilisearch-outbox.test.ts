// SPDX-License-Identifier: EUPL-1.2
/**
 * The outbox worker and `npm run search:reindex` with the Meilisearch engine, against a
 * stand-in server: a busy server postpones rows without using up their attempts, a canceled
 * task keeps the row, and a reindex against a server it cannot use ends with one line and
 * leaves no index behind.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importCompanies } from "../../lib/import/import-companies";
import { createMeilisearchEngine } from "../../lib/search/engines/meilisearch";
import { drainOutbox, outboxStatus } from "../../lib/search/worker";
import { startFakeMeilisearch, type FakeMeilisearch, type FakeMeilisearchOptions } from "../support/fake-meilisearch";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;
const servers: FakeMeilisearch[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t?.drop();
});

beforeEach(async () => {
  await t.db.searchOutbox.deleteMany();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fake(opts: FakeMeilisearchOptions) {
  const server = await startFakeMeilisearch(opts);
  servers.push(server);
  return server;
}

async function changeOneCompany(externalId: string) {
  await importCompanies(t.db, [
    { externalId, name: `Drehteile ${externalId} GmbH`, country: "DE", description: { de: "Drehteile aus Messing." } },
  ]);
  return t.db.searchOutbox.findMany();
}

describe("outbox worker with Meilisearch", () => {
  it("postpones rows without counting an attempt while the server is too busy to finish a task", async () => {
    const server = await fake({
      version: "1.15.0",
      taskFate: (task) => (task.type === "documentAdditionOrUpdate" ? "stuck" : undefined),
    });
    const engine = createMeilisearchEngine({ host: server.url, indexName: "portal", taskTimeoutMs: 300 });
    const rows = await changeOneCompany("busy-1");
    expect(rows.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      const r = await drainOutbox(t.db, engine, { retry: { maxAttempts: 2, outageDelayMs: 0 } });
      expect(r).toMatchObject({ processed: 0, parked: 0 });
    }
    const after = await t.db.searchOutbox.findMany();
    expect(after).toHaveLength(rows.length);
    expect(after.every((r) => r.attempts === 0 && r.parkedAt === null)).toBe(true);
    expect(after[0].lastError).toContain("search engine unavailable");
  });

  it("keeps the row of a canceled task and counts it as a failed attempt", async () => {
    const server = await fake({
      version: "1.15.0",
      taskFate: (task) => (task.type === "documentAdditionOrUpdate" ? "canceled" : undefined),
    });
    const engine = createMeilisearchEngine({ host: server.url, indexName: "portal" });
    const rows = await changeOneCompany("cancel-1");
    const r = await drainOutbox(t.db, engine);
    expect(r.processed).toBe(0);
    const after = await t.db.searchOutbox.findMany();
    expect(after).toHaveLength(rows.length);
    expect(after.every((row) => row.attempts === 1)).toBe(true);
    expect(after[0].lastError).toMatch(/canceled/);
    expect(server.indexes.get("portal")?.documents.size ?? 0).toBe(0);
  });

  it("applies the change on a 1.14 server, which knows no disableOnNumbers", async () => {
    const server = await fake({ version: "1.14.0" });
    const engine = createMeilisearchEngine({ host: server.url, indexName: "portal" });
    await changeOneCompany("old-1");
    expect((await drainOutbox(t.db, engine)).processed).toBeGreaterThan(0);
    expect(await outboxStatus(t.db)).toMatchObject({ pending: 0, parked: 0 });
    expect(server.indexes.get("portal")?.documents.size).toBeGreaterThan(0);
  });
});

// Each run starts a fresh tsx process, which takes several seconds on a busy machine.
const CLI_TIMEOUT = 180_000;

function cli(script: string, env: Record<string, string>, args: string[] = []) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: t.url, ...env };
  delete childEnv.MEILI_MASTER_KEY;
  delete childEnv.MEILI_API_KEY;
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn("npx", ["--no-install", "tsx", script, ...args], { env: childEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as { port: number };
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.trim());

describe("npm run search:worker with Meilisearch", () => {
  it(
    "refuses to start on a too old server with one line naming the version needed",
    async () => {
      await changeOneCompany("worker-cli-1");
      const server = await fake({ version: "1.8.0" });
      const run = await cli("scripts/search-worker.ts", { MEILI_HOST: server.url }, ["--once"]);
      expect(run.status).toBe(1);
      expect(errorLines(run.stderr)).toEqual([
        "Error: Meilisearch 1.8.0 is not supported: the portal needs Meilisearch 1.x from 1.10.0 on",
      ]);
      expect((await outboxStatus(t.db)).pending).toBeGreaterThan(0);
    },
    CLI_TIMEOUT,
  );
});

describe("npm run search:reindex with Meilisearch", () => {
  it(
    "ends with one line naming the version needed on a too old server, and creates no index",
    async () => {
      const server = await fake({ version: "1.9.2" });
      const run = await cli("scripts/search-reindex.ts", { MEILI_HOST: server.url, MEILI_INDEX: "portal" });
      expect(run.status).toBe(1);
      expect(errorLines(run.stderr)).toEqual([
        "Error: Meilisearch 1.9.2 is not supported: the portal needs Meilisearch 1.x from 1.10.0 on",
      ]);
      expect(server.indexes.size).toBe(0);
      expect(server.requests.filter((r) => r.method !== "GET")).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    "ends with one line when the server is unreachable",
    async () => {
      const port = await closedPort();
      const run = await cli("scripts/search-reindex.ts", { MEILI_HOST: `http://127.0.0.1:${port}` });
      expect(run.status).toBe(1);
      expect(errorLines(run.stderr)).toEqual([
        `Error: Meilisearch at http://127.0.0.1:${port} is not reachable (ECONNREFUSED)`,
      ]);
    },
    CLI_TIMEOUT,
  );

  it(
    "rebuilds the index on a 1.17 server and leaves only the live index",
    async () => {
      await changeOneCompany("cli-1");
      const server = await fake({ version: "1.17.0" });
      const run = await cli("scripts/search-reindex.ts", { MEILI_HOST: server.url, MEILI_INDEX: "portal" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect([...server.indexes.keys()]).toEqual(["portal"]);
      expect(server.indexes.get("portal")!.documents.size).toBeGreaterThan(0);
    },
    CLI_TIMEOUT,
  );
});
