// SPDX-License-Identifier: EUPL-1.2
/**
 * Two participants who share no language need an interpreter at their table; the organizer
 * sees these meetings flagged. Languages are ISO 639-1 codes as stored on registrations.
 */
export function sharedLanguages(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((l) => other.has(l));
}

export const needsInterpreter = (a: readonly string[], b: readonly string[]): boolean => sharedLanguages(a, b).length === 0;
