// SPDX-License-Identifier: EUPL-1.2
import { networkInterfaces, type NetworkInterfaceInfo } from "node:os";

/**
 * The hosts `next dev` can be opened at: the addresses it prints (localhost and this machine's
 * network addresses) and 127.0.0.1. Next.js refuses its development scripts to any other origin,
 * and a page opened at 127.0.0.1 would otherwise load without JavaScript.
 */
export function localDevHosts(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const network = Object.values(interfaces)
    .flat()
    .filter((a): a is NetworkInterfaceInfo => !!a && !a.internal && a.family === "IPv4")
    .map((a) => a.address);
  return [...new Set(["localhost", "127.0.0.1", ...network])];
}
