// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { createPrismaClient } from "./prisma";

type Client = ReturnType<typeof createPrismaClient>;
const globalForPrisma = globalThis as unknown as { portalPrisma?: Client };

function client(): Client {
  // One client per server process; dev hot reloads reuse it instead of opening new pools.
  globalForPrisma.portalPrisma ??= createPrismaClient();
  return globalForPrisma.portalPrisma;
}

/**
 * The client is created on first use, not on import: `next build` imports route modules to
 * collect page data and must not need a database.
 */
export const db: Client = new Proxy({} as Client, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
