// SPDX-License-Identifier: EUPL-1.2
import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { settings, type EnvSource } from "../env";
import { portalPeerSecret } from "../env/process";

/**
 * The address whose requests a per-client rate limit counts.
 *
 * Next.js does not tell route handlers or server actions which address the connection came from,
 * and it fills in X-Forwarded-For from the socket only when the client did not send one. So the
 * portal's server (scripts/server.ts) writes the socket's address into PEER_ADDRESS_HEADER after
 * dropping whatever a client sent under that name.
 *
 * Behind reverse proxies, each trusted proxy appends the address it saw to X-Forwarded-For
 * (nginx: `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`). Everything left of
 * those entries was written by the client and proves nothing, so the address is read from the
 * right: with N trusted proxies, the N-th entry from the right is what the outermost proxy saw.
 */
export const PEER_ADDRESS_HEADER = "x-portal-peer-address";
/**
 * Proves that PEER_ADDRESS_HEADER was written by the portal's server in this process. Without it
 * (`next dev`, or `next start` run by hand) a client could send the header itself and pick the
 * key its requests are counted under.
 */
export const PEER_SECRET_HEADER = "x-portal-peer-secret";

/** A random secret per process, shared by the server and the app through the environment. */
export function peerSecret(): string {
  return portalPeerSecret();
}

/** The headers the portal's server adds to a request that arrived from `address`. */
export function peerHeaders(address: string): Record<string, string> {
  return { [PEER_ADDRESS_HEADER]: address, [PEER_SECRET_HEADER]: peerSecret() };
}

function fromPortalServer(headers: Headers): boolean {
  const given = Buffer.from(headers.get(PEER_SECRET_HEADER) ?? "");
  const expected = Buffer.from(peerSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** TRUSTED_PROXY_HOPS: how many reverse proxies in front of the portal append to X-Forwarded-For. */
export function trustedProxyHops(env?: EnvSource): number {
  return settings(env).TRUSTED_PROXY_HOPS;
}

/** One spelling per address: IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d. */
function normalize(address: string): string | null {
  let candidate = address.trim();
  if (candidate.startsWith("[") && candidate.endsWith("]")) candidate = candidate.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(candidate);
  if (mapped) candidate = mapped[1];
  return isIP(candidate) ? candidate.toLowerCase() : null;
}

/**
 * The client's address, or "unknown" when the request did not come through the portal's server
 * (then every such request shares one limit rather than letting a header choose the key).
 */
export function clientAddress(headers: Headers, hops = trustedProxyHops()): string {
  const peer = (fromPortalServer(headers) && normalize(headers.get(PEER_ADDRESS_HEADER) ?? "")) || "unknown";
  if (hops === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped a proxy, so the socket is the only witness.
  if (forwarded.length < hops) return peer;
  return normalize(forwarded[forwarded.length - hops]) ?? peer;
}
