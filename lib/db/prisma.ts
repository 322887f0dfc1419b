// SPDX-License-Identifier: EUPL-1.2
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { settings } from "../env";
import { ConfigError, parseDatabaseUrl, POOL_SETTINGS } from "./config";

export type { PrismaClient };

/** Where each client connects, for the few jobs that need a connection of their own (COPY). */
const urls = new WeakMap<object, string>();

/** Builds a client on the PrismaPg driver adapter. Password hashes stay out of results unless asked for. */
export function createPrismaClient(url = settings().DATABASE_URL, poolSize = 10) {
  if (!url) throw new ConfigError("DATABASE_URL is not set");
  parseDatabaseUrl(url);
  const adapter = new PrismaPg({ connectionString: url, max: poolSize, ...POOL_SETTINGS });
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  urls.set(client, url);
  return client;
}

/** The database URL a client from createPrismaClient connects to. */
export function connectionUrl(db: Db): string {
  const url = urls.get(db);
  if (!url) throw new ConfigError("this database client was not made by createPrismaClient");
  return url;
}

/** The portal's client type (with its omit settings); use this, not the bare generated PrismaClient. */
export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type DbTx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];
