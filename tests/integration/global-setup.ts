// SPDX-License-Identifier: EUPL-1.2
import net from "node:net";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { isLocalDatabaseUrl } from "../../lib/db/config";
import { createPrismaClient } from "../../lib/db/prisma";
import { syncIndustries } from "../../lib/taxonomy/sync";

export const TEMPLATE_DB = "portal_test_template";

/**
 * Starts a private embedded PostgreSQL for the integration tests and prepares a migrated
 * template database; every test file clones it into a database of its own.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export default async function setup(project: TestProject) {
  // A private server per run, so parallel runs on one machine never share a database.
  const port = Number(process.env.TEST_PG_PORT ?? (await freePort()));
  const dataDir = process.env.TEST_PG_DIR ?? `.data/test-postgres-${port}`;
  const server = await startEmbeddedPostgres({ dataDir, port, database: TEMPLATE_DB, log: () => {}, fresh: true });
  if (!isLocalDatabaseUrl(server.adminUrl)) throw new Error("integration tests only run against a local database");
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  // Leftovers of an interrupted run would otherwise block re-creating the template.
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'portal_test_%'`);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();

  await applyMigrations(server.url);
  const db = createPrismaClient(server.url, 2);
  await syncIndustries(db);
  await db.$disconnect();

  project.provide("adminUrl", server.adminUrl);
  project.provide("templateDb", TEMPLATE_DB);
  return async () => {
    await server.discard();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}
