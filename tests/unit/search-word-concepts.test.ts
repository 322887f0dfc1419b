// SPDX-License-Identifier: EUPL-1.2
/** Which concepts a query word names in the PostgreSQL engine, after typo correction and compound splitting. */
import { beforeAll, describe, expect, it } from "vitest";
import { resolveWord, type TermCandidate } from "@/lib/search/engines/postgres-query";
import { parseQuery } from "@/lib/search/normalize";

const word = (q: string) => parseQuery(q, false)[0];
const candidate = (term: string, frequency = 3): TermCandidate => ({ term, display: term, frequency, distance: 2 });

// Building the concept dictionary and the compound lexicon takes seconds, once.
beforeAll(() => {
  resolveWord(word("Drahtformteile"), [], 1, false);
}, 60_000);

describe("concepts of a query word", () => {
  it("takes a word that names a concept as written, not its typo neighbours' concepts", () => {
    // "upholstered" is two edits away and names furniture; the buyer asked for upholstery.
    const m = resolveWord(word("upholstery"), [candidate("upholstered")], 0, false);
    expect(m.concepts).toContain("upholstery");
    expect(m.concepts).not.toContain("furniture");
  });

  it("still reads a misspelt word through its corrections' concepts", () => {
    const m = resolveWord(word("weldimg"), [candidate("welding")], 0, false);
    expect(m.concepts).toContain("welding");
  });

  it("names the compound's head, not a label it merely starts with", () => {
    const m = resolveWord(word("Aluminiumdruckguss"), [], 1, false);
    expect(m.concepts).toContain("die-casting");
    expect(m.concepts).not.toContain("aluminium");
    // The modifier still has to be matched as a part of the compound.
    expect(m.forms?.partConcepts[0]).toContain("aluminium");
  });

  it("keeps the modifier's concepts when the head names none of them (Kistenbau is making crates)", () => {
    const crates = resolveWord(word("Kistenbau"), [], 1, false).concepts;
    expect(crates.length).toBeGreaterThan(0);
    expect(crates).not.toContain("construction");
    expect(resolveWord(word("Stahltreppenbau"), [], 1, false).concepts).toContain("stairs");
  });

  it("names new trades in all three languages", () => {
    for (const q of ["Polsterei", "čalounictví", "upholsterer"])
      expect(resolveWord(word(q), [], 1, false).concepts, q).toContain("upholstery");
    for (const q of ["Glasbläserei", "glassblowing"])
      expect(resolveWord(word(q), [], 1, false).concepts, q).toContain("glass-blowing");
  });
});
