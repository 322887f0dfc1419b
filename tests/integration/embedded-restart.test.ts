// SPDX-License-Identifier: EUPL-1.2
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../lib/db/embedded";

const dataDir = path.resolve(`.data/test-restart-${process.pid}`);
const port = 54380 + (process.pid % 10);

/** Starts the embedded server in a child process that never gets to shut it down. */
function startAndAbandon(): Promise<string> {
  const script = `
    import { startEmbeddedPostgres } from "./lib/db/embedded.ts";
    import pg from "pg";
    const s = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, database: "app", log: () => {} });
    const c = new pg.Client(s.url); await c.connect();
    await c.query("CREATE TABLE IF NOT EXISTS kept (v text); INSERT INTO kept VALUES ('survives')");
    await c.end();
    console.log("READY " + s.dataDir);
    setInterval(() => {}, 1000);
  `;
  return new Promise((resolve, reject) => {
    // Node itself (not an npx wrapper), so SIGKILL hits the process that started PostgreSQL.
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", (d: Buffer) => {
      const ready = /READY (.+)/.exec(d.toString());
      if (ready) {
        // Like a terminal closed or `kill -9`: the parent dies without stopping PostgreSQL.
        child.kill("SIGKILL");
        resolve(ready[1].trim());
      }
    });
    child.on("error", reject);
  });
}

describe("embedded PostgreSQL", () => {
  afterAll(() => {
    for (const suffix of ["", ".clients", ".lock", ".log"]) rmSync(`${dataDir}${suffix}`, { recursive: true, force: true });
  });

  it("starts again after its parent was killed, reusing the data, and stops cleanly", async () => {
    // The data may live elsewhere than asked (a checkout the server's user cannot enter).
    const realDir = await startAndAbandon();
    expect(existsSync(path.join(realDir, "postmaster.pid"))).toBe(true);

    const server = await startEmbeddedPostgres({ dataDir, port, database: "app", log: () => {} });
    const c = new pg.Client(server.url);
    await c.connect();
    const { rows } = await c.query("SELECT v FROM kept");
    await c.end();
    expect(rows).toEqual([{ v: "survives" }]);

    await server.stop();
    // A clean stop leaves no lock behind for the next start.
    expect(server.dataDir).toBe(realDir);
    expect(existsSync(path.join(realDir, "postmaster.pid"))).toBe(false);
    await server.discard();
  }, 120_000);
});
