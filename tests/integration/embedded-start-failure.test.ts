// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { relocatedDataDir } from "../../lib/db/embedded";

const dataDir = `.data/test-start-failure-${process.pid}`;
afterAll(() => {
  for (const dir of [path.resolve(dataDir), relocatedDataDir(dataDir)]) {
    for (const suffix of ["", ".clients", ".lock", ".log"]) rmSync(`${dir}${suffix}`, { recursive: true, force: true });
  }
});

it("a database that cannot start is explained in one line naming the cause, not a stack trace", async () => {
  const busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  const port = (busy.address() as net.AddressInfo).port;
  try {
    const result = spawnSync("npx", ["tsx", "scripts/with-db.ts", "--", "node", "-e", "0"], {
      env: { ...process.env, DATABASE_URL: "", EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port) },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Error: the embedded PostgreSQL cannot start: port ${port} is taken by another program; set EMBEDDED_PG_PORT`));
  } finally {
    busy.close();
  }
}, 180_000);
