// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER, peerHeaders, trustedProxyHops } from "@/lib/http/client-address";

const SOCKET = "198.51.100.20";

function headers(forwardedFor: string | null, peer: string | null = SOCKET): Headers {
  const h = new Headers();
  if (forwardedFor !== null) h.set("x-forwarded-for", forwardedFor);
  if (peer !== null) for (const [name, value] of Object.entries(peerHeaders(peer))) h.set(name, value);
  return h;
}

describe("clientAddress", () => {
  it.each([
    // [hops, X-Forwarded-For as it reaches the app, expected key]
    // No proxy trusted: whatever the client writes is ignored, the socket decides.
    [0, null, SOCKET],
    [0, "203.0.113.7", SOCKET],
    [0, "203.0.113.7, 10.0.0.1", SOCKET],
    [0, "unknown", SOCKET],
    // One proxy (nginx with $proxy_add_x_forwarded_for) appended the address it saw last.
    [1, "203.0.113.7", "203.0.113.7"],
    [1, "1.1.1.1, 203.0.113.7", "203.0.113.7"],
    [1, "1.1.1.1, 2.2.2.2, 3.3.3.3, 203.0.113.7", "203.0.113.7"],
    [1, "not-an-ip, 203.0.113.7", "203.0.113.7"],
    [1, ",,, 203.0.113.7", "203.0.113.7"],
    [1, "203.0.113.7,", "203.0.113.7"],
    [1, "2001:db8::1", "2001:db8::1"],
    [1, "[2001:DB8::1]", "2001:db8::1"],
    [1, "::ffff:203.0.113.7", "203.0.113.7"],
    // Two proxies: the second-last entry is what the outer proxy saw.
    [2, "1.1.1.1, 203.0.113.7, 10.0.0.2", "203.0.113.7"],
    [2, "203.0.113.7, 10.0.0.2", "203.0.113.7"],
    // Fewer entries than proxies: the request skipped a proxy, the socket is the witness.
    [1, null, SOCKET],
    [1, "", SOCKET],
    [2, "203.0.113.7", SOCKET],
    // A trusted position holding no address is not used as a key.
    [1, "203.0.113.7, garbage", SOCKET],
    [1, "1.1.1.1, 203.0.113.7:4711", SOCKET],
  ] as const)("with %i trusted hops, X-Forwarded-For %j counts as %s", (hops, forwarded, expected) => {
    expect(clientAddress(headers(forwarded), hops)).toBe(expected);
  });

  it("reads the socket address in the spelling of an IPv4 client on a dual-stack socket", () => {
    expect(clientAddress(headers(null, "::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("falls back to one shared key when the request did not pass the portal's server", () => {
    expect(clientAddress(headers("203.0.113.7", null), 0)).toBe("unknown");
    expect(clientAddress(headers(null, "forged"), 0)).toBe("unknown");
    // A client that sends the peer header itself, without the server's secret, chooses nothing.
    const forged = new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-portal-peer-secret": "guess" });
    expect(clientAddress(forged, 0)).toBe("unknown");
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.9" }), 0)).toBe("unknown");
  });
});

describe("trustedProxyHops", () => {
  it("defaults to no trusted proxy", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " " })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
  });

  it.each(["-1", "1.5", "one", "11"])("refuses %s", (value) => {
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
