// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from "node:crypto";

/** A link token for a mail and the hash that is stored in its place. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const TOKEN_LIFETIME_MS = {
  VERIFY_EMAIL: 48 * 3600_000,
  CHANGE_EMAIL: 24 * 3600_000,
  RESET_PASSWORD: 3600_000,
  INVITATION: 7 * 24 * 3600_000,
} as const;

export function expiresIn(ms: number, now = Date.now()): Date {
  return new Date(now + ms);
}
