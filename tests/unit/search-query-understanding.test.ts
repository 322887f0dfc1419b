// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { distanceKm, locateCity, placesNamed } from "@/lib/geo/gazetteer";
import { DEFAULT_RADIUS_KM, prepareQuery, understandQuery, withSearchedWords } from "@/lib/search/query-understanding";

const read = (q: string) => {
  const u = understandQuery(q);
  return { text: u.text, place: u.place?.name ?? null, country: u.country, regions: u.regions };
};

describe("the gazetteer", () => {
  it("knows small places of the Czech border regions and of Saxony, with coordinates", () => {
    for (const [name, country] of [
      ["Hrádek nad Nisou", "CZ"],
      ["Chrastava", "CZ"],
      ["Boží Dar", "CZ"],
      ["Jonsdorf", "DE"],
      ["Bad Brambach", "DE"],
      ["Hohnstein", "DE"],
    ] as const) {
      const place = locateCity(name, country);
      expect(place, name).not.toBeNull();
      expect(place!.lat).toBeGreaterThan(49);
      expect(place!.lat).toBeLessThan(52);
    }
  });

  it("finds a place by its German, Czech or unaccented name", () => {
    expect(placesNamed("Reichenberg")[0].name).toBe("Liberec");
    expect(placesNamed("Drážďany")[0].name).toBe("Dresden");
    expect(placesNamed("plzen")[0].name).toBe("Plzeň");
    expect(placesNamed("Grottau")[0].name).toBe("Hrádek nad Nisou");
  });

  it("puts Hrádek nad Nisou within the default radius of Liberec and Dresden outside it", () => {
    const liberec = placesNamed("Liberec")[0];
    expect(distanceKm(liberec, placesNamed("Hrádek nad Nisou")[0])).toBeLessThan(DEFAULT_RADIUS_KM);
    expect(distanceKm(liberec, placesNamed("Dresden")[0])).toBeGreaterThan(80);
  });

  it("locates a city in the company's own country only", () => {
    expect(locateCity("Liberec", "DE")).toBeNull();
    expect(locateCity("Zittau-Hirschfelde", "DE")?.name).toBe("Zittau");
  });
});

describe("query understanding", () => {
  it("takes the place out of the words, whatever the order and preposition", () => {
    expect(read("Logistik in Liberec")).toMatchObject({ text: "Logistik", place: "Liberec" });
    expect(read("Liberec Logistik")).toMatchObject({ text: "Logistik", place: "Liberec" });
    expect(read("frézování Drážďany")).toMatchObject({ text: "frézování", place: "Dresden" });
    expect(read("metal Dresden")).toMatchObject({ text: "metal", place: "Dresden" });
    expect(read("welding near Pilsen")).toMatchObject({ text: "welding", place: "Plzeň" });
    expect(read("Spedition Hrádek nad Nisou")).toMatchObject({ text: "Spedition", place: "Hrádek nad Nisou" });
  });

  it("reads Czech place names in the case a preposition gives them", () => {
    expect(read("frézování v Liberci")).toMatchObject({ text: "frézování", place: "Liberec" });
    expect(read("svařování z Drážďan")).toMatchObject({ text: "svařování", place: "Dresden" });
    expect(read("doprava v Hrádku nad Nisou")).toMatchObject({ text: "doprava", place: "Hrádek nad Nisou" });
    expect(read("obrábění v Plzni")).toMatchObject({ text: "obrábění", place: "Plzeň" });
  });

  it("turns country and region words into filters instead of words", () => {
    expect(read("Pulverbeschichtung Tschechien")).toMatchObject({ text: "Pulverbeschichtung", country: "CZ" });
    expect(read("powder coating Czech Republic")).toMatchObject({ text: "powder coating", country: "CZ" });
    expect(read("svařování Německo")).toMatchObject({ text: "svařování", country: "DE" });
    expect(read("zámečník v Libereckém kraji")).toMatchObject({ text: "zámečník", regions: ["cz-liberecky"] });
    expect(read("obrábění Ústecký kraj")).toMatchObject({ text: "obrábění", regions: ["cz-ustecky"] });
    expect(read("CNC Oberlausitz")).toMatchObject({ text: "CNC", regions: ["de-sn-bautzen", "de-sn-goerlitz"] });
    const saxony = read("Stahlbau Sachsen");
    expect(saxony).toMatchObject({ text: "Stahlbau", country: "DE" });
    expect(saxony.regions).toContain("de-sn-dresden");
  });

  it("drops stop words of all three languages, but not a query of stop words alone", () => {
    expect(read("Firma für Pulverbeschichtung").text).toBe("Pulverbeschichtung");
    expect(read("dodavatel pro svařování").text).toBe("svařování");
    expect(read("supplier of sheet metal").text).toBe("sheet metal");
    expect(read("in").text).toBe("in");
  });

  it("keeps trade words that villages happen to be named after", () => {
    // Villages in the border regions are called Pila (saw), Lom (quarry) and Ústí.
    expect(read("pila").place).toBeNull();
    expect(read("lom kamene").place).toBeNull();
    expect(read("Tischler Usti nad Labem").place).toBe("Ústí nad Labem");
  });

  it("reads the first word of a known town's name as the town", () => {
    // Villages called Ústí and Hrádek exist, but people mean the towns.
    expect(read("Usti").place).toBe("Ústí nad Labem");
    expect(read("elektrikář Jablonec")).toMatchObject({ text: "elektrikář", place: "Jablonec nad Nisou" });
    expect(read("Hrádek Logistik")).toMatchObject({ text: "Logistik", place: "Hrádek nad Nisou" });
  });

  it("leaves a destination as a word, not a filter", () => {
    expect(read("Transporte nach Deutschland")).toMatchObject({ text: "Transporte", country: null });
    expect(read("trucking to Germany")).toMatchObject({ text: "trucking", country: null });
    expect(read("doprava do Německa")).toMatchObject({ text: "doprava", country: null });
    expect(read("Transport nach Dresden")).toMatchObject({ text: "Transport Dresden", place: null });
  });

  it("keeps the last word open only when it is the last word typed", () => {
    expect(understandQuery("Logistik in Lib").lastWordOpen).toBe(true);
    expect(understandQuery("Logistik in Liberec").lastWordOpen).toBe(false);
    expect(prepareQuery({ q: "Logistik in Liberec", filters: {} }).prefix).toBe(false);
    expect(prepareQuery({ q: "Fräs", filters: {}, prefix: false }).prefix).toBe(false);
  });

  it("lets filters chosen explicitly win over words in the query", () => {
    const near = { name: "Zittau", lat: 50.9, lon: 14.8, radiusKm: 10 };
    expect(prepareQuery({ q: "Logistik Liberec", filters: { near } }).filters.near).toEqual(near);
    expect(prepareQuery({ q: "Logistik Tschechien", filters: { country: "DE" } }).filters.country).toBe("DE");
    expect(prepareQuery({ q: "Logistik Liberec", filters: { radiusKm: 50 } }).filters.near?.radiusKm).toBe(50);
    expect(prepareQuery({ q: "Logistik Liberec", filters: {} }).filters.near?.radiusKm).toBe(DEFAULT_RADIUS_KM);
  });

  it("reads a query that names a provider as asking for offers, not for requests", () => {
    for (const q of ["Kabelkonfektion Anbieter", "dodavatelé kabelových svazků", "cable harness suppliers", "Hersteller von Federn"]) {
      expect(prepareQuery({ q, filters: {} }).filters.excludeType).toBe("request");
    }
    expect(prepareQuery({ q: "Kabelkonfektion", filters: {} }).filters.excludeType).toBeUndefined();
    expect(prepareQuery({ q: "Kabelkonfektion Firma", filters: {} }).filters.excludeType).toBeUndefined();
    // A supplier looking for requests that ask for suppliers chooses the type itself.
    expect(prepareQuery({ q: "Lieferant Kabelkonfektion", filters: { type: "request" } }).filters.excludeType).toBeUndefined();
  });

  it("suggests a correction within the whole query", () => {
    const u = understandQuery("Logistk in Liberec");
    expect(withSearchedWords("Logistk in Liberec", u, ["Logistik"])).toBe("Logistik in Liberec");
  });
});
