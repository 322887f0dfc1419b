// SPDX-License-Identifier: EUPL-1.2
/** Which words a search leaves out when all words together find too little (PostgreSQL engine). */
import { beforeAll, describe, expect, it } from "vitest";
import { relaxedWordSets, resolveWord, type WordMatch } from "@/lib/search/engines/postgres-query";
import { isGenericHead } from "@/lib/search/morphology";
import { parseQuery } from "@/lib/search/normalize";

/** Query words as the engine resolves them when each is in the vocabulary as typed. */
const matches = (q: string): WordMatch[] => parseQuery(q, false).map((w) => resolveWord(w, [], 1, false));
const words = (set: { words: WordMatch[] }) => set.words.map((m) => m.word.word);

// Building the concept dictionary and the compound lexicon takes seconds, once.
beforeAll(() => {
  matches("Drahtformteile");
  isGenericHead("teile");
}, 60_000);

describe("relaxed search", () => {
  it("first leaves out the last word, even when all words found a few hits", () => {
    const sets = relaxedWordSets(matches("heat treatment steel"));
    expect(words(sets[0])).toEqual(["heat", "treatment"]);
    expect(sets[0].onlyIfEmpty).toBe(false);
    // One more only when that still finds nothing.
    expect(words(sets[1])).toEqual(["heat"]);
    expect(sets[1].onlyIfEmpty).toBe(true);
  });

  it("never leaves out numbers or short words", () => {
    const sets = relaxedWordSets(matches("Zertifikat ISO 9001"));
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) expect(words(set)).toEqual(expect.arrayContaining(["iso", "9001"]));
  });

  it("searches a lone compound without its generic last part, keeping the rest of it", () => {
    const [set] = relaxedWordSets(matches("Drahtformteile"));
    expect(words(set)).toEqual(["drahtformteile"]);
    expect(set.words[0].forms?.parts?.map((p) => p.word)).toEqual(["draht", "form"]);
  });

  it("keeps a compound's specific head: Federbetten are beds, not springs", () => {
    expect(relaxedWordSets(matches("Federbetten"))).toEqual([]);
    expect(relaxedWordSets(matches("Holzpaletten"))).toEqual([]);
  });
});

describe("generic heads of German compounds", () => {
  it("are the parts the vocabulary ends many compounds with", () => {
    expect(isGenericHead("teile")).toBe(true);
    expect(isGenericHead("arbeiten")).toBe(true);
    expect(isGenericHead("betten")).toBe(false);
    expect(isGenericHead("paletten")).toBe(false);
  });
});
