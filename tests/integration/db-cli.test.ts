// SPDX-License-Identifier: EUPL-1.2
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readMigrations } from "../../lib/db/migrate";

const withDb = ["tsx", "scripts/with-db.ts"];

describe("database configuration errors", () => {
  it.each(["not-a-url", "mysql://user@host/db", "postgresql://user@host"])(
    "a malformed DATABASE_URL (%s) gives one clear line naming the variable",
    (value) => {
      const result = spawnSync("npx", [...withDb, "--migrate", "--", "node", "-e", "0"], {
        env: { ...process.env, DATABASE_URL: value },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("npm warn"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Error: DATABASE_URL is malformed/);
    },
  );
});

describe("npm run db:migrate on the embedded server", () => {
  const dataDir = `.data/test-migrate-cli-${process.pid}`;
  afterAll(() => {
    for (const suffix of ["", ".clients", ".lock", ".log"]) rmSync(`${dataDir}${suffix}`, { recursive: true, force: true });
  });

  function migrate(): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn("npx", [...withDb, "--", "tsx", "scripts/migrate.ts"], {
        env: { ...process.env, DATABASE_URL: "", EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(54300 + (process.pid % 50)) },
      });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("exit", (code) => resolve({ code, output }));
    });
  }

  it("two started at once both succeed, apply each migration once and leave no server running", async () => {
    const [a, b] = await Promise.all([migrate(), migrate()]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    const applied = [...`${a.output}\n${b.output}`.matchAll(/\[migrate\] applied (\S+)/g)].map((m) => m[1]).sort();
    expect(applied).toEqual((await readMigrations()).map((m) => m.name).sort());
    const running = spawnSync("pgrep", ["-f", dataDir.replace(/^\./, "")], { encoding: "utf8" });
    expect(running.stdout.trim()).toBe("");
  }, 180_000);
});
