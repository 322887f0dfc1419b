// SPDX-License-Identifier: EUPL-1.2
import { hash, verify } from "@node-rs/argon2";

// The library's Algorithm enum is a const enum, which isolatedModules cannot import.
const ARGON2ID = 2;

// OWASP's baseline for argon2id: 19 MiB, two passes, one lane.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Hash of a random password nobody knows, made with the same parameters as real hashes.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$RveCuNccI/m//gjOx7vT8g$WNkv/GSUQxU4ep+F0uBrMKc09YEvm0ZogYz3PNoLP8k";

/**
 * Verifies a password; without a stored hash (unknown account) it still verifies against a
 * throwaway hash, so the answer takes as long as for a real account.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    await verify(DUMMY_HASH, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
