// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { afterAll, expect, it } from "vitest";
import { createTestDatabase } from "./support/database";

const testDb = await createTestDatabase();
afterAll(() => testDb.drop());

it("imports the documented example into a database that was only migrated, without the taxonomy loaded", async () => {
  // As after `npm run db:migrate` on a new machine: tables exist, but no industries yet.
  await testDb.db.$executeRawUnsafe(`DELETE FROM "Industry"`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: testDb.url };
  delete env.MEILI_HOST;
  const run = spawnSync("npx", ["--no-install", "tsx", "scripts/import.ts", "docs/examples/import-example.json"], { env, encoding: "utf8", timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/4 records, 3 created, 0 updated, 1 skipped/);
  expect(run.stdout).not.toMatch(/could not be saved/);
  expect(await testDb.db.organizationIndustry.count()).toBeGreaterThan(0);
}, 180_000);
