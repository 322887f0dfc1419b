// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_NAMES, parseSettings } from "@/lib/env/schema";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/http/server-action-request";
import { REINDEX_NODE_FLAGS } from "../../scripts/lib/reindex-process";

/**
 * The files in deploy/ are copied onto servers by hand, so nothing else notices when they drift
 * from the project: a renamed setting or script would only fail on a chamber's server.
 */
const DEPLOY = "deploy";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

const read = (file: string) => readFileSync(file, "utf8");
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
const units = filesUnder(path.join(DEPLOY, "systemd"));
const nginx = read(path.join(DEPLOY, "nginx", "grenzpartner.conf"));
const envExample = read(path.join(DEPLOY, "grenzpartner.env.example"));

/** Settings the example sets, commented out or not. */
function exampleSettings(text: string): { set: Map<string, string>; commented: string[] } {
  const set = new Map<string, string>();
  const commented: string[] = [];
  for (const line of text.split("\n")) {
    const active = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    // Quotes around a value are syntax, to systemd and to a shell alike.
    if (active) set.set(active[1], active[2].replace(/^"(.*)"$/, "$1"));
    const off = /^#\s*([A-Z][A-Z0-9_]*)=/.exec(line);
    if (off) commented.push(off[1]);
  }
  return { set, commented };
}

/** `Key=value` lines of a unit's [Service] section, in order. */
function directives(unit: string, key: string): string[] {
  return read(unit)
    .split("\n")
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

describe("deploy/", () => {
  it("names only settings the portal reads", () => {
    // Any upper-case name with an underscore is a setting here (nginx's variables are lower case).
    const named = new Set<string>();
    for (const file of filesUnder(DEPLOY)) {
      for (const match of read(file).matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)) named.add(match[0]);
    }
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((name) => !ENV_NAMES.includes(name as never))).toEqual([]);
  });

  it("guides operators with settings the portal reads", () => {
    // NODE_ENV is Node's own; the guide names it to say it must stay unset during `npm ci`.
    const notSettings = new Set(["NODE_ENV"]);
    const named = new Set(read("docs/deploy.md").match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g));
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((name) => !notSettings.has(name) && !ENV_NAMES.includes(name as never))).toEqual([]);
  });

  it("has an environment file whose values the portal accepts, without a port that would override the unit's", () => {
    const { set, commented } = exampleSettings(envExample);
    for (const name of ["DATABASE_URL", "PUBLIC_URL", "NEXTAUTH_SECRET", "SMTP_URL", "TRUSTED_PROXY_HOPS"]) {
      expect(set.has(name), name).toBe(true);
    }
    expect(() => parseSettings(Object.fromEntries(set))).not.toThrow();
    for (const name of commented) expect(ENV_NAMES).toContain(name);
    // systemd lets EnvironmentFile= win over Environment=, so a PORT here would put both instances on one port.
    expect(set.has("PORT")).toBe(false);
    expect(parseSettings(Object.fromEntries(set)).PUBLIC_URL).toMatch(/^https:\/\//);
    // A value with spaces unquoted would end at the first space when a shell reads the file.
    const unquoted = envExample.split("\n").filter((line) => /^[A-Z][A-Z0-9_]*=[^"].* /.test(line));
    expect(unquoted).toEqual([]);
  });

  it("starts every unit through a package script that exists", () => {
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units.filter((u) => u.endsWith(".service"))) {
      const [exec] = directives(unit, "ExecStart");
      const script = /^\/usr\/bin\/npm run ([\w:-]+)/.exec(exec)?.[1];
      expect(script, unit).toBeDefined();
      expect(Object.keys(scripts), unit).toContain(script);
      expect(directives(unit, "EnvironmentFile")[0], unit).toBe("/etc/grenzpartner/grenzpartner.env");
      expect(directives(unit, "WorkingDirectory"), unit).toEqual(["/srv/grenzpartner/app"]);
    }
  });

  it("runs web instances on their own loopback port, through the portal's server, without demo data", () => {
    const web = path.join(DEPLOY, "systemd", "grenzpartner@.service");
    expect(directives(web, "Environment")).toContain("PORT=%i");
    const [exec] = directives(web, "ExecStart");
    expect(exec).toMatch(/ -- -H 127\.0\.0\.1$/);
    const script = scripts[/npm run ([\w:-]+)/.exec(exec)![1]];
    // scripts/server.ts, not bare `next start`: only it tells the app each connection's address.
    expect(script).toMatch(/-- tsx scripts\/server\.ts$/);
    expect(script).toContain("--migrate");
    expect(script).toContain("--require-smtp");
    // A chamber's empty database must not be filled with demo companies.
    expect(script).not.toContain("--seed-on-first-start");
  });

  it("sends nginx's traffic to loopback instances and appends the one X-Forwarded-For entry the portal trusts", () => {
    const upstream = /upstream grenzpartner \{([^}]*)\}/.exec(nginx)?.[1] ?? "";
    const servers = [...upstream.matchAll(/server ([\d.]+):(\d+)/g)];
    expect(servers.length).toBe(2);
    for (const [, host] of servers) expect(host).toBe("127.0.0.1");
    const proxied = [...nginx.matchAll(/proxy_set_header X-Forwarded-For (\S+);/g)].map((m) => m[1]);
    expect(proxied).toEqual(["$proxy_add_x_forwarded_for"]);
    expect(parseSettings(Object.fromEntries(exampleSettings(envExample).set)).TRUSTED_PROXY_HOPS).toBe(1);
  });

  it("lets uploads up to the portal's own limit through nginx, so the portal answers in the visitor's language", () => {
    const [, size, unit] = /client_max_body_size (\d+)([km]);/.exec(nginx) ?? [];
    const bytes = Number(size) * (unit === "m" ? 1024 * 1024 : 1024);
    expect(bytes).toBeGreaterThan(SERVER_ACTION_BODY_LIMIT_BYTES);
  });

  it("starts the full reindex with the memory settings the search benchmark measures", () => {
    // `portal search:reindex` on a server is this npm script; the benchmark starts the same process.
    expect(scripts["search:reindex"]).toBe(
      `tsx scripts/with-db.ts --migrate -- node ${REINDEX_NODE_FLAGS.join(" ")} --import tsx scripts/search-reindex.ts`,
    );
  });
});
