// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// What `npm start` runs, with a command that would only print if it were ever reached.
const start = ["tsx", "scripts/with-db.ts", "--migrate", "--require-smtp", "--", "node", "-e", "console.log('started')"];

function run(env: Record<string, string>) {
  return spawnSync("npx", start, {
    // No database is needed: the check comes first. A malformed DATABASE_URL would fail later, in its own words.
    env: { ...process.env, DATABASE_URL: "not-a-url", SMTP_URL: "", DEV_MAIL: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm start without SMTP_URL", () => {
  it("is what npm start asks for", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toMatch(/^tsx scripts\/with-db\.ts [^-]*(--[\w-]+ )*--require-smtp /);
    expect(scripts.dev).toContain("--dev-mail");
  });

  it("refuses to start, with one line naming SMTP_URL", () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("started");
    const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Error: SMTP_URL is not set/);
    expect(lines[0]).toContain("DEV_MAIL=1");
  });

  it("gets past the mail check with DEV_MAIL=1 or with SMTP_URL", () => {
    for (const env of [{ DEV_MAIL: "1" }, { SMTP_URL: "smtp://127.0.0.1:2525" }] as Record<string, string>[]) {
      const result = run(env);
      // The next thing checked is the database address.
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^Error: DATABASE_URL is malformed/m);
      expect(result.stderr).not.toContain("SMTP_URL");
    }
  });
});
