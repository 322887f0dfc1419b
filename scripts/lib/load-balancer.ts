// SPDX-License-Identifier: EUPL-1.2
/**
 * A load balancer in front of several portal instances on loopback, for benchmarks: Debian's nginx
 * when it is installed (the same shape of configuration as the reverse proxy the README
 * describes), otherwise a round-robin proxy in this process, which the caller reports.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

export const NGINX_BINARY = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].find((p) => existsSync(p));

export interface LoadBalancer {
  kind: "nginx" | "node round-robin";
  port: number;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /** Keep connections to the instances open, as a production proxy does (the default). */
  keepalive?: boolean;
  workerConnections?: number;
  /** nginx's request body limit, e.g. "5m"; nginx's own 1 MB when unset. */
  maxBodySize?: string;
  /** Name the instance that answered in an X-Upstream header, so a test can see both did. */
  upstreamHeader?: boolean;
}

/** An nginx configuration for loopback: `upstreams` behind `port`, all temporary files in `dir`. */
export function nginxConfig(dir: string, port: number, upstreams: number[], options: NginxOptions = {}): string {
  const { keepalive = true, workerConnections = 1024, maxBodySize, upstreamHeader = false } = options;
  const lines = (...l: (string | false | undefined)[]) => l.filter((x): x is string => !!x).join("\n");
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections ${workerConnections}; }
http {
${lines("  access_log off;", maxBodySize && `  client_max_body_size ${maxBodySize};`)}
  client_body_temp_path ${dir}/nginx-body;
  proxy_temp_path ${dir}/nginx-proxy;
  fastcgi_temp_path ${dir}/nginx-fastcgi;
  uwsgi_temp_path ${dir}/nginx-uwsgi;
  scgi_temp_path ${dir}/nginx-scgi;
  upstream portal {
${lines(...upstreams.map((p) => `    server 127.0.0.1:${p};`), keepalive && "    keepalive 32;")}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
${lines(
  "      proxy_pass http://portal;",
  keepalive && "      proxy_http_version 1.1;",
  keepalive && '      proxy_set_header Connection "";',
  "      proxy_set_header Host $http_host;",
  "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
  "      proxy_set_header X-Forwarded-Proto $scheme;",
  upstreamHeader && "      add_header X-Upstream $upstream_addr always;",
)}
    }
  }
}
`;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

async function startNginx(binary: string, port: number, upstreams: number[]): Promise<LoadBalancer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-nginx-"));
  // nginx's workers drop root and still need to reach their temporary folders in here.
  chmodSync(dir, 0o755);
  writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, port, upstreams));
  const child = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "nginx-error.log")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  return { kind: "nginx", port, stop: () => stopChild(child) };
}

function startRoundRobin(port: number, upstreams: number[]): Promise<LoadBalancer> {
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const target = upstreams[next++ % upstreams.length];
    const forwarded = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      { host: "127.0.0.1", port: target, path: req.url, method: req.method, headers: { ...req.headers, "x-forwarded-for": forwarded }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () =>
      resolve({
        kind: "node round-robin",
        port,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
            agent.destroy();
          }),
      }),
    ),
  );
}

export function startLoadBalancer(port: number, upstreams: number[]): Promise<LoadBalancer> {
  return NGINX_BINARY ? startNginx(NGINX_BINARY, port, upstreams) : startRoundRobin(port, upstreams);
}
