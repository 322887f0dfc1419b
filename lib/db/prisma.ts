// SPDX-License-Identifier: EUPL-1.2
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { settings } from "../env";
import { ConfigError, parseDatabaseUrl, POOL_SETTINGS } from "./config";

export type { PrismaClient };

/**
 * Where a client connects, for the few jobs that need connections of their own (COPY, the
 * search rankings' sessions). A property of the client, so that it is found through a proxy
 * that hands on property reads, such as the server's shared client (lib/db).
 */
const CONNECTION_URL = Symbol("connection URL");

/** Builds a client on the PrismaPg driver adapter. Password hashes stay out of results unless asked for. */
export function createPrismaClient(url = settings().DATABASE_URL, poolSize = 10) {
  if (!url) throw new ConfigError("DATABASE_URL is not set");
  parseDatabaseUrl(url);
  const adapter = new PrismaPg({ connectionString: url, max: poolSize, ...POOL_SETTINGS });
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  Object.defineProperty(client, CONNECTION_URL, { value: url });
  return client;
}

/** The database URL a client from createPrismaClient connects to. */
export function connectionUrl(db: Db): string {
  const url = (db as unknown as Record<symbol, string | undefined>)[CONNECTION_URL];
  if (!url) throw new ConfigError("this database client was not made by createPrismaClient");
  return url;
}

/** The portal's client type (with its omit settings); use this, not the bare generated PrismaClient. */
export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type DbTx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];
