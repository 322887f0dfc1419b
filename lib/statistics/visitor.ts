// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from "node:crypto";
import { isbot } from "isbot";
import type { Db } from "../db/prisma";

/**
 * Distinct visitors as privacy-friendly analytics count them: a hash of the client address and
 * the user agent with a salt of the day. The salt lives in the database so every instance hashes
 * alike, and it is deleted when its day is over (lib/statistics/rollup.ts), after which nobody,
 * the operator included, can tell whose hash a row carries. A visitor is therefore one person on
 * one day; the same person tomorrow is a new visitor.
 */

/** The UTC day of a moment, as the date the database stores ("2026-12-06"). */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

let cached: { day: string; salt: string } | null = null;

/** Today's salt: made by whichever instance asks first, read by all others. */
export async function saltOfDay(db: Db, at = new Date()): Promise<string> {
  const day = utcDay(at);
  if (cached?.day === day) return cached.salt;
  // One statement whether the row exists or not: the no-op update makes RETURNING yield the stored salt.
  const rows = await db.$queryRaw<{ salt: string }[]>`
    INSERT INTO visitor_salt (day, salt) VALUES (${day}::date, ${randomBytes(32).toString("hex")})
    ON CONFLICT (day) DO UPDATE SET day = EXCLUDED.day
    RETURNING salt`;
  cached = { day, salt: rows[0].salt };
  return cached.salt;
}

/** Forgets the salt held in memory, so a deleted salt is never used again by this process. */
export function forgetCachedSalt(): void {
  cached = null;
}

export function visitorHash(salt: string, address: string, userAgent: string): string {
  return createHash("sha256").update(`${salt}\n${address}\n${userAgent}`).digest("base64url").slice(0, 22);
}

/** Crawlers, monitors and clients that name no browser at all are not people. */
export function isCountedAgent(userAgent: string | null | undefined): userAgent is string {
  return Boolean(userAgent?.trim()) && !isbot(userAgent);
}
