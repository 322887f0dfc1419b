// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may read the health check's internals (migration names, outbox counts, error texts): the
 * machine itself, e.g. a monitoring agent on the host, and anyone presenting the operator token.
 * Everyone else, including a load balancer on another host, learns only the status.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { BlockList, isIP } from "node:net";
import { settings } from "../env";

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/**
 * True for loopback addresses (127.0.0.0/8, ::1, and IPv4 loopback written as IPv6). The caller
 * passes the client address it derived, never a raw client header.
 */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  const a = address?.trim() ?? "";
  const family = isIP(a);
  // BlockList also matches IPv4 loopback written as IPv6 (::ffff:127.0.0.1).
  return family !== 0 && loopback.check(a, family === 6 ? "ipv6" : "ipv4");
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Whether an `Authorization: Bearer <token>` header carries the configured operator token.
 * Compares digests of equal length in constant time, so the answer time reveals neither the
 * token's length nor how much of it was guessed. Without a configured token nobody matches.
 */
export function hasOperatorToken(authorization: string | null | undefined, token: string | undefined): boolean {
  if (!token || !authorization) return false;
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(authorization);
  if (!match) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}

export interface HealthRequester {
  /** The client address as derived by the server (see lib/http/rate-limit.ts). */
  address: string | null | undefined;
  authorization: string | null | undefined;
}

export function mayReadHealthDetails(
  requester: HealthRequester,
  token: string | undefined = settings().HEALTH_TOKEN,
): boolean {
  return isLoopbackAddress(requester.address) || hasOperatorToken(requester.authorization, token);
}
