// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { isLocalDatabaseUrl } from "../../../lib/db/config";
import { createPrismaClient } from "../../../lib/db/prisma";

export interface TestDatabase {
  url: string;
  db: ReturnType<typeof createPrismaClient>;
  drop: () => Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("adminUrl");
  if (!isLocalDatabaseUrl(adminUrl)) throw new Error("refusing to run tests against a non-local database");
  const name = `portal_test_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDb")}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const db = createPrismaClient(url, 5);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
