// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { afterAll, expect, it } from "vitest";
import { needsDemoData } from "../../lib/seed/first-start";
import { createTestDatabase } from "./support/database";

const testDb = await createTestDatabase();
afterAll(() => testDb.drop());

function startWithSeeding(): string {
  const result = spawnSync("npx", ["tsx", "scripts/with-db.ts", "--migrate", "--seed-on-first-start", "--", "node", "-e", "0"], {
    env: { ...process.env, DATABASE_URL: testDb.url, MEILI_HOST: "" },
    encoding: "utf8",
    timeout: 240_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

it("seeds demo data on the first start even when migrations were applied before, and only once", async () => {
  // The test database is already migrated, as after `npm run db:migrate`.
  const first = startWithSeeding();
  expect(first).toContain("[seed] empty database: loading demo data");
  expect(await testDb.db.organization.count({ where: { kind: "COMPANY" } })).toBeGreaterThan(0);

  const second = startWithSeeding();
  expect(second).not.toContain("[seed]");

  // Deleting every demo company on purpose does not bring them back on the next start.
  await testDb.db.organization.deleteMany({ where: { kind: "COMPANY" } });
  expect(await needsDemoData(testDb.url)).toBe(false);
}, 300_000);
