// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { AuthTokenPurpose } from "../generated/prisma/enums";
import type { Db, DbTx } from "../db/prisma";
import { expiresIn, hashToken, newToken, TOKEN_LIFETIME_MS } from "./tokens";

type Client = DbTx | Db;

/** Replaces the user's open links of this purpose with a new one; returns the token for the mail. */
export async function issueAuthToken(
  client: Client,
  userId: string,
  purpose: AuthTokenPurpose,
  email: string,
): Promise<string> {
  const { token, tokenHash } = newToken();
  await client.authToken.deleteMany({ where: { userId, purpose } });
  await client.authToken.create({
    data: { userId, purpose, email, tokenHash, expiresAt: expiresIn(TOKEN_LIFETIME_MS[purpose]) },
  });
  return token;
}

/** The stored token for a link, if it exists, has one of the purposes and has not expired. */
export async function findValidAuthToken(client: Client, token: string, purposes: readonly AuthTokenPurpose[]) {
  const found = await client.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      user: { select: { id: true, email: true, name: true, locale: true, emailVerified: true } },
    },
  });
  if (!found || !purposes.includes(found.purpose) || found.expiresAt.getTime() <= Date.now()) return null;
  return found;
}

/**
 * Uses a link up: deletes its token in one statement and returns what it was for, or null when
 * the link is unknown, expired, of another purpose or already used. Of any number of requests
 * with the same link at the same moment, only the one whose delete took the row gets it.
 */
export async function consumeAuthToken(
  tx: DbTx,
  token: string,
  purposes: readonly AuthTokenPurpose[],
): Promise<{ userId: string; purpose: AuthTokenPurpose; email: string } | null> {
  const rows = await tx.$queryRaw<{ userId: string; purpose: AuthTokenPurpose; email: string }[]>`
    DELETE FROM "AuthToken"
    WHERE "tokenHash" = ${hashToken(token)} AND "expiresAt" > now() AND purpose::text = ANY(${[...purposes]}::text[])
    RETURNING "userId", purpose::text AS purpose, email`;
  return rows[0] ?? null;
}
