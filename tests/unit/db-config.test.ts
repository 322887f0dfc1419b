// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { ConfigError, embeddedDbOptions, isLocalDatabaseUrl, parseDatabaseUrl } from "../../lib/db/config";

describe("database configuration", () => {
  it("accepts a postgresql URL", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db.example:5432/portal").hostname).toBe("db.example");
  });

  it.each(["not a url", "mysql://u@h/db", "postgresql://u@host", "postgres://"])("rejects %j naming the variable", (raw) => {
    expect(() => parseDatabaseUrl(raw)).toThrow(ConfigError);
    expect(() => parseDatabaseUrl(raw)).toThrow(/DATABASE_URL/);
  });

  it("recognises local databases only", () => {
    expect(isLocalDatabaseUrl("postgresql://u@127.0.0.1:5432/x")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u@localhost/x")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u@prod.example.com/x")).toBe(false);
  });

  it("reads embedded server options with defaults and rejects a bad port", () => {
    expect(embeddedDbOptions({})).toEqual({ dataDir: ".data/postgres", port: 54329, database: "portal" });
    expect(() => embeddedDbOptions({ EMBEDDED_PG_PORT: "abc" })).toThrow(/EMBEDDED_PG_PORT/);
  });
});
