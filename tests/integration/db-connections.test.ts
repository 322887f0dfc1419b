// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

const backend = async () =>
  (await t.db.$queryRawUnsafe<{ pid: number }[]>(`SELECT pg_backend_pid() AS pid`))[0].pid;

describe("database connections", () => {
  // node-postgres closes a connection after 10 s unused by default; the next search then paid for
  // a new connection and a new PostgreSQL process warming up (docs/performance.md).
  it("keeps a connection open across a quiet spell longer than the driver's default", async () => {
    const before = await backend();
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(await backend()).toBe(before);
  }, 30_000);
});
