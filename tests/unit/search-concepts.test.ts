// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from "vitest";
import { conceptLabels, conceptMatcher, createConceptMatcher, stemOf } from "@/lib/search/concepts";
import { tokenize } from "@/lib/search/normalize";

const dictionary = [
  {
    id: "milling",
    de: ["Fräsen", "Fräsarbeiten", "CNC-Fräsen"],
    cs: ["frézování", "frézovat", "frézujeme"],
    en: ["milling", "CNC milling"],
  },
  { id: "forging", de: ["Schmieden", "Schmied"], cs: ["kování", "kovář"], en: ["forging", "smith"] },
  { id: "heat", de: ["Wärmebehandlung"], cs: ["tepelné zpracování"], en: ["heat treatment"] },
];

const matcher = createConceptMatcher(dictionary);
const ids = (text: string) => matcher.conceptIds([text]);

describe("concept matcher", () => {
  it("finds concepts by their variants in any language", () => {
    expect(ids("Wir bieten CNC-Fräsen und mehr")).toEqual(["milling"]);
    expect(ids("Nabízíme frézování a soustružení")).toEqual(["milling"]);
    expect(ids("precision milling of aluminium")).toEqual(["milling"]);
  });

  it("recognises inflected forms of long words", () => {
    // Instrumental case, not listed in the dictionary.
    expect(ids("zabýváme se frézováním")).toEqual(["milling"]);
    expect(ids("Fräsarbeiten aller Art")).toEqual(["milling"]);
    expect(ids("kvalitní tepelném zpracováním dílů")).toEqual(["heat"]);
  });

  it("matches short variants only as whole words", () => {
    expect(ids("Kovář")).toEqual(["forging"]);
    expect(ids("kovárna u nádraží")).toEqual([]);
    expect(ids("Smithson Consulting")).toEqual([]);
  });

  it("reads a short Czech word of a label in another case only after the label's first word", () => {
    const cars = createConceptMatcher([{ id: "car-repair", de: ["Autoreparatur"], cs: ["oprava aut"], en: ["car repair"] }]);
    expect(cars.conceptIds(["Rychlá oprava auta i dodávky"])).toEqual(["car-repair"]);
    // Alone, or with a longer ending, the short word is not the label's.
    expect(cars.conceptIds(["auta a dodávky"])).toEqual([]);
    expect(cars.conceptIds(["oprava autobusů"])).toEqual([]);
  });

  it("finds the same concepts in a text whatever texts it read before", () => {
    // Each word's labels are remembered across documents; what follows a word must still count.
    const texts = ["Rychlá oprava auta i dodávky", "auta a dodávky", "oprava autobusů", "oprava aut"];
    const make = () => createConceptMatcher([{ id: "car-repair", de: ["Autoreparatur"], cs: ["oprava aut"], en: ["car repair"] }]);
    const forward = make();
    const backward = make();
    const inOrder = texts.map((t) => forward.conceptIds([t]));
    const reversed = [...texts].reverse().map((t) => backward.conceptIds([t])).reverse();
    expect(inOrder).toEqual([["car-repair"], [], [], ["car-repair"]]);
    expect(reversed).toEqual(inOrder);
  });

  it("does not turn a surname into a trade", () => {
    expect(ids("Geschäftsführer Peter Schmidt")).toEqual([]);
  });

  it("needs every word of a multi-word variant, in order", () => {
    expect(ids("heat treatment of steel")).toEqual(["heat"]);
    expect(ids("treatment of heat")).toEqual([]);
  });

  it("returns the labels of every language for matched concepts", () => {
    const labels = matcher.labels(ids("frézování"));
    expect(labels).toEqual(expect.arrayContaining(["Fräsen", "frézování", "milling", "CNC milling"]));
    expect(labels).not.toContain("forging");
  });

  it("reports where in the text a concept was found", () => {
    const tokens = tokenize("Wir machen Wärmebehandlung und Fräsen");
    expect(matcher.matchTokens(tokens)).toEqual([
      { conceptId: "heat", start: 2, end: 3 },
      { conceptId: "milling", start: 4, end: 5 },
    ]);
  });
});

describe("stemOf", () => {
  it("strips endings of the variant's own language only", () => {
    expect(stemOf("schweissen", "de")).toBe("schweiss");
    expect(stemOf("frezovani", "cs")).toBe("frezov");
    // An English "-ed" rule would turn it into "schmi" and match "Schmidt".
    expect(stemOf("schmied", "de")).toBe("schmied");
    expect(stemOf("kovar", "cs")).toBe("kovar");
  });
});

// The portal's dictionary (thousands of concepts with the procurement vocabulary) is built once
// per process; building it is not what these tests measure.
beforeAll(() => {
  conceptMatcher();
}, 60_000);

describe("portal dictionary", () => {
  it("translates a Czech-only description into German and English", () => {
    const labels = conceptLabels(["Nabízíme frézování CNC a svařování ocelových konstrukcí."]);
    expect(labels).toEqual(expect.arrayContaining(["Fräsen", "milling", "Schweißen", "welding"]));
  });

  it("translates a German-only description into Czech and English", () => {
    const labels = conceptLabels(["Schweißen von Baugruppen nach EN 1090"]);
    expect(labels).toEqual(expect.arrayContaining(["svařování", "welding"]));
  });

  it("does not read everyday business words as a trade", () => {
    // Every listing says "offer" or "order"; "customers" is not "customs".
    expect(conceptMatcher().conceptIds(["Angebot: wir nehmen Aufträge an", "nabídka, zakázka", "offer and order"])).toEqual([]);
    expect(conceptMatcher().conceptIds(["software for our customers"])).not.toContain("svc-customs-clearance");
    expect(conceptMatcher().conceptIds(["customs clearance at the border"])).toContain("svc-customs-clearance");
    expect(conceptMatcher().conceptsForWord("customs")).toContain("svc-customs-clearance");
    expect(conceptMatcher().conceptIds(["customs"])).toEqual(["svc-customs-clearance"]);
  });

  it("names trades that have no word in common across the languages", () => {
    const m = conceptMatcher();
    expect(m.conceptIds(["Neubezug von Sofas, Polsterarbeiten für Hotels"])).toContain("upholstery");
    expect(m.conceptIds(["Čalounění sedacích souprav a křesel"])).toContain("upholstery");
    expect(m.conceptIds(["Ručně foukané sklo a lustry"])).toContain("glass-blowing");
    expect(m.conceptIds(["Výroba nábytku na míru z masivu"])).toContain("custom-furniture");
    expect(m.conceptIds(["Glasreparaturen und Notverglasung rund um die Uhr"])).toContain("glazier");
    expect(m.conceptIds(["Lagerhandel für Stahlrohre und Bleche"])).toContain("svc-metal-stockholding");
    // A glazier is no glassworks.
    expect(m.conceptIds(["Glasreparaturen und Notverglasung"])).not.toContain("glass");
  });

  it("reads a bare paint shop as industrial painting, only a car paint shop as vehicle repair", () => {
    const m = conceptMatcher();
    expect(m.conceptsForWord("lakovna")).toContain("industrial-painting");
    expect(m.conceptsForWord("lakovna")).not.toContain("svc-vehicle-repair");
    expect(m.conceptIds(["Autolakovna a pneuservis"])).toContain("svc-vehicle-repair");
  });

  it("reads 'Präzision' / 'přesné' / 'precision' as precision engineering only in a machining firm's text", () => {
    const m = conceptMatcher();
    expect(m.conceptIds(["Přesné termíny dodání pečiva"], ["10.71"])).not.toContain("precision-mechanics");
    expect(m.conceptIds(["We make precision turned parts"], ["25.62"])).toContain("precision-mechanics");
    expect(m.conceptsForWord("prazision")).toContain("precision-mechanics");
  });

  it("reads 'stockholder' as a metals stockholder only in a metals wholesaler's text", () => {
    const m = conceptMatcher();
    expect(m.conceptIds(["Every stockholder receives the annual report"], ["70.10"])).not.toContain("svc-metal-stockholding");
    expect(m.conceptIds(["Stockholder of tubes, beams and sheets"], ["46.72"])).toContain("svc-metal-stockholding");
  });

  it("finds nothing in text without trade words", () => {
    expect(conceptLabels(["Wir sind ein Familienunternehmen mit langer Tradition."])).toEqual([]);
  });

  it("has enough concepts for the border region's trades", () => {
    expect(conceptMatcher().labels(["milling", "welding", "forging"]).length).toBeGreaterThan(20);
  });
});

describe("concepts a single query word names", () => {
  const portal = conceptMatcher();

  it("reads an inflected Czech noun as its base form: 'tiskem' is printing, like 'tisk'", () => {
    expect(portal.conceptsForWord("tisk")).toContain("printing");
    expect(portal.conceptsForWord("tiskem")).toContain("printing");
  });

  it("keeps an English word that names concepts as written apart from words of the same stem", () => {
    // "machining" and "machine" share the stem "machin"; a buyer asking for machining does not
    // ask for packaging machines or office machines.
    expect(portal.conceptsForWord("machining")).toContain("cnc-machining");
    expect(portal.conceptsForWord("machining")).not.toContain("packaging-machines");
    expect(portal.conceptsForWord("machining")).not.toContain("svc-office-supplies");
  });

  it("does not let an inflected adjective name every concept it stands in front of", () => {
    expect(portal.conceptsForWord("prumyslovymi")).toEqual([]);
  });

  it("reads a German tradesman as his workshop's trade", () => {
    expect(portal.conceptsForWord("tischler")).toContain("joinery");
    expect(portal.conceptsForWord("polsterer")).toContain("upholstery");
    expect(portal.conceptsForWord("schlosser")).toEqual(expect.arrayContaining(portal.conceptsForWord("schlosserei")));
  });

  it("names the stonemason's gravestones in all three languages", () => {
    for (const w of ["grabsteine", "nahrobky", "headstones"]) expect(portal.conceptsForWord(w)).toContain("gravestones");
  });
});

describe("heads of German compounds", () => {
  const portal = conceptMatcher();

  it("name what the thing is: a Landbrauerei is a brewery, Fassbier is beer", () => {
    expect(portal.compoundHeadIds(["Kleine Landbrauerei, Fassbier für Feste"])).toEqual(
      expect.arrayContaining(portal.conceptsForWord("breweries")),
    );
  });

  it("never let the modifier decide: Kunststofffenster are windows, not plastics", () => {
    const heads = portal.compoundHeadIds(["Kunststofffenster"]);
    expect(heads).toEqual(expect.arrayContaining(portal.conceptsForWord("fenster")));
    expect(heads).not.toEqual(expect.arrayContaining(portal.conceptsForWord("kunststoff")));
  });

  it("leave words that are not compounds to the ordinary matcher", () => {
    expect(portal.compoundHeadIds(["Metall"])).toEqual([]);
  });
});

describe("service headings of the procurement vocabulary", () => {
  const portal = conceptMatcher();

  it("also name the trade as a firm writes it, so 'bookbinding' finds a Handbuchbinderei", () => {
    const wanted = portal.conceptsForWord("bookbinding");
    expect(wanted.length).toBeGreaterThan(0);
    expect(portal.compoundHeadIds(["Handbuchbinderei: Fadenheftung und Restaurierung"])).toEqual(
      expect.arrayContaining(wanted),
    );
  });

  it("keep catch-all headings out: 'Other hotel services' does not become 'Other hotel'", () => {
    // CPV 55130000 "Other hotel services" / "Jiné ubytovací služby".
    expect(portal.labels(["cpv-55130000"])).not.toContain("Other hotel");
    expect(portal.labels(["cpv-55130000"])).not.toContain("Jiné ubytovací");
    expect(portal.labels(["cpv-79971200"])).toContain("Bookbinding");
  });
});

describe("concept labels with another common sense", () => {
  const springs = createConceptMatcher([
    {
      id: "springs",
      de: ["Federn", "Druckfedern"],
      cs: ["pružiny"],
      en: ["springs", "compression springs"],
      ambiguous: ["Federn", "springs"],
      nace: ["25.93"],
    },
  ]);

  it("tags a bedding maker's feathers and a bottler's wells with no springs concept", () => {
    expect(springs.conceptIds(["Kopfkissen mit Daunen und Federn"], ["13.92", "13"])).toEqual([]);
    expect(springs.conceptIds(["mineral water from our own springs"], ["11"])).toEqual([]);
    expect(springs.compoundHeadIds(["Reinigung von Bettfedern"], ["13.92"])).toEqual([]);
  });

  it("keeps the concept when the firm's industry or another label confirms it", () => {
    expect(springs.conceptIds(["Wir fertigen Federn aus Draht"], ["25.93", "25"])).toEqual(["springs"]);
    expect(springs.conceptIds(["Federn aller Art, vor allem Druckfedern"], [])).toEqual(["springs"]);
    expect(springs.conceptIds(["výroba: pružiny"], [])).toEqual(["springs"]);
  });

  it("reads a query word in every sense", () => {
    expect(springs.conceptIds(["Federn"])).toEqual(["springs"]);
  });
});
