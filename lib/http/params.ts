// SPDX-License-Identifier: EUPL-1.2
/** Reads a 1-based page number from a query value; anything odd becomes page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
