// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { sentenceIntent, sentencesWithIntent, splitByIntent } from "../../lib/search/intent";

describe("what a sentence says about a trade", () => {
  it.each([
    "Wir suchen Partner für Pulverbeschichtung.",
    "Für die Oberflächen suchen wir einen Lohnbeschichter.",
    "Hledáme spolehlivého partnera pro kalení.",
    "Poptáváme dodavatele práškového lakování.",
    "We are looking for a powder coating partner.",
    "We're looking for a sales partner in Saxony.",
    "Lohnarbeiten vergeben wir an Partner in der Region.",
  ])("reads a seek: %s", (sentence) => {
    expect(sentenceIntent(sentence)).toBe("seek");
  });

  it.each([
    "Pulverbeschichtung bieten wir nicht an.",
    "Neprovádíme lakování.",
    "We do not offer painting.",
  ])("reads a denial: %s", (sentence) => {
    expect(sentenceIntent(sentence)).toBe("not-offered");
  });

  it.each([
    "Wir fertigen Schweißbaugruppen aus Stahl.",
    "Nabízíme svařování a zámečnické práce.",
    "We offer not only milling but also turning.",
    "Nicht nur Fräsen, sondern auch Drehen.",
    "Vyrábíme nerezové konstrukce.",
  ])("reads an offer: %s", (sentence) => {
    expect(sentenceIntent(sentence)).toBe("offer");
  });
});

describe("splitting a text", () => {
  it("keeps abbreviations inside their sentence", () => {
    expect(sentencesWithIntent("Wir fertigen z. B. Geländer. Dodáváme cca. 200 kusů.").map((s) => s.text)).toEqual([
      "Wir fertigen z. B. Geländer.",
      "Dodáváme cca. 200 kusů.",
    ]);
  });

  it("puts offers and seeks of one description where they belong", () => {
    expect(
      splitByIntent(
        "Metallbau in Pirna. Wir suchen Partner für Pulverbeschichtung. Feuerverzinken machen wir nicht. Treppen und Geländer aus Stahl.",
      ),
    ).toEqual({
      offers: "Metallbau in Pirna. Treppen und Geländer aus Stahl.",
      seeks: "Wir suchen Partner für Pulverbeschichtung.",
    });
  });

  it("handles missing text", () => {
    expect(splitByIntent(null)).toEqual({ offers: "", seeks: "" });
  });
});
