// SPDX-License-Identifier: EUPL-1.2
/**
 * How fast the production build serves its public pages to many visitors at once.
 *
 *   npm run build && npm run bench:pages [-- --instances 1|2] [--duration 10] [--port 3300] [--url http://host:port]
 *
 * Starts the built portal (scripts/server.ts, as `npm start` does) on the portal's database, one
 * instance or two behind a load balancer on loopback (Debian's nginx; a round-robin proxy in this
 * process when nginx is missing, and the output says so), or measures a portal already running
 * at --url. Then, for the home page, the directory, a company page, the search page with a
 * cross-language query, the search page with a new query for every request (none of them served
 * from the cache) and the search API, one client and then 20 clients send requests for the
 * given seconds each. It prints p50/p95/p99, requests per second and the one-minute load average
 * per run, and writes the figures as JSON to bench-results/. Nothing is asserted: no test checks
 * a duration.
 *
 * Each request comes from a different made-up visitor address (X-Forwarded-For, trusted one hop
 * more than the load balancer adds), as traffic from many people would: from one address, the
 * search API's per-address limit would answer most requests with 429.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startLoadBalancer, type LoadBalancer } from "./lib/load-balancer";
import { round } from "./lib/bench-report";
import { requireDatabaseUrl } from "./lib/env";
import { REGION_IDS } from "../lib/search/params";

const CONCURRENCY = [1, 20] as const;
const WARMUP_REQUESTS = 20;
const TARGETS = {
  pagesP95Ms: 200,
  pagesRequestsPerSecond: 150,
  searchPageP95Ms: 300,
};

interface Args {
  instances: 1 | 2;
  duration: number;
  port: number;
  url?: string;
}

function usage(): never {
  console.error("usage: npm run bench:pages -- [--instances 1|2] [--duration SECONDS] [--port PORT] [--url http://host:port]");
  process.exit(1);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { instances: 1, duration: 10, port: 3300 };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (value === undefined) usage();
    if (name === "--url") {
      if (!/^https?:\/\/[^/]+$/.test(value)) usage();
      args.url = value;
      continue;
    }
    const n = Number(value);
    if (!Number.isInteger(n)) usage();
    if (name === "--instances" && (n === 1 || n === 2)) args.instances = n;
    else if (name === "--duration" && n >= 1 && n <= 600) args.duration = n;
    else if (name === "--port" && n >= 1024 && n <= 65000) args.port = n;
    else usage();
  }
  return args;
}

interface RunResult {
  target: string;
  path: string;
  clients: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  loadAverage: [number, number];
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

let visitor = 0;
/** A different documentation-range address (RFC 5737) for every request. */
function nextVisitorAddress(): string {
  visitor = (visitor + 1) % (3 * 254);
  return `${[192, 198, 203][Math.floor(visitor / 254)]}.${[0, 51, 0][Math.floor(visitor / 254)]}.${[2, 100, 113][Math.floor(visitor / 254)]}.${(visitor % 254) + 1}`;
}

const visitorHeaders = () => ({ "x-forwarded-for": nextVisitorAddress(), "accept-language": "de", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) portal-bench" });

/** Trade words of the demo data in the three languages, for searches nobody made before. */
const SEARCH_WORDS = [
  "Fräsen", "Drehteile", "Schweißen", "Stahlbau", "Logistik", "Spritzguss", "Pulverbeschichtung", "Tischlerei",
  "Druckerei", "Verpackung", "Elektronik", "Software", "Brauerei", "Metallbau", "Lasern", "Gießerei",
  "frézování", "svařování", "obrábění", "doprava", "tiskárna", "truhlářství", "slévárna", "lakování",
  "milling", "welding", "machining", "logistics", "printing", "packaging", "casting", "coating",
];
const NEW_SEARCH_LOCALES = ["de", "cs", "en"] as const;
let newSearch = 0;

/**
 * A search page address no earlier request of this run asked for: words, language, region and
 * page vary, so each is rendered afresh, as a visitor's own search is.
 */
function nextNewSearch(): string {
  const n = newSearch++;
  const word = SEARCH_WORDS[n % SEARCH_WORDS.length];
  const rest = Math.floor(n / SEARCH_WORDS.length);
  const locale = NEW_SEARCH_LOCALES[rest % NEW_SEARCH_LOCALES.length];
  const region = REGION_IDS[Math.floor(rest / NEW_SEARCH_LOCALES.length) % REGION_IDS.length];
  const page = 1 + Math.floor(rest / (NEW_SEARCH_LOCALES.length * REGION_IDS.length));
  return `/${locale}/search?q=${encodeURIComponent(word)}&region=${region}${page > 1 ? `&page=${page}` : ""}`;
}

async function measure(
  base: string,
  target: string,
  pathAndQuery: string | (() => string),
  clients: number,
  duration: number,
): Promise<RunResult> {
  const fixedPath = typeof pathAndQuery === "string" ? pathAndQuery : null;
  const times: number[] = [];
  const before = os.loadavg()[0];
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: base + (fixedPath ?? "/"),
        connections: clients,
        duration,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              ...(fixedPath ? {} : { path: (pathAndQuery as () => string)() }),
              headers: { ...req.headers, ...visitorHeaders() },
            }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
  });
  const result = await done;
  times.sort((a, b) => a - b);
  return {
    target,
    path: fixedPath ?? "a new search page address for every request",
    clients,
    requests: result.requests.total,
    requestsPerSecond: round(times.length / (result.duration || duration), 1),
    p50Ms: round(percentile(times, 50), 1),
    p95Ms: round(percentile(times, 95), 1),
    p99Ms: round(percentile(times, 99), 1),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    loadAverage: [round(before, 2), round(os.loadavg()[0], 2)],
  };
}

async function warmUp(base: string, pathAndQuery: string): Promise<void> {
  for (let i = 0; i < WARMUP_REQUESTS; i++) {
    const res = await fetch(base + pathAndQuery, { headers: visitorHeaders(), redirect: "manual" });
    await res.arrayBuffer();
    if (i === 0 && res.status !== 200) throw new Error(`${pathAndQuery} answered ${res.status}, not 200`);
  }
}

async function waitForHealth(base: string, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${base} did not answer`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

/** A published company with offers, so its page shows what a real profile shows. */
async function companySlug(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT o.slug FROM "Organization" o
        WHERE o.kind = 'COMPANY' AND o.status = 'PUBLISHED'
        ORDER BY (SELECT count(*) FROM "Listing" l WHERE l."organizationId" = o.id) DESC, o.slug
        LIMIT 1`,
    );
    if (!rows[0]) throw new Error("the portal has no published company; seed it first (npm run db:seed)");
    return rows[0].slug;
  } finally {
    await client.end();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const servers: ChildProcess[] = [];
  let balancer: LoadBalancer | null = null;
  let base = args.url;
  let databaseUrl = process.env.DATABASE_URL;
  const cleanUp = async () => {
    await balancer?.stop();
    await Promise.all(servers.map(stop));
  };
  process.on("SIGINT", () => void cleanUp().finally(() => process.exit(130)));

  try {
    if (!base) {
      databaseUrl = requireDatabaseUrl();
      if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
      const ports = args.instances === 1 ? [args.port] : [args.port + 1, args.port + 2];
      base = `http://127.0.0.1:${args.port}`;
      for (const port of ports) {
        const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/server.ts", "-p", String(port), "-H", "127.0.0.1"], {
          env: {
            ...process.env,
            NODE_ENV: "production",
            NEXT_TELEMETRY_DISABLED: "1",
            PUBLIC_URL: base,
            // The visitor addresses are the benchmark's; behind the balancer, one hop more.
            TRUSTED_PROXY_HOPS: String(args.instances === 1 ? 1 : 2),
          },
          stdio: ["ignore", "ignore", "inherit"],
        });
        servers.push(child);
        await waitForHealth(`http://127.0.0.1:${port}`, child);
      }
      if (args.instances === 2) {
        balancer = await startLoadBalancer(args.port, ports);
        await waitForHealth(base);
      }
    }
    if (!databaseUrl) throw new Error("DATABASE_URL is not set: it is needed to pick a company page");
    const slug = await companySlug(databaseUrl);
    const targets: [string, string | (() => string)][] = [
      ["home", "/de"],
      ["directory", "/de/companies"],
      ["company", `/de/companies/${slug}`],
      // A Czech word on the German site: the engine must carry it across languages.
      ["search page", `/de/search?q=${encodeURIComponent("svařování")}`],
      // What a visitor's own search costs: the page is rendered, and the engine searches.
      ["new search", nextNewSearch],
      ["search API", `/api/v1/search?q=${encodeURIComponent("svařování")}&locale=de`],
    ];
    const setup = args.url ? `portal at ${args.url}` : `${args.instances} instance(s)${balancer ? ` behind ${balancer.kind}` : ""}`;
    console.log(`bench:pages: ${setup}, ${args.duration} s per run, ${os.cpus().length} cores`);
    if (balancer?.kind === "node round-robin") console.log("nginx is not installed: a round-robin proxy in this process balances the load instead");

    for (const [, p] of targets) if (typeof p === "string") await warmUp(base, p);
    const results: RunResult[] = [];
    for (const clients of CONCURRENCY) {
      for (const [target, p] of targets) {
        const r = await measure(base, target, p, clients, args.duration);
        results.push(r);
        console.log(
          `${target.padEnd(12)} ${String(clients).padStart(2)} client(s)  p50 ${String(r.p50Ms).padStart(6)} ms  p95 ${String(r.p95Ms).padStart(6)} ms  p99 ${String(r.p99Ms).padStart(6)} ms  ${String(r.requestsPerSecond).padStart(6)} req/s  non-2xx ${r.non2xx}  errors ${r.errors}  load ${r.loadAverage.join("→")}`,
        );
      }
    }
    console.log(
      `targets at 20 clients: home, directory, company page p95 ≤ ${TARGETS.pagesP95Ms} ms and ≥ ${TARGETS.pagesRequestsPerSecond} req/s; search page p95 ≤ ${TARGETS.searchPageP95Ms} ms ("new search" is each request's first render: no target, for comparison)`,
    );
    console.log(`load average (1, 5, 15 min): ${os.loadavg().map((l) => round(l, 2)).join(", ")}`);

    await mkdir("bench-results", { recursive: true });
    const file = path.join("bench-results", `pages-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    await writeFile(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          setup: { instances: args.url ? null : args.instances, balancer: balancer?.kind ?? null, url: args.url ?? null, durationSeconds: args.duration, cores: os.cpus().length },
          targets: TARGETS,
          results,
          loadAverage: os.loadavg().map((l) => round(l, 2)),
        },
        null,
        2,
      ),
    );
    console.log(`written to ${file}`);
  } finally {
    await cleanUp();
  }
}

main().then(() => process.exit(0), (e: Error) => {
  console.error(`bench:pages failed: ${e.message}`);
  process.exit(1);
});
