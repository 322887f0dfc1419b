// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";

/**
 * Check-in codes: 12 characters of Crockford's base32 (60 random bits), printed in groups of four.
 * The alphabet has no I, L, O or U, so a code read aloud or typed from a badge survives the usual
 * confusions; normalizing maps them back.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CHECK_IN_CODE_LENGTH = 12;

export function generateCheckInCode(): string {
  const bytes = randomBytes(CHECK_IN_CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

/** "ab3k-9x…" typed by hand, or the text of a scanned QR code, as stored; null if it cannot be one. */
export function normalizeCheckInCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (code.length !== CHECK_IN_CODE_LENGTH || /[^0-9A-Z]/.test(code) || /U/.test(code)) return null;
  return code;
}

export function formatCheckInCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
