// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// What `npm run dev` runs, with a command that would only print if it were ever reached.
const dev = ["tsx", "scripts/with-db.ts", "--migrate", "--dev-mail", "--", "node", "-e", "console.log('started')"];

function run(env: Record<string, string>) {
  return spawnSync("npx", dev, {
    env: { ...process.env, DATABASE_URL: "", SMTP_URL: "", DEV_MAIL: "", PUBLIC_URL: "", PORT: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("a bad setting at start", () => {
  it("stops npm run dev before anything starts, with one line per bad variable", () => {
    const result = run({ PORT: "abc", PUBLIC_URL: "notaurl" });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("started");
    expect(result.stdout).not.toContain("[db]");
    const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("npm warn"));
    expect(lines.sort()).toEqual([
      'Error: PORT must be a whole number from 0 to 65535, got "abc"',
      'Error: PUBLIC_URL must be an absolute http:// or https:// address, got "notaurl"',
    ]);
  });
});
