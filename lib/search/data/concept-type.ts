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
  /**
   * Labels with a common other sense ("Federn" are also feathers, "springs" also wells): alone
   * they tag a document with the concept only when it also names the concept otherwise or works
   * in one of its NACE divisions.
   */
  ambiguous?: readonly string[];
}
