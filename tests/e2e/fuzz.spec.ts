// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { expect, test } from "./support/test";

/**
 * Hostile input against the production build: every route handler and every page pattern the
 * build contains (read from its manifests, so a new route is fuzzed without touching this file),
 * with hostile values in path segments and query parameters, and malformed server action requests.
 * No answer may be a 5xx or show a stack trace, and no redirect may lead to an address that cannot
 * be decoded. The number of requests is fixed, so the run stays well under two minutes.
 *
 * FUZZ_SEED=<n> replays a run; the seed is printed with every failure.
 */

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const CONCURRENCY = 4;
// Pages render with database queries, so they get fewer values than route handlers: every page
// pattern gets the values that broke pages before plus a seeded sample of the rest.
const QUERY_CASES_PER_HANDLER = 40;
const PATH_CASES_PER_PAGE = 16;
const QUERY_CASES_PER_PAGE = 4;
const LOCALE_CASES = 24;

const HOSTILE: readonly string[] = [
  // Wrong types and numbers out of range.
  "",
  " ",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "[object Object]",
  "NaN",
  "-1",
  "-0",
  "1.5",
  "1e309",
  "9".repeat(400),
  "-9007199254740993",
  "0x7fffffff",
  // NUL and other control characters.
  "\u0000",
  "cmxau6pz40007wp7dc15g\u0000ye7",
  "\u0001\u001f\u007f\u0085",
  "a\r\nSet-Cookie: fuzz=1",
  // Percent signs, also truncated and invalid sequences, sent as they are.
  "%",
  "%2",
  "%zz",
  "%ff",
  "%00",
  "%25",
  "%2525",
  "%c3%28",
  "%e2%82",
  "%u0041",
  "%%",
  "..%2f..%2fetc%2fpasswd",
  "%5c%5cevil.example",
  // Unicode: bidi controls, joiners, emoji, lone surrogates, byte order mark.
  "\u202egnp.exe",
  "\u2066x\u2069\u200f\u200e",
  "🚀",
  "👩‍👩‍👧‍👦",
  "\ud800",
  "\udfff",
  "\ufeff",
  "Žluťoučký kůň úpěl ďábelské ódy",
  "Straße",
  "𝕏ǅ",
  // SQL and regular expressions.
  "' OR '1'='1",
  "1; DROP TABLE \"User\"; --",
  "' UNION SELECT NULL, version() --",
  "\\",
  "$1",
  "(a+)+$",
  ".*",
  "[",
  "(?<x>",
  "\\d{99999}",
  // Paths, templates and markup.
  "../../etc/passwd",
  "//evil.example",
  "\t/evil.example",
  "{{7*7}}${7*7}",
  "<script>alert(1)</script>",
  "__proto__",
  // Long strings.
  "x".repeat(20_000),
  "ř".repeat(20_000),
];

// Values fast-check draws from the seed: arbitrary code points, numbers of every kind.
const RANDOM: readonly string[] = fc.sample(
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 15 }),
    fc.double().map(String),
    fc.bigInt().map(String),
  ),
  { seed: SEED, numRuns: 20 },
);

const VALUES = [...HOSTILE, ...RANDOM];

// Query parameters the portal reads, as the code names them, and those of the public search API.
const QUERY_NAMES = [
  ...new Set([
    ...["q", "locale", "page", "pageSize", "type", "country", "region", "industry", "certification", "employees", "language"],
    ...["callbackUrl", "token", "org", "id", "to", "error", "from"],
    ...scanQueryNames(),
  ]),
];

interface Route {
  pattern: string;
  methods: string[];
}

/** Route handlers and pages of the production build, from its manifest. */
function buildRoutes(): { handlers: Route[]; pages: string[]; pageOf: Map<string, string> } {
  const manifest = JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>;
  const handlers: Route[] = [];
  const pages: string[] = [];
  const pageOf = new Map<string, string>();
  for (const [entry, pattern] of Object.entries(manifest)) {
    if (entry.endsWith("/route")) {
      const source = path.join("app", `${entry}.ts`);
      handlers.push({ pattern, methods: existsSync(source) ? exportedMethods(readFileSync(source, "utf8")) : ["GET"] });
    } else if (entry.endsWith("/page")) {
      pages.push(pattern);
      pageOf.set(`app${entry}`, pattern);
    }
  }
  return { handlers, pages, pageOf };
}

function exportedMethods(source: string): string[] {
  const methods = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) methods.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of m[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) methods.add(name[1]);
  }
  return [...methods];
}

/** Every app/api/**\/route.ts on disk, as the URL pattern the build should list. */
function handlersOnDisk(dir = "app/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return handlersOnDisk(full);
    return e.name === "route.ts" ? [`/${path.dirname(full).split(path.sep).slice(1).join("/")}`] : [];
  });
}

function scanQueryNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name)) {
        const source = readFileSync(full, "utf8");
        for (const m of source.matchAll(/searchParams\.get(?:All)?\("([\w-]+)"\)|\(await searchParams\)\.(\w+)|\bquery\.(\w+)/g)) {
          names.add(m[1] ?? m[2] ?? m[3]);
        }
      }
    }
  };
  walk("app");
  return [...names];
}

/** A value as a path segment: percent-encoded, and where it holds "%" also exactly as written. */
function segments(value: string): string[] {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // Lone surrogates: sent as they are.
    return [value];
  }
  return value.includes("%") ? [encoded, value] : [encoded];
}

function fill(pattern: string, value: string, locale = "de"): string {
  // Replacer functions: "$1" or "$&" in a value must stay literal.
  return pattern.replace("[locale]", () => locale).replace(/\[\[?(?:\.\.\.)?\w+\]\]?/g, () => value);
}

/** Every known parameter set to the value, and one given twice; a long value goes into one parameter only. */
function query(value: string, salt: number): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    encoded = value;
  }
  if (encoded.length > 300) return `${QUERY_NAMES[salt % QUERY_NAMES.length]}=${encoded}`;
  return QUERY_NAMES.map((name) => `${name}=${encoded}`).join("&") + `&page[]=${encoded}&page=2`;
}

function seededSample<T>(items: readonly T[], count: number, salt: number): T[] {
  return fc.sample(fc.shuffledSubarray([...items], { minLength: Math.min(count, items.length), maxLength: Math.min(count, items.length) }), {
    seed: SEED + salt,
    numRuns: 1,
  })[0];
}

interface Case {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const STACK_TRACE = [
  /\n\s+at [^\n]*[/\\][^\n]*:\d+:\d+/,
  /\bat (?:async )?\S+ \((?:\/|file:|webpack-internal:|node:)[^)]*\)/,
  /webpack-internal:|node_modules[/\\]|\.next[/\\]server/,
  /PrismaClient\w*Error|Invalid `prisma\.|DriverAdapterError/,
];

/** Where a redirect leads, if that address cannot be percent-decoded. */
function undecodableRedirect(location: string | undefined): boolean {
  if (!location) return false;
  const pathname = new URL(location, "http://portal.test").pathname;
  return pathname.split("/").some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}

async function send(request: APIRequestContext, c: Case): Promise<string | null> {
  const describe = `${c.method} ${c.url.length > 200 ? `${c.url.slice(0, 200)}… (${c.url.length} characters)` : c.url}`;
  try {
    const response = await request.fetch(c.url, {
      method: c.method,
      headers: c.headers,
      data: c.body,
      maxRedirects: 0,
      failOnStatusCode: false,
      timeout: 20_000,
    });
    const status = response.status();
    if (status >= 500) return `${describe} → ${status}`;
    const type = response.headers()["content-type"] ?? "";
    if (/text|json|html|xml|x-component/.test(type)) {
      const body = (await response.body()).subarray(0, 500_000).toString("utf8");
      const trace = STACK_TRACE.find((pattern) => pattern.test(body));
      if (trace) return `${describe} → ${status} with a stack trace: ${body.slice(0, 300)}`;
    }
    if (status >= 300 && status < 400 && undecodableRedirect(response.headers()["location"])) {
      return `${describe} → redirect to undecodable ${response.headers()["location"]}`;
    }
    return null;
  } catch (error) {
    return `${describe} → request failed: ${(error as Error).message.split("\n")[0]}`;
  }
}

async function runAll(request: APIRequestContext, cases: Case[]): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < cases.length) {
        const failure = await send(request, cases[next++]);
        if (failure) failures.push(failure);
      }
    }),
  );
  return failures;
}

const routes = buildRoutes();

test.describe("fuzzing the production build", () => {
  test.describe.configure({ timeout: 240_000 });

  test("the build lists every route handler on disk", () => {
    const listed = new Set(routes.handlers.map((h) => h.pattern));
    expect(handlersOnDisk().filter((pattern) => !listed.has(pattern))).toEqual([]);
    expect(routes.pages.length).toBeGreaterThan(10);
  });

  test("route handlers answer hostile path segments and query parameters without a 5xx or a stack trace", async ({ request }) => {
    const cases: Case[] = [];
    for (const [index, handler] of routes.handlers.entries()) {
      const methods = handler.methods.length ? handler.methods : ["GET"];
      const dynamic = /\[/.test(handler.pattern);
      for (const method of methods) {
        if (dynamic) for (const value of VALUES) for (const segment of segments(value)) cases.push({ method, url: fill(handler.pattern, segment) });
        for (const [n, value] of seededSample(VALUES, QUERY_CASES_PER_HANDLER, index).entries()) {
          const url = `${fill(handler.pattern, "x")}?${query(value, n)}`;
          cases.push(
            method === "GET" || method === "OPTIONS"
              ? { method, url }
              : { method, url, headers: { "content-type": "application/x-www-form-urlencoded" }, body: query(value, n + 1) },
          );
        }
      }
    }
    const failures = await runAll(request, cases);
    expect(failures, `seed ${SEED}, ${cases.length} requests`).toEqual([]);
  });

  test("pages answer hostile path segments, locales and query parameters without a 5xx or a stack trace", async ({ request }) => {
    const cases: Case[] = [];
    const always = ["\u0000", "%25", "%ff", "x".repeat(20_000)];
    for (const [index, pattern] of routes.pages.entries()) {
      if (/\[(?!locale\])/.test(pattern)) {
        for (const value of [...always, ...seededSample(VALUES, PATH_CASES_PER_PAGE, 1_000 + index)]) {
          for (const segment of segments(value)) cases.push({ method: "GET", url: fill(pattern, segment) });
        }
      }
      for (const [n, value] of seededSample(VALUES, QUERY_CASES_PER_PAGE, 2_000 + index).entries()) {
        cases.push({ method: "GET", url: `${fill(pattern, "x")}?${query(value, index + n)}` });
      }
    }
    // The locale segment itself, and addresses outside any locale.
    for (const value of [...always, ...seededSample(VALUES, LOCALE_CASES, 3_000)]) {
      // An empty first segment would make "//companies" an address on another host.
      for (const segment of segments(value).filter(Boolean)) cases.push({ method: "GET", url: `/${segment}` }, { method: "GET", url: `/${segment}/companies` });
    }
    const failures = await runAll(request, cases);
    expect(failures, `seed ${SEED}, ${cases.length} requests`).toEqual([]);
  });

  test("malformed server action requests never get a 5xx or a stack trace", async ({ request }) => {
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, { workers: Record<string, unknown> }>;
    };
    const cases: Case[] = [];
    const garbage = [
      "not json{",
      "null",
      '"x"',
      "1",
      '"$@1"',
      '["$@1"]',
      '["$1"]',
      '["$1:a:b"]',
      '["$Q1"]',
      '["$h1"]',
      '["$B1"]',
      '["$nabc"]',
      '["$T"]',
      '["$zzz"]',
      `${"[".repeat(5_000)}${"]".repeat(5_000)}`,
      JSON.stringify(["x".repeat(20_000)]),
    ];
    const headerSafe = VALUES.filter((v) => /^[\x20-\x7e]*$/.test(v) && v.length < 4_000);
    const field = (value: string) => ({ id: value, email: value, password: value, name: value, token: value, organizationId: value, slug: value, q: value });
    const actions = Object.entries(manifest.node);
    for (const [index, [actionId, { workers }]] of actions.entries()) {
      const worker = Object.keys(workers)[0];
      const page = routes.pageOf.get(worker);
      const url = page ? fill(page, "x") : "/de";
      const value = VALUES[index % VALUES.length];
      const action = { "next-action": actionId, accept: "text/x-component" };
      cases.push(
        { method: "POST", url, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, body: garbage[index % garbage.length] },
        { method: "POST", url, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, body: JSON.stringify([field(value)]) },
        { method: "POST", url, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, body: JSON.stringify([value, value, value]) },
        { method: "POST", url, headers: { ...action, "content-type": "multipart/form-data; boundary=fuzz" }, body: `--fuzz\r\n${value}` },
        { method: "POST", url, headers: { ...action, "content-type": "multipart/form-data" }, body: "garbage" },
      );
    }
    const page = "/de/sign-in";
    for (const body of garbage) {
      cases.push({ method: "POST", url: page, headers: { "next-action": Object.keys(manifest.node)[0], "content-type": "text/plain;charset=UTF-8" }, body });
    }
    for (const value of headerSafe) {
      cases.push({ method: "POST", url: page, headers: { "next-action": value, "content-type": "text/plain;charset=UTF-8" }, body: "[]" });
    }
    // Forms posted without JavaScript: multipart with or without the fields React expects.
    const multipart = (fields: Record<string, string>) =>
      Object.entries(fields)
        .map(([name, v]) => `--fuzz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`)
        .join("") + "--fuzz--\r\n";
    for (const value of headerSafe.slice(0, 30)) {
      const type = { "content-type": "multipart/form-data; boundary=fuzz" };
      cases.push(
        { method: "POST", url: page, headers: type, body: multipart({ [`$ACTION_ID_${value}`]: "", email: value }) },
        { method: "POST", url: page, headers: type, body: multipart({ $ACTION_REF_1: "", "$ACTION_1:0": value, "$ACTION_1:1": value }) },
        { method: "POST", url: page, headers: type, body: multipart({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${actions[0][0]}","bound":"$@1"}`, "$ACTION_1:1": value }) },
        { method: "POST", url: page, headers: { "content-type": "multipart/form-data; boundary=other" }, body: multipart({ email: value }) },
      );
    }
    const failures = await runAll(request, cases);
    expect(failures, `seed ${SEED}, ${cases.length} requests`).toEqual([]);
  });
});
