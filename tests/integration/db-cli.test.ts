import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function runWithDb(env: Record<string, string>) {
  return spawnSync("npx", ["tsx", "scripts/with-db.ts", "--migrate", "--", "node", "-e", "0"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("database configuration errors", () => {
  it.each(["not-a-url", "mysql://user@host/db", "postgresql://user@host"])(
    "a malformed DATABASE_URL (%s) gives one clear line naming the variable",
    (value) => {
      const result = runWithDb({ DATABASE_URL: value });
      expect(result.status).toBe(1);
      const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("npm warn"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Error: DATABASE_URL is malformed/);
    },
  );
});
