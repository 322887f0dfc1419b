// SPDX-License-Identifier: EUPL-1.2
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { settings } from "../env";
import { ConfigError, parseDatabaseUrl } from "./config";

export type { PrismaClient };

/** Builds a client on the PrismaPg driver adapter. Password hashes stay out of results unless asked for. */
export function createPrismaClient(url = settings().DATABASE_URL, poolSize = 10) {
  if (!url) throw new ConfigError("DATABASE_URL is not set");
  parseDatabaseUrl(url);
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

/** The portal's client type (with its omit settings); use this, not the bare generated PrismaClient. */
export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type DbTx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];
