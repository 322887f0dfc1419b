// SPDX-License-Identifier: EUPL-1.2
/**
 * The engine's copy of the index's state (FacetGroupCache): a read asked for as fresh reflects
 * every change committed before it was asked for, even when another read was already under way.
 * Cached rankings are confirmed that way; a stale confirmation would keep a result page from
 * before a publish for as long as the page is cached.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FacetGroupCache } from "@/lib/search/engines/postgres-facets";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await t?.drop();
});

/**
 * The database, except that the next read of search_state, once armed, is held back after the
 * database has answered it: the reader then carries a state that a later commit makes old.
 */
function heldStateRead(db: TestDatabase["db"]) {
  let held: { answered: () => void; release: Promise<void> } | null = null;
  return {
    db: {
      async $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T> {
        const rows = await db.$queryRawUnsafe<T>(sql, ...values);
        if (held && sql.includes("FROM search_state")) {
          const h = held;
          held = null;
          h.answered();
          await h.release;
        }
        return rows;
      },
    },
    /** Holds the next state read; resolves `answered` once the database has answered it. */
    arm() {
      let release!: () => void;
      let answered!: () => void;
      const answeredP = new Promise<void>((r) => (answered = r));
      held = { answered, release: new Promise<void>((r) => (release = r)) };
      return { answered: answeredP, release };
    },
  };
}

const stateKeyInDatabase = async () => {
  const [s] = await t.db.$queryRawUnsafe<{ key: string }[]>(
    `SELECT generation::text || ':' || version::text AS key FROM search_state`,
  );
  return s.key;
};

describe("search index state as the engine sees it", () => {
  it("a fresh read asked for after a change sees it, though an older read was still under way", async () => {
    const gate = heldStateRead(t.db);
    // Changes of other processes are otherwise noticed after a minute here.
    const cache = new FacetGroupCache(gate.db, 60_000);
    await cache.current();
    const before = cache.stateKey;
    expect(before).toBe(await stateKeyInDatabase());

    // A search reads the state; another process writes right after the database answered it.
    const held = gate.arm();
    const earlier = cache.current({ fresh: true });
    await held.answered;
    await t.db.$executeRawUnsafe(`UPDATE search_state SET version = version + 1`);
    const after = await stateKeyInDatabase();
    expect(after).not.toBe(before);

    // The next search confirms its cached ranking against the state after that write.
    const confirming = cache.current({ fresh: true });
    held.release();
    await earlier;
    await confirming;
    expect(cache.stateKey).toBe(after);
  });

  it("searches that ask meanwhile share the read that follows the one under way", async () => {
    let reads = 0;
    const counting = {
      $queryRawUnsafe: <T,>(sql: string, ...values: unknown[]) => {
        if (sql.includes("FROM search_state")) reads++;
        return t.db.$queryRawUnsafe<T>(sql, ...values);
      },
    };
    const cache = new FacetGroupCache(counting, 60_000);
    const first = cache.current({ fresh: true });
    const others = [1, 2, 3, 4].map(() => cache.current({ fresh: true }));
    await Promise.all([first, ...others]);
    expect(reads).toBe(2);
    expect(cache.stateKey).toBe(await stateKeyInDatabase());
  });
});
