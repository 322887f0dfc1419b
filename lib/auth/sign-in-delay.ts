// SPDX-License-Identifier: EUPL-1.2
/**
 * How long a sign-in attempt on an account waits before its password is checked, given the wrong
 * passwords the account received from all addresses in the current window. Refusing the account
 * outright would let anyone lock its owner out with ten guesses; a delay that doubles up to a few
 * seconds makes a spread-out guessing run slow while the owner still gets in.
 */
export const FREE_FAILURES = 10;
const FIRST_DELAY_MS = 250;
export const MAX_DELAY_MS = 5_000;

export function signInDelayMs(failures: number): number {
  if (!(failures > FREE_FAILURES)) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - FREE_FAILURES - 1, 10));
}
