// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { expect, test } from "./support/test";

/**
 * The production build behind Debian's nginx on loopback, as the README describes it: two app
 * instances on one database behind one nginx with `X-Forwarded-For $proxy_add_x_forwarded_for`
 * and TRUSTED_PROXY_HOPS=1. Clients connect from different loopback addresses (127.0.0.1,
 * 127.0.0.2, …), so the address nginx sees is real while every header is the client's choice.
 *
 * nginx is required under CI (.ci/run installs it); elsewhere the spec is skipped with a notice.
 */
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].find((p) => existsSync(p));
if (!NGINX && !process.env.CI) {
  console.warn("[proxy-limits] skipped: nginx is not installed (apt-get install nginx); under CI it is required");
}

test.describe.configure({ mode: "serial" });
test.skip(!NGINX && !process.env.CI, "nginx is not installed");

const SEARCH_LIMIT = 120;
const SIGN_IN_LIMIT = 30;

let dir: string;
let db: EmbeddedServer | null = null;
const processes: ChildProcess[] = [];
let proxyPort = 0;
let appPorts: number[] = [];
let failed = false;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One HTTP request to nginx from the given loopback address, with whatever headers a client likes. */
function send(
  from: string,
  pathAndQuery: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; port?: number } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: options.port ?? proxyPort,
        localAddress: from,
        path: pathAndQuery,
        method: options.method ?? "GET",
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

async function waitUntilServing(port: number, label: string, child: ChildProcess) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with code ${child.exitCode}`);
    try {
      // Any answer will do; the health check counts against no limit.
      await send("127.0.0.1", "/api/health", { port });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`${label} did not answer on port ${port}`);
}

function start(label: string, file: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const log = path.join(dir, `${label}.log`);
  child.stdout?.on("data", (d: Buffer) => writeFileSync(log, d, { flag: "a" }));
  child.stderr?.on("data", (d: Buffer) => writeFileSync(log, d, { flag: "a" }));
  processes.push(child);
  return child;
}

function nginxConfig(): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/nginx-body;
  proxy_temp_path ${dir}/nginx-proxy;
  fastcgi_temp_path ${dir}/nginx-fastcgi;
  uwsgi_temp_path ${dir}/nginx-uwsgi;
  scgi_temp_path ${dir}/nginx-scgi;
  upstream portal {
${appPorts.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
  }
  server {
    listen 127.0.0.1:${proxyPort};
    location / {
      proxy_pass http://portal;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Which instance answered, so the test can see that both did.
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

test.afterEach(({}, info) => {
  if (info.status !== info.expectedStatus) failed = true;
});

const spoofed = () => `${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (!NGINX) throw new Error("nginx is required for this test under CI (apt-get install nginx)");
  // Until everything answers, a failure here should leave the servers' logs in the report.
  failed = true;
  dir = mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  // nginx's workers drop root and still need to reach their temporary folders in here.
  chmodSync(dir, 0o755);
  // The database folder must be reachable by the postgres system user, so it lives in .data.
  const dataDir = path.resolve(".data/e2e-proxy-postgres");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  db = await startEmbeddedPostgres({ dataDir, port: 54395, database: "portal", log: () => {} });
  await applyMigrations(db.url, { log: () => {} });

  appPorts = [await freePort(), await freePort()];
  proxyPort = await freePort();
  const tsx = path.resolve("node_modules/.bin/tsx");
  // Shared like the database: a sign-in may start on one instance and end on the other.
  const secret = randomBytes(32).toString("hex");
  for (const [i, port] of appPorts.entries()) {
    const child = start(`app-${i + 1}`, tsx, ["scripts/server.ts", "-p", String(port), "-H", "127.0.0.1"], {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      PUBLIC_URL: `http://127.0.0.1:${proxyPort}`,
      NEXTAUTH_SECRET: secret,
      TRUSTED_PROXY_HOPS: "1",
      // Nothing here sends mail or needs the background jobs.
      SMTP_URL: "smtp://127.0.0.1:9",
      SEARCH_WORKER: "off",
      ALERTS_SCHEDULER: "off",
    });
    await waitUntilServing(port, `app instance ${i + 1}`, child);
  }

  writeFileSync(path.join(dir, "nginx.conf"), nginxConfig());
  const nginx = start("nginx", NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "nginx-error.log")]);
  await waitUntilServing(proxyPort, "nginx", nginx);
  failed = false;
});

test.afterAll(async () => {
  for (const child of processes.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }
  await db?.stop();
  if (dir) {
    if (failed) {
      for (const f of ["app-1.log", "app-2.log", "nginx.log", "nginx-error.log"]) {
        if (existsSync(path.join(dir, f))) console.log(`--- ${f}\n${readFileSync(path.join(dir, f), "utf8").slice(-4000)}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

test("rotating X-Forwarded-For does not get past the search limit, which both instances share", async () => {
  const upstreams = new Set<string>();
  const remaining: number[] = [];
  for (let i = 0; i < SEARCH_LIMIT; i++) {
    const answer = await send("127.0.0.1", "/api/v1/search?q=Fr%C3%A4sen", {
      headers: {
        // A new forged origin on every request, including the other client's address and the
        // header the portal's server uses internally.
        "X-Forwarded-For": i === 0 ? "127.0.0.2" : `${spoofed()}, ${spoofed()}`,
        "X-Real-IP": spoofed(),
        "X-Portal-Peer-Address": spoofed(),
      },
    });
    expect(answer.status, answer.body).toBe(200);
    upstreams.add(String(answer.headers["x-upstream"]));
    remaining.push(Number(answer.headers["x-ratelimit-remaining"]));
  }
  // Both instances answered, and they counted down one limit together.
  expect([...upstreams].sort()).toEqual(appPorts.map((p) => `127.0.0.1:${p}`).sort());
  expect(remaining).toEqual(Array.from({ length: SEARCH_LIMIT }, (_, i) => SEARCH_LIMIT - 1 - i));

  const refused = await send("127.0.0.1", "/api/v1/search?q=Fr%C3%A4sen", { headers: { "X-Forwarded-For": spoofed() } });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);

  // The address nginx saw is what counts: another client still has its whole allowance, even
  // though the first one claimed to be it.
  const other = await send("127.0.0.2", "/api/v1/search?q=Fr%C3%A4sen", { headers: { "X-Forwarded-For": "127.0.0.1" } });
  expect(other.status).toBe(200);
  expect(Number(other.headers["x-ratelimit-remaining"])).toBe(SEARCH_LIMIT - 1);
});

test("rotating X-Forwarded-For does not get past the sign-in limit per address", async () => {
  const from = "127.0.0.3";
  const attempt = async () => {
    const csrf = await send(from, "/api/auth/csrf", { headers: { "X-Forwarded-For": spoofed() } });
    const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
    const form = new URLSearchParams({
      csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken,
      email: `nobody-${randomBytes(4).toString("hex")}@example.test`,
      password: "a wrong password",
      json: "true",
    });
    const answer = await send(from, "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, "X-Forwarded-For": spoofed() },
      body: form.toString(),
    });
    return new URL((JSON.parse(answer.body) as { url: string }).url).searchParams.get("error");
  };
  for (let i = 0; i < SIGN_IN_LIMIT; i++) expect(await attempt()).toBe("invalid");
  expect(await attempt()).toMatch(/^rate_limited:\d+$/);
});

test("rotating X-Forwarded-For does not get past a server action's limit; the refusal is localized", async ({ page }) => {
  // The browser connects from 127.0.0.1 and forges a new origin on every request it makes.
  await page.route("**/*", (route) =>
    route.continue({ headers: { ...route.request().headers(), "x-forwarded-for": spoofed() } }),
  );
  const ask = async () => {
    await page.goto(`http://127.0.0.1:${proxyPort}/de/forgot-password`);
    await page.getByLabel("E-Mail-Adresse").fill(`nobody-${randomBytes(4).toString("hex")}@example.test`);
    await page.getByRole("button", { name: "Link senden" }).click();
  };
  for (let i = 0; i < 10; i++) {
    await ask();
    await expect(page.getByText(/haben wir soeben einen Link zum Zurücksetzen geschickt/)).toBeVisible();
  }
  await ask();
  await expect(page.getByText(/^Zu viele Versuche\. Bitte versuchen Sie es in \d+ Minuten erneut\.$/)).toBeVisible();
});
