// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from "vitest";
import {
  baseForms,
  documentForms,
  indexLexemes,
  partWords,
  queryForms,
  searchableForm,
  splitCompound,
} from "../../lib/search/morphology";
import { tokenSpans } from "../../lib/search/normalize";

const shareBase = (a: string, b: string, lang: "de" | "cs" | "en") =>
  baseForms(a, lang).some((form) => baseForms(b, lang).includes(form));

/** Every lexeme a document written in `lang` carries for its words. */
function documentLexemes(text: string, lang: "de" | "cs" | "en"): Set<string> {
  return new Set(tokenSpans(text).flatMap((s) => indexLexemes(text.slice(s.start, s.end), s.token, lang)));
}

/** Whether a query word matches a document through base forms or all of its compound parts. */
function matchesByForm(queryWord: string, text: string, lang: "de" | "cs" | "en"): boolean {
  const doc = documentLexemes(text, lang);
  const forms = queryForms(queryWord, tokenSpans(queryWord)[0].token);
  if (forms.lexemes.some((l) => doc.has(l))) return true;
  return Boolean(forms.parts?.every((p) => p.lexemes.some((l) => doc.has(l))));
}

describe("Czech inflection", () => {
  it.each([
    ["frézováním", "frézování"],
    ["výrobou", "výroba"],
    ["zámečnickými", "zámečnické"],
    ["pracemi", "práce"],
    ["hliníku", "hliník"],
    ["průmyslovými", "průmyslové"],
    // Genitive plural without an ending, with and without the e the plural puts in.
    ["pružin", "pružiny"],
    ["křesel", "křeslo"],
    ["krabic", "krabice"],
    // Instrumental singular of masculine nouns, with and without the e the other cases drop.
    ["tiskem", "tisk"],
    ["strojem", "stroj"],
    ["nábytkem", "nábytku"],
    ["odlitkem", "odlitek"],
  ])("reduces %s and %s to one base form", (a, b) => {
    expect(shareBase(a, b, "cs")).toBe(true);
  });

  it("gives a word typed without diacritics the base form of the written one", () => {
    expect(shareBase("prumyslovymi", "průmyslové", "cs")).toBe(true);
    expect(shareBase("frezovanim", "frézování", "cs")).toBe(true);
  });

  it("keeps different words apart", () => {
    expect(shareBase("svářeč", "svařování", "cs")).toBe(false);
    expect(shareBase("výrobce", "výroba", "cs")).toBe(false);
    expect(shareBase("pružin", "pruh", "cs")).toBe(false);
  });
});

describe("English", () => {
  it("treats plurals and -ing/-ed forms as one word", () => {
    expect(shareBase("bending", "bend", "en")).toBe(true);
    expect(shareBase("moulded", "moulding", "en")).toBe(true);
    expect(shareBase("parts", "part", "en")).toBe(true);
    expect(shareBase("industries", "industry", "en")).toBe(true);
  });

  it("leaves the dictionary's exact words alone: 'customs' is not 'customers'", () => {
    expect(baseForms("customs", "en")).toEqual([]);
    expect(shareBase("customs", "customers", "en")).toBe(false);
  });
});

describe("German compounds", () => {
  // The compound lexicon is built from the whole vocabulary on first use, which takes seconds on
  // a busy machine: once, outside the cases' own time limit.
  beforeAll(() => {
    splitCompound("kunststoffspritzgussteile");
  }, 60_000);

  it.each([
    ["stahlbauschlosserei", ["stahlbau", "schlosserei"]],
    ["kunststoffspritzgussteile", ["kunststoff", "spritzguss", "teile"]],
    ["pulverbeschichtung", ["pulver", "beschichtung"]],
  ])("splits %s into known parts", (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });

  it("learns modifiers the vocabulary only uses inside compounds", () => {
    expect(splitCompound("prazisionsdrehteile")?.[0]).toBe("prazision");
  });

  it("does not split ordinary words into syllables", () => {
    expect(splitCompound("bauer")).toBeNull();
    expect(splitCompound("reparaturen")).toBeNull();
    expect(splitCompound("kunststoff")).toBeNull();
  });

  it("finds companies that write the parts apart, in another order or inflected", () => {
    expect(matchesByForm("Kunststoffspritzgussteile", "Spritzgussteile aus Kunststoff", "de")).toBe(true);
    expect(matchesByForm("Präzisionsdrehteile", "Drehteile in hoher Präzision", "de")).toBe(true);
    expect(matchesByForm("Stahlbauschlosserei", "Schlosserei und Stahlbau", "de")).toBe(true);
    expect(matchesByForm("Stahlbauschlosserei", "Schlosserei für Holzbau", "de")).toBe(false);
  });

  it("meets a part in a text that writes it inflected, where its stem is too short to say it", () => {
    // "Feder" and "Federn" share only the stem "fed", too short to match on.
    expect(matchesByForm("Federbetten", "Bettdecken mit Daunen und Federn", "de")).toBe(true);
    expect(matchesByForm("Federbetten", "Bettdecken mit Daunen", "de")).toBe(false);
  });

  it("reads a part made of words as those words, for a text that writes them apart as verb and noun", () => {
    const text = documentLexemes("Wir biegen Rohre aus Stahl", "de");
    const [modifier] = splitCompound("rohrbiegearbeiten") ?? [];
    const words = partWords(modifier);
    expect(words?.map((w) => w.word)).toEqual(["rohr", "bieg"]);
    expect(words?.every((w) => w.lexemes.some((l) => text.has(l)))).toBe(true);
  });
});

describe("query words", () => {
  it("match only as typed when short, like the typo rule", () => {
    expect(queryForms("Fräs", "fras")).toEqual({ lexemes: [], parts: null });
  });

  it("find inflected text in any of the three languages", () => {
    expect(matchesByForm("zámečnickými", "Nabízíme zámečnické práce.", "cs")).toBe(true);
    expect(matchesByForm("bending", "Sheet metal: we bend and weld.", "en")).toBe(true);
  });
});

describe("forms for an engine that indexes words (Meilisearch)", () => {
  it("gives a document the base forms and compound parts of its words, not the words again", () => {
    const forms = documentForms([{ cs: "Frézování hliníku", de: "Kunststoffspritzgussteile" }]);
    expect(forms).toEqual(expect.arrayContaining(baseForms("frézování", "cs")));
    expect(forms).toEqual(expect.arrayContaining(["kunststoff", "spritzguss", "teile"]));
    expect(forms).not.toContain("frezovani");
  });

  it("carries every German reading the PostgreSQL index gives a word, so both engines meet the same query parts", () => {
    const text = "Wir wickeln Federn und liefern Spritzgussteile, Drahtbiegeteile und Stahlkonstruktionen.";
    const forms = new Set([...documentForms([{ de: text }]), ...tokenSpans(text).map((s) => s.token)]);
    const readings = [...documentLexemes(text, "de")].map((l) => l.replace(/^\^de:/, ""));
    expect(readings).toContain("feder");
    for (const r of readings) expect(forms, r).toContain(r);
  });

  it("gives a company name its compound parts, never base forms, as the PostgreSQL index does", () => {
    const forms = documentForms([{}], ["Präzisionsteile Zittau GmbH"]);
    expect(forms).toEqual(expect.arrayContaining(["prazision", "teile"]));
    expect(forms).not.toContain(baseForms("Zittau", "de")[0]);
    // A query compound asks Meilisearch for exactly those parts.
    for (const part of searchableForm("Präzisionsteile", "prazisionsteile", "de", 2).split(" ")) expect(forms).toContain(part);
  });

  it("asks for a compound by its parts and for a far-off inflection by its base form", () => {
    expect(searchableForm("Kunststoffspritzgussteile", "kunststoffspritzgussteile", "de", 2)).toBe("kunststoff spritzguss teile");
    const base = searchableForm("pružin", "pruzin", "cs", 1);
    expect(documentForms([{ cs: "Vyrábíme tažné pružiny." }])).toContain(base);
  });

  it("leaves words alone that the typo budget already bridges, and short or exact words", () => {
    expect(searchableForm("frézováním", "frezovanim", "cs", 2)).toBe("frézováním");
    expect(searchableForm("Fräs", "fras", "de", 0)).toBe("Fräs");
    expect(searchableForm("Dresden", "dresden", "de", 1)).toBe("Dresden");
  });
});
