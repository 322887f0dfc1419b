// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../../lib/db/embedded";
import { applyMigrations } from "../../../lib/db/migrate";
import { nginxConfig } from "../../../scripts/lib/load-balancer";

/**
 * The production build as a chamber would run it on one server: two app instances
 * (`scripts/server.ts`, what `npm start` runs) on one database behind Debian's nginx on
 * loopback, with `X-Forwarded-For $proxy_add_x_forwarded_for` and TRUSTED_PROXY_HOPS=1. Clients
 * may connect from different loopback addresses (127.0.0.1, 127.0.0.2, …), so the address nginx
 * sees is real while every header is the client's choice.
 *
 * nginx is required under CI (.ci/run installs it); elsewhere specs using this skip with a notice.
 */
export const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].find((p) => existsSync(p));

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface TwoInstances {
  db: EmbeddedServer;
  /** nginx's port; both instances serve behind it. */
  proxyPort: number;
  /** Each instance's own port, for reaching one of them directly. */
  appPorts: number[];
  /** One HTTP request from the given loopback address, to nginx unless another port is named. */
  send(
    from: string,
    pathAndQuery: string,
    options?: { method?: string; headers?: Record<string, string>; body?: string; port?: number },
  ): Promise<Answer>;
  /** What an instance (app-1, app-2) or nginx wrote to its output so far. */
  logOf(label: string): string;
  /** Stops everything; prints the logs when `failed`. */
  stop(failed: boolean): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a fresh embedded PostgreSQL in `dataDir` (inside the checkout, where the postgres system
 * user can reach it), migrates it, then the two instances with `env` added to the defaults, then nginx.
 */
export async function startTwoInstances(options: {
  dataDir: string;
  pgPort: number;
  env?: Record<string, string>;
}): Promise<TwoInstances> {
  if (!NGINX) throw new Error("nginx is required for this test under CI (apt-get install nginx)");
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  // nginx's workers drop root and still need to reach their temporary folders in here.
  chmodSync(dir, 0o755);
  const processes: ChildProcess[] = [];
  const logs = new Map<string, string>();
  let db: EmbeddedServer | null = null;

  const start = (label: string, file: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    logs.set(label, "");
    const append = (d: Buffer) => logs.set(label, logs.get(label) + d.toString("utf8"));
    child.stdout?.on("data", append);
    child.stderr?.on("data", append);
    processes.push(child);
    return child;
  };

  const send: TwoInstances["send"] = (from, pathAndQuery, opts = {}) =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: opts.port ?? proxyPort,
          localAddress: from,
          path: pathAndQuery,
          method: opts.method ?? "GET",
          headers: opts.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const body = Buffer.concat(chunks);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString("utf8") });
          });
        },
      );
      req.on("error", reject);
      req.end(opts.body);
    });

  const waitUntilServing = async (port: number, label: string, child: ChildProcess) => {
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
  };

  const stop = async (failed: boolean) => {
    for (const child of [...processes].reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }
    }
    await db?.stop();
    if (failed) {
      for (const [label, text] of logs) console.log(`--- ${label}\n${text.slice(-4000)}`);
      const nginxErrors = path.join(dir, "nginx-error.log");
      if (existsSync(nginxErrors)) console.log(`--- nginx-error.log\n${readFileSync(nginxErrors, "utf8").slice(-4000)}`);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const appPorts = [await freePort(), await freePort()];
  const proxyPort = await freePort();
  try {
    const dataDir = path.resolve(options.dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(path.dirname(dataDir), { recursive: true });
    db = await startEmbeddedPostgres({ dataDir, port: options.pgPort, database: "portal", log: () => {} });
    await applyMigrations(db.url, { log: () => {} });

    const tsx = path.resolve("node_modules/.bin/tsx");
    // Shared like the database: a session made by one instance must be valid on the other.
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
        SMTP_URL: "smtp://127.0.0.1:9",
        SEARCH_WORKER: "off",
        ALERTS_SCHEDULER: "off",
        ...options.env,
      });
      await waitUntilServing(port, `app instance ${i + 1}`, child);
    }

    writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, proxyPort, appPorts, { keepalive: false, workerConnections: 512, maxBodySize: "5m", upstreamHeader: true }));
    const nginx = start("nginx", NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "nginx-error.log")]);
    await waitUntilServing(proxyPort, "nginx", nginx);
  } catch (e) {
    await stop(true);
    throw e;
  }
  return { db: db!, proxyPort, appPorts, send, logOf: (label) => logs.get(label) ?? "", stop };
}
