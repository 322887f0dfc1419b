// SPDX-License-Identifier: EUPL-1.2
/** Deterministic randomness for demo data, benchmarks and tests: the same seed, the same sequence. */

export type Rng = () => number;

/** Mulberry32: a seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
