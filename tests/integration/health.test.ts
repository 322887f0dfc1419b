// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { healthAnswer } from "@/lib/health/answer";
import type { Health } from "@/lib/health/check";
import { PEER_ADDRESS_HEADER, peerHeaders } from "@/lib/http/client-address";

const OPERATOR_TOKEN = "health-operator-token-for-tests";

afterAll(() => testDb.drop());

afterEach(async () => {
  delete process.env.HEALTH_TOKEN;
  await testDb.db.searchOutbox.deleteMany();
});

const visitor = { address: "203.0.113.7", authorization: null };

async function queueChange({ ageSeconds = 0, parked = false } = {}) {
  await testDb.db.$executeRawUnsafe(
    `INSERT INTO "SearchOutbox" ("entityType", "entityId", "createdAt", "parkedAt")
     VALUES ('COMPANY', 'health-test', LOCALTIMESTAMP - $1 * interval '1 second', CASE WHEN $2 THEN LOCALTIMESTAMP END)`,
    ageSeconds,
    parked,
  );
}

/** Samples how many connections this test's database has until `stop` resolves; returns the most seen. */
async function peakConnections(stop: Promise<unknown>): Promise<number> {
  const sampler = new pg.Client({ connectionString: testDb.url });
  await sampler.connect();
  let done = false;
  void stop.finally(() => (done = true));
  let peak = 0;
  try {
    do {
      const { rows } = await sampler.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      peak = Math.max(peak, rows[0].n);
    } while (!done);
  } finally {
    await sampler.end();
  }
  return peak;
}

describe("/api/health", () => {
  it("tells a visitor only whether the portal is healthy", async () => {
    const response = await GET(new Request("http://portal.test/api/health"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });

    expect(await healthAnswer(visitor)).toEqual({ httpStatus: 200, body: { status: "ok" } });
  });

  it("shows migrations and the search outbox to the machine itself", async () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      const { httpStatus, body } = await healthAnswer({ address, authorization: null });
      expect(httpStatus).toBe(200);
      const health = body as Health;
      expect(health).toMatchObject({ status: "ok", ready: true, database: { status: "up" } });
      expect(health.migrations?.pending).toEqual([]);
      expect(health.migrations?.latest).toMatch(/^\d{14}_/);
      expect(health.search).toMatchObject({ engine: "postgres", ok: true, outbox: { pending: 0, parked: 0 } });
    }
    // Through the route: the address the server saw counts, a client's own header does not.
    const fromPeer = (headers: Record<string, string>) =>
      GET(new Request("http://portal.test/api/health", { headers })).then((r) => r.json());
    expect((await fromPeer(peerHeaders("127.0.0.1"))).migrations.pending).toEqual([]);
    // The peer header alone, as a client could send it to a server that did not write it.
    expect(await fromPeer({ [PEER_ADDRESS_HEADER]: "127.0.0.1" })).toEqual({ status: "ok" });
    expect(await fromPeer({ ...peerHeaders("203.0.113.7"), "x-forwarded-for": "127.0.0.1" })).toEqual({
      status: "ok",
    });
    expect(await fromPeer({ "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1" })).toEqual({ status: "ok" });
    // Addresses that merely look close are not local.
    for (const address of ["10.0.0.1", "::2", "::ffff:10.0.0.1", "unknown", "127.0.0.1.example"]) {
      expect((await healthAnswer({ address, authorization: null })).body).toEqual({ status: "ok" });
    }
  });

  it("shows the details to a request with the operator token and to no other token", async () => {
    const withToken = (authorization: string) =>
      GET(new Request("http://portal.test/api/health", { headers: { authorization } }));

    // Without a configured token no header unlocks anything.
    expect(await (await withToken(`Bearer ${OPERATOR_TOKEN}`)).json()).toEqual({ status: "ok" });

    process.env.HEALTH_TOKEN = OPERATOR_TOKEN;
    const detailed = await (await withToken(`Bearer ${OPERATOR_TOKEN}`)).json();
    expect(detailed.migrations.pending).toEqual([]);
    expect(detailed.search.outbox).toEqual({ pending: 0, parked: 0, oldestPendingAgeSeconds: 0 });

    const wrong = OPERATOR_TOKEN.replace(/.$/, "X");
    for (const header of [`Bearer ${wrong}`, `Bearer ${OPERATOR_TOKEN}x`, OPERATOR_TOKEN, `Basic ${OPERATOR_TOKEN}`]) {
      expect(await (await withToken(header)).json()).toEqual({ status: "ok" });
    }
  });

  it("reports degraded while outbox rows are parked, without telling a visitor why", async () => {
    await queueChange({ parked: true });
    expect(await healthAnswer(visitor)).toEqual({ httpStatus: 200, body: { status: "degraded" } });
    const local = (await healthAnswer({ address: "127.0.0.1", authorization: null })).body as Health;
    expect(local.status).toBe("degraded");
    expect(local.search?.outbox).toMatchObject({ parked: 1 });
    expect(local.search?.problems).toEqual(["1 outbox rows parked"]);

    await testDb.db.searchOutbox.deleteMany();
    expect((await healthAnswer(visitor)).body).toEqual({ status: "ok" });
  });

  it("reports degraded when the oldest pending change waits longer than the allowed lag", async () => {
    await queueChange({ ageSeconds: 30 });
    expect((await healthAnswer(visitor)).body).toEqual({ status: "ok" });

    await queueChange({ ageSeconds: 3600 });
    const local = (await healthAnswer({ address: "127.0.0.1", authorization: null })).body as Health;
    expect(local.status).toBe("degraded");
    expect(local.search?.problems?.[0]).toMatch(/^outbox lag \d+ s$/);
    expect((await healthAnswer(visitor)).body).toEqual({ status: "degraded" });
  });

  it("answers every request of a burst of 100 through the shared connection pool", async () => {
    const burst = Promise.all(Array.from({ length: 100 }, () => GET(new Request("http://portal.test/api/health"))));
    const peak = await peakConnections(burst);
    const responses = await burst;
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(200));
    expect(await Promise.all(responses.map((r) => r.json()))).toEqual(Array(100).fill({ status: "ok" }));
    // No connection beyond the portal's pool (5 in tests), however many requests arrive at once.
    expect(peak).toBeLessThanOrEqual(5);
  });
});
