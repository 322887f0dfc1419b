// SPDX-License-Identifier: EUPL-1.2
// The package ships no types; this is the part of its API the portal uses.
declare module "snowball-stemmers" {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
