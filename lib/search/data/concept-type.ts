// SPDX-License-Identifier: EUPL-1.2
/** One entry of the trilingual concept dictionary: its labels in German, Czech and English. */
export interface Concept {
  id: string;
  de: readonly string[];
  cs: readonly string[];
  en: readonly string[];
  nace?: readonly string[];
  /** Labels matched only as written, never inflected ("customs" must not match "customers"). */
  exact?: readonly string[];
}
