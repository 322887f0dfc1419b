import "server-only";
import { createPrismaClient } from "./prisma";

type Client = ReturnType<typeof createPrismaClient>;
const globalForPrisma = globalThis as unknown as { portalPrisma?: Client };

/** One client per server process; dev hot reloads reuse it instead of opening new pools. */
export const db: Client = globalForPrisma.portalPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.portalPrisma = db;
