// SPDX-License-Identifier: EUPL-1.2
/**
 * The production web server: Next.js behind a plain node:http server, so the app learns which
 * address each connection came from (see lib/http/client-address.ts). `npm start` runs it through
 * scripts/with-db.ts in place of `next start`, with the same options:
 *
 *   tsx scripts/server.ts [-p|--port <port>] [-H|--hostname <host>]
 */
import http from "node:http";
import { exitOnEnvironmentProblems } from "../lib/env/process";
import { PEER_ADDRESS_HEADER, PEER_SECRET_HEADER, peerSecret } from "../lib/http/client-address";

function option(names: string[]): string | undefined {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (names.includes(argv[i])) return argv[i + 1];
    const [name, value] = argv[i].split(/=(.*)/s);
    if (value !== undefined && names.includes(name)) return value;
  }
  return undefined;
}

// Every setting first, so a bad PORT or TRUSTED_PROXY_HOPS is reported under its own name.
exitOnEnvironmentProblems();

const port = Number(option(["-p", "--port"]) ?? process.env.PORT ?? 3000);
const hostname = option(["-H", "--hostname"]);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Error: the port must be a number from 0 to 65535, got "${option(["-p", "--port"]) ?? process.env.PORT}"`);
  process.exit(1);
}

// Next.js reads NODE_ENV while loading, so it is set before the import, as `next start` does.
(process.env as Record<string, string>).NODE_ENV = "production";
const { default: next } = await import("next");

// Set before Next.js loads, so the app reads the same secret from the environment.
const secret = peerSecret();
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  // Only this line may set the header; a client's own value under that name is replaced.
  const peer = req.socket.remoteAddress;
  if (peer) {
    req.headers[PEER_ADDRESS_HEADER] = peer;
    req.headers[PEER_SECRET_HEADER] = secret;
  } else {
    delete req.headers[PEER_ADDRESS_HEADER];
    delete req.headers[PEER_SECRET_HEADER];
  }
  handle(req, res).catch((e) => {
    console.error("[server] request failed:", e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.on("upgrade", (req, socket, head) => {
  void app.getUpgradeHandler()(req, socket, head);
});

server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? address.port : port;
  console.log(`[server] ready on http://${hostname ?? "localhost"}:${shown}`);
});

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // Finish requests in flight, but do not wait for idle keep-alive connections.
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
