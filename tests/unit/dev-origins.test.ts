// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { localDevHosts } from "../../lib/http/dev-origins";

describe("hosts the development server serves its scripts to", () => {
  it("includes 127.0.0.1, localhost and the network addresses next dev prints, but no IPv6 or loopback aliases", () => {
    const hosts = localDevHosts({
      lo: [{ address: "127.0.0.1", netmask: "255.0.0.0", family: "IPv4", mac: "00:00:00:00:00:00", internal: true, cidr: "127.0.0.1/8" }],
      eth0: [
        { address: "192.168.1.20", netmask: "255.255.255.0", family: "IPv4", mac: "02:42:ac:11:00:02", internal: false, cidr: "192.168.1.20/24" },
        { address: "fe80::1", netmask: "ffff:ffff:ffff:ffff::", family: "IPv6", mac: "02:42:ac:11:00:02", internal: false, cidr: "fe80::1/64", scopeid: 2 },
      ],
    });
    expect(hosts.sort()).toEqual(["127.0.0.1", "192.168.1.20", "localhost"]);
  });
});
