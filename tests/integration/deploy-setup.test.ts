// SPDX-License-Identifier: EUPL-1.2
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http, { type IncomingHttpHeaders } from "node:http";
import https from "node:https";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";
import { parseSettings } from "@/lib/env/schema";

/**
 * The systemd units in deploy/systemd as systemd itself reads them: a misspelt key or value is
 * only a warning in the journal, and the unit then runs without it.
 */
const SYSTEMD_ANALYZE = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].find((p) => existsSync(p));
if (!SYSTEMD_ANALYZE && !process.env.CI) {
  console.warn("[deploy] systemd units not verified: systemd-analyze is missing (apt-get install systemd); under CI it is required");
}

describe.skipIf(!SYSTEMD_ANALYZE && !process.env.CI)("deploy/systemd", () => {
  it("holds units systemd reads without a complaint", () => {
    if (!SYSTEMD_ANALYZE) throw new Error("systemd-analyze is required for this test under CI (apt-get install systemd)");
    const unitDir = mkdtempSync(path.join(os.tmpdir(), "portal-deploy-units-"));
    try {
      const units: string[] = [];
      for (const name of readdirSync("deploy/systemd")) {
        // A template is verified as the instance systemd would start.
        const target = name.endsWith("@.service") ? name.replace("@.service", "@3001.service") : name;
        copyFileSync(path.join("deploy/systemd", name), path.join(unitDir, target));
        units.push(path.join(unitDir, target));
      }
      expect(units.length).toBeGreaterThan(1);
      const verified = spawnSync(SYSTEMD_ANALYZE, ["verify", "--man=no", ...units], { encoding: "utf8" });
      expect(verified.stderr).toBe("");
      expect(verified.status).toBe(0);
    } finally {
      rmSync(unitDir, { recursive: true, force: true });
    }
  });
});

/**
 * deploy/nginx/grenzpartner.conf as shipped, run by Debian's nginx on loopback with a test
 * certificate, in front of two stand-in instances that report what reached them. Only the
 * addresses, ports and file locations are changed; every proxy setting is the file's own.
 * The portal itself behind nginx is tested by the end-to-end specs.
 *
 * nginx and openssl are required under CI (.ci/run installs them); elsewhere the suite is
 * skipped with a notice.
 */
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].find((p) => existsSync(p));
const OPENSSL = ["/usr/bin/openssl", "/usr/local/bin/openssl"].find((p) => existsSync(p));
const available = Boolean(NGINX && OPENSSL);
if (!available && !process.env.CI) {
  console.warn("[deploy-nginx] skipped: nginx and openssl are needed (apt-get install nginx openssl); under CI they are required");
}

const HOST = "portal.example.org";

type Seen = { port: number; method: string; url: string; headers: IncomingHttpHeaders; bodyBytes: number };

let dir = "";
let nginx: ChildProcess | null = null;
const instances: http.Server[] = [];
const seen: Seen[] = [];
let httpPort = 0;
let httpsPort = 0;
let ca = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A stand-in for one portal instance: answers every request and records what nginx sent. */
function startInstance(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let bodyBytes = 0;
    req.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
    req.on("end", () => {
      const port = (server.address() as AddressInfo).port;
      seen.push({ port, method: req.method ?? "", url: req.url ?? "", headers: req.headers, bodyBytes });
      if (req.url?.startsWith("/_next/static/")) {
        res.writeHead(200, { "content-type": "application/javascript", "cache-control": "public, max-age=31536000, immutable" });
        res.end("console.log(1)");
        return;
      }
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(String(port));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The shipped file with this machine's addresses; fails if a replaced line is no longer there. */
function adaptedConfig(ports: number[]): string {
  let conf = readFileSync("deploy/nginx/grenzpartner.conf", "utf8");
  const replace = (from: string | RegExp, to: string) => {
    const next = conf.replace(from, to);
    expect(next, `deploy/nginx/grenzpartner.conf no longer contains ${String(from)}`).not.toBe(conf);
    conf = next;
  };
  replace(/^\s*listen \[::\]:80;\n/m, "");
  replace(/^\s*listen \[::\]:443 ssl http2;\n/m, "");
  replace("listen 80;", `listen 127.0.0.1:${httpPort};`);
  replace("listen 443 ssl http2;", `listen 127.0.0.1:${httpsPort} ssl http2;`);
  replace("server 127.0.0.1:3001 ", `server 127.0.0.1:${ports[0]} `);
  replace("server 127.0.0.1:3002 ", `server 127.0.0.1:${ports[1]} `);
  replace(/\/etc\/letsencrypt\/live\/portal\.example\.org\//g, `${dir}/tls/`);
  replace("/var/cache/nginx-grenzpartner", `${dir}/cache`);
  replace("root /var/www/html;", `root ${dir}/www;`);
  return conf;
}

function mainConfig(): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp-body;
  proxy_temp_path ${dir}/temp-proxy;
  fastcgi_temp_path ${dir}/temp-fastcgi;
  uwsgi_temp_path ${dir}/temp-uwsgi;
  scgi_temp_path ${dir}/temp-scgi;
  include ${dir}/grenzpartner.conf;
}
`;
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

function send(
  scheme: "http" | "https",
  pathAndQuery: string,
  options: { from?: string; method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = scheme === "https" ? https.request : http.request;
    const req = request(
      {
        host: "127.0.0.1",
        port: scheme === "https" ? httpsPort : httpPort,
        localAddress: options.from ?? "127.0.0.1",
        path: pathAndQuery,
        method: options.method ?? "GET",
        headers: { host: HOST, ...options.headers },
        ...(scheme === "https" ? { ca, servername: HOST } : {}),
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

async function waitForNginx() {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (nginx?.exitCode !== null) throw new Error(`nginx exited: ${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    try {
      await send("http", "/.well-known/acme-challenge/ready");
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The settings deploy/grenzpartner.env.example sets, as the portal reads them. */
function exampleSettings() {
  const values: Record<string, string> = {};
  for (const line of readFileSync("deploy/grenzpartner.env.example", "utf8").split("\n")) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) values[match[1]] = match[2].replace(/^"(.*)"$/, "$1");
  }
  return parseSettings(values);
}

describe.skipIf(!available && !process.env.CI)("deploy/nginx/grenzpartner.conf", () => {
  beforeAll(async () => {
    if (!available) throw new Error("nginx and openssl are required for this test under CI (apt-get install nginx openssl)");
    dir = mkdtempSync(path.join(os.tmpdir(), "portal-deploy-nginx-"));
    // nginx's workers drop root and still need to reach the webroot and their folders in here.
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, "tls"));
    mkdirSync(path.join(dir, "www", ".well-known", "acme-challenge"), { recursive: true });
    writeFileSync(path.join(dir, "www", ".well-known", "acme-challenge", "ready"), "challenge-answer");
    const made = spawnSync(OPENSSL!, [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", `/CN=${HOST}`,
      "-addext", `subjectAltName=DNS:${HOST}`,
      "-keyout", path.join(dir, "tls", "privkey.pem"), "-out", path.join(dir, "tls", "fullchain.pem"),
    ], { encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
    ca = readFileSync(path.join(dir, "tls", "fullchain.pem"), "utf8");

    instances.push(await startInstance(), await startInstance());
    httpPort = await freePort();
    httpsPort = await freePort();
    writeFileSync(path.join(dir, "grenzpartner.conf"), adaptedConfig(instances.map((s) => (s.address() as AddressInfo).port)));
    writeFileSync(path.join(dir, "nginx.conf"), mainConfig());

    const args = ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")];
    const check = spawnSync(NGINX!, ["-t", ...args], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX!, args, { stdio: "ignore" });
    await waitForNginx();
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx!.once("exit", r));
      nginx.kill("SIGQUIT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (nginx.exitCode === null) nginx.kill("SIGKILL");
    }
    await Promise.all(instances.map((s) => new Promise((r) => s.close(r))));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("answers certbot's challenge over plain HTTP and sends everything else to HTTPS", async () => {
    const challenge = await send("http", "/.well-known/acme-challenge/ready");
    expect(challenge).toMatchObject({ status: 200, body: "challenge-answer" });
    const page = await send("http", "/de/search?q=Fr%C3%A4sen");
    expect(page.status).toBe(301);
    expect(page.headers.location).toBe(`https://${HOST}/de/search?q=Fr%C3%A4sen`);
  });

  it("passes the host, the scheme and the client's real address where TRUSTED_PROXY_HOPS looks for it", async () => {
    seen.length = 0;
    // A client that writes its own X-Forwarded-For entry, from a loopback address of its own.
    const answer = await send("https", "/de", { from: "127.0.0.7", headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(answer.status).toBe(200);
    const [request] = seen;
    expect(request.headers.host).toBe(HOST);
    expect(request.headers["x-forwarded-proto"]).toBe("https");
    expect(request.headers["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.7");
    const headers = new Headers(Object.entries(request.headers).map(([k, v]): [string, string] => [k, String(v)]));
    expect(clientAddress(headers, exampleSettings().TRUSTED_PROXY_HOPS)).toBe("127.0.0.7");
  });

  it("shares requests between both instances and keeps serving while one is down", async () => {
    seen.length = 0;
    for (let i = 0; i < 6; i++) expect((await send("https", `/de/companies?page=${i}`)).status).toBe(200);
    const ports = instances.map((s) => (s.address() as AddressInfo).port);
    expect(new Set(seen.map((s) => s.port))).toEqual(new Set(ports));

    // As during a restart of one instance: its port refuses connections.
    const [first] = instances;
    const firstPort = ports[0];
    await new Promise((r) => first.close(r));
    first.closeAllConnections();
    try {
      for (let i = 0; i < 4; i++) {
        const answer = await send("https", `/de?i=${i}`);
        expect(answer).toMatchObject({ status: 200, body: String(ports[1]) });
      }
    } finally {
      await new Promise<void>((resolve) => first.listen(firstPort, "127.0.0.1", resolve));
    }
  });

  it("lets a 7 MB upload through to the portal and refuses a larger one", async () => {
    seen.length = 0;
    const upload = await send("https", "/de/account/company", { method: "POST", body: Buffer.alloc(7 * 1024 * 1024, 1) });
    expect(upload.status).toBe(200);
    expect(seen.find((s) => s.method === "POST")?.bodyBytes).toBe(7 * 1024 * 1024);
    const tooLarge = await send("https", "/de/account/company", { method: "POST", body: Buffer.alloc(9 * 1024 * 1024, 1) });
    expect(tooLarge.status).toBe(413);
  });

  it("keeps build files after the first request, so instances serve each one once", async () => {
    seen.length = 0;
    const url = "/_next/static/chunks/app-3f9a1c.js";
    const first = await send("https", url);
    const second = await send("https", url);
    expect(first.status).toBe(200);
    expect(second).toMatchObject({ status: 200, body: "console.log(1)" });
    expect(second.headers["x-cache-status"]).toBe("HIT");
    expect(second.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(seen.filter((s) => s.url === url)).toHaveLength(1);
  });
});
