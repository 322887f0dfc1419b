// SPDX-License-Identifier: EUPL-1.2
import { afterEach, describe, expect, it } from "vitest";
import { publicBaseUrl, publicOrigin, servedOverHttps, settings } from "@/lib/env";
import { EnvError, envProblems, parseSettings } from "@/lib/env/schema";

const saved = { ...process.env };
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe("settings", () => {
  it("has a working default for every variable, so a bare start needs none", () => {
    const s = parseSettings({});
    expect(s.PORT).toBe(3000);
    expect(s.PUBLIC_URL).toBe("http://localhost:3000");
    expect(s.EMBEDDED_PG_PORT).toBe(54329);
    expect(s.UPLOAD_DIR).toBe(".data/uploads");
    expect(s.SEARCH_WORKER).toBe(true);
    expect(s.ALERTS_INTERVAL_MS).toBe(900_000);
    expect(s.DATABASE_URL).toBeUndefined();
  });

  it("treats a blank value as unset", () => {
    expect(parseSettings({ PORT: " ", UPLOAD_DIR: "", SMTP_URL: "  " })).toMatchObject({ PORT: 3000, UPLOAD_DIR: ".data/uploads", SMTP_URL: undefined });
  });

  it("reports each bad variable in one line that names it", () => {
    const problems = envProblems({ PORT: "abc", PUBLIC_URL: "notaurl", SEARCH_WORKER: "no", DATABASE_URL: "mysql://x/y" });
    expect([...problems].sort()).toEqual([
      'DATABASE_URL is malformed: it must start with postgresql:// (got "mysql:")',
      'PORT must be a whole number from 0 to 65535, got "abc"',
      'PUBLIC_URL must be an absolute http:// or https:// address, got "notaurl"',
      'SEARCH_WORKER must be on or off, got "no"',
    ]);
    expect(() => parseSettings({ PORT: "abc" })).toThrow(EnvError);
  });

  it("refuses a PUBLIC_URL that is not a web address", () => {
    for (const value of ["ftp://portal.example", "portal.example", "http://"]) {
      expect(envProblems({ PUBLIC_URL: value })).toEqual([expect.stringMatching(/^PUBLIC_URL must be an absolute/)]);
    }
  });

  it("spells PUBLIC_URL one way, whatever trailing slashes it was given", () => {
    expect(parseSettings({ PUBLIC_URL: " https://portal.example/ " }).PUBLIC_URL).toBe("https://portal.example");
    expect(parseSettings({ PUBLIC_URL: "https://portal.example/grenz//" }).PUBLIC_URL).toBe("https://portal.example/grenz");
  });

  it("reads the process environment on use, so a change takes effect without a restart", () => {
    process.env.PUBLIC_URL = "https://one.example/";
    expect(publicBaseUrl()).toBe("https://one.example");
    expect(servedOverHttps()).toBe(true);
    process.env.PUBLIC_URL = "http://two.example:8080/portal";
    expect(publicBaseUrl()).toBe("http://two.example:8080/portal");
    expect(publicOrigin()).toBe("http://two.example:8080");
    expect(servedOverHttps()).toBe(false);
    delete process.env.PUBLIC_URL;
    expect(settings().PUBLIC_URL).toBe("http://localhost:3000");
  });

  it("fails on use when the process environment holds a bad value", () => {
    process.env.SIGN_UP_LIMIT_PER_ADDRESS = "0";
    expect(() => settings()).toThrow(/^SIGN_UP_LIMIT_PER_ADDRESS must be a whole number from 1 to/);
  });
});
