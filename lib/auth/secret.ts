// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The key that signs and encrypts session cookies. Production sets NEXTAUTH_SECRET; a local
 * `npm run dev` or `npm start` without it gets one generated once and kept in a git-ignored file,
 * so sessions survive restarts.
 */
export function ensureLocalAuthSecret(file = ".data/auth-secret"): string {
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
