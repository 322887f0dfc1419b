// SPDX-License-Identifier: EUPL-1.2
// The packages ship no types; this is the part of their API the portal uses. The stemmer
// modules are loaded on their own, without the packages' sentiment and tokenizer data.
declare module "@nlpjs/lang-de/src/stemmer-de" {
  export default class StemmerDe {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-cs/src/stemmer-cs" {
  export default class StemmerCs {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-en-min/src/stemmer-en" {
  export default class StemmerEn {
    stemWord(word: string): string;
  }
}
