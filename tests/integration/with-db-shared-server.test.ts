// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded";

const dataDir = path.resolve(`.data/test-shared-${process.pid}`);
const port = 54330 + (process.pid % 20);
let server: EmbeddedServer | null = null;
afterAll(async () => server?.discard());

it("a command run beside a running portal uses its database and does not claim to stop it", async () => {
  const messages: string[] = [];
  server = await startEmbeddedPostgres({ dataDir, port, database: "portal", log: (m) => messages.push(m) });
  const result = spawnSync("npx", ["tsx", "scripts/with-db.ts", "--", "node", "-e", "0"], {
    env: { ...process.env, DATABASE_URL: "", EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port) },
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain("reusing the embedded PostgreSQL started by another process");
  expect(result.stdout).not.toContain("stopping");

  // The process that started it leaves last, so it stops the server, and says so.
  await server.stop();
  expect(messages).toContain("stopping embedded PostgreSQL");
}, 180_000);
