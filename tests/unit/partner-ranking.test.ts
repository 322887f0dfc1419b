// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from "vitest";
import { conceptLabel, conceptsOfIndustries, queryLabel, rankConcepts } from "../../lib/partners/concepts";
import {
  hitStrength,
  rankPartners,
  reasonsByOrganization,
  reasonSnippet,
  scoreCandidate,
  WEIGHTS,
  type CandidateOrganization,
  type ConceptHits,
  type PartnerReason,
} from "../../lib/partners/ranking";
import { conceptMatcher } from "../../lib/search/concepts";
import { parseQuery } from "../../lib/search/normalize";
import type { SearchHit } from "../../lib/search/types";

function hit(overrides: Partial<SearchHit>): SearchHit {
  return {
    type: "offer",
    id: "offer:1",
    name: "Firma",
    title: "Titel",
    snippet: "",
    snippetLang: "de",
    country: "DE",
    region: null,
    city: null,
    slug: "firma",
    languages: ["de"],
    startsAt: null,
    organizationId: "org-1",
    verifiedBy: null,
    ...overrides,
  };
}

function candidate(id: string, overrides: Partial<CandidateOrganization> = {}): CandidateOrganization {
  return { id, name: id, slug: id, country: "DE", city: null, languages: [], industries: [], ...overrides };
}

const reason = (overrides: Partial<PartnerReason> = {}): PartnerReason => ({
  kind: "offers",
  conceptId: "welding",
  label: "Schweißen",
  snippet: "«Schweißen»",
  snippetLang: "de",
  listingTitle: null,
  strength: 1,
  ...overrides,
});

const czechViewer = { organizationId: "me", country: "CZ", languages: ["cs", "de"] };

// The portal's dictionary (thousands of concepts with the procurement vocabulary) is built once
// per process; building it is not what these tests measure.
beforeAll(() => {
  conceptMatcher();
}, 60_000);

describe("concepts a company seeks and provides", () => {
  it("finds the concept in a Czech request and names it in each language", () => {
    const sought = rankConcepts([["Hledáme partnera na svařování ocelových rámů"]]);
    expect(sought).toContain("welding");
    expect(conceptLabel("welding", "cs")).toBe("svařování");
    expect(conceptLabel("welding", "de")).toBe("Schweißen");
    expect(conceptLabel("welding", "en")).toBe("welding");
  });

  it("searches with a label whose every word leads back to the concept", () => {
    const matcher = conceptMatcher();
    for (const id of ["welding", "milling", "powder-coating", "heat-treatment", "svc-translation", "svc-logistics"]) {
      const label = queryLabel(id);
      expect(label, id).toBeTruthy();
      for (const w of parseQuery(`${label} `)) expect(matcher.conceptsForWord(w.word), `${id}: ${label}`).toContain(id);
    }
  });

  it("prefers a label that names only the concept over one shared with narrower concepts", () => {
    // "svařování" also names laser and plastic welding; the chosen label must not.
    const matcher = conceptMatcher();
    const words = parseQuery(`${queryLabel("welding")} `);
    expect(words.flatMap((w) => matcher.conceptsForWord(w.word))).toEqual(["welding"]);
  });

  it("puts listing concepts before profile concepts and broad materials last", () => {
    const ranked = rankConcepts([
      ["Stahl: Pulverbeschichtung von Teilen aus Stahl"],
      ["Wir sind ein Fräsbetrieb, spezialisiert auf Fräsen und Drehen."],
    ]);
    expect(ranked.slice(0, 3)).toEqual(["powder-coating", "milling", "turning"]);
    expect(ranked.at(-1)).toBe("steel");
  });

  it("ignores words that only say who is wanted", () => {
    expect(rankConcepts([["Wir suchen einen Lieferanten und Kooperationspartner"]])).toEqual([]);
  });

  it("caps the concepts per direction", () => {
    const text = "Fräsen, Drehen, Schleifen, Bohren, Honen, Polieren, Entgraten, Erodieren, Lackierung, Verzinkung";
    expect(rankConcepts([[text]], 8)).toHaveLength(8);
  });

  it("derives what a company does from its industries when it wrote nothing", () => {
    expect(conceptsOfIndustries(["25.62"])).toContain("milling");
    expect(conceptsOfIndustries([])).toEqual([]);
  });
});

describe("reasons", () => {
  it("keeps the engine's marks in the partner's own language", () => {
    const r = reasonSnippet(hit({ snippet: "Wir bieten «Schweißen» von Stahl.", snippetLang: "de" }), "welding");
    expect(r).toEqual({ snippet: "Wir bieten «Schweißen» von Stahl.", snippetLang: "de" });
  });

  it("marks the concept's words when the engine returned the text unmarked", () => {
    const r = reasonSnippet(
      hit({ snippet: "Schweißen von Stahlkonstruktionen nach EN 1090.", snippetLang: "de" }),
      "welding",
    );
    expect(r.snippet).toBe("«Schweißen» von Stahlkonstruktionen nach EN 1090.");
    expect(r.snippetLang).toBe("de");
  });

  it("marks the listing title when the text does not name the concept", () => {
    const r = reasonSnippet(
      hit({ title: "Svařované rámy", snippet: "Dodání do týdne.", languages: ["cs"] }),
      "welding",
    );
    expect(r).toEqual({ snippet: "«Svařované» rámy", snippetLang: "cs" });
  });

  it("weighs offers above profiles, earlier hits above later ones and processes above materials", () => {
    expect(hitStrength({ type: "offer" }, 0, "welding")).toBeGreaterThan(
      hitStrength({ type: "company" }, 0, "welding"),
    );
    expect(hitStrength({ type: "offer" }, 0, "welding")).toBeGreaterThan(hitStrength({ type: "offer" }, 5, "welding"));
    expect(hitStrength({ type: "offer" }, 0, "welding")).toBeGreaterThan(hitStrength({ type: "offer" }, 0, "steel"));
  });

  it("groups hits per organization with one reason per concept and direction, from the best hit", () => {
    const answers: ConceptHits[] = [
      {
        kind: "offers",
        conceptId: "welding",
        hits: [hit({ organizationId: "a", type: "company", snippet: "«Schweißen»" })],
      },
      {
        kind: "offers",
        conceptId: "welding",
        hits: [
          hit({ organizationId: "a", type: "offer", title: "Schweißbaugruppen", snippet: "«Schweißen» in Serie" }),
        ],
      },
      {
        kind: "seeks",
        conceptId: "milling",
        hits: [hit({ organizationId: "a", type: "request", title: "Frästeile gesucht" })],
      },
    ];
    const byOrg = reasonsByOrganization(answers, "cs");
    const reasons = byOrg.get("a")!;
    expect(reasons).toHaveLength(2);
    const offers = reasons.find((r) => r.kind === "offers")!;
    expect(offers).toMatchObject({
      label: "svařování",
      listingTitle: "Schweißbaugruppen",
      snippet: "«Schweißen» in Serie",
    });
    expect(reasons.find((r) => r.kind === "seeks")).toMatchObject({ conceptId: "milling", label: "frézování" });
  });

  it("drops hits of the wrong type, without organization, or of excluded organizations", () => {
    const answers: ConceptHits[] = [
      {
        kind: "offers",
        conceptId: "welding",
        hits: [
          hit({ organizationId: "a", type: "request" }),
          hit({ organizationId: null }),
          hit({ organizationId: "me" }),
          hit({ organizationId: "b", type: "event" }),
        ],
      },
      { kind: "seeks", conceptId: "welding", hits: [hit({ organizationId: "c", type: "offer" })] },
    ];
    expect([...reasonsByOrganization(answers, "de", new Set(["me"])).keys()]).toEqual([]);
  });
});

describe("scoring", () => {
  it("ranks a partner across the border above an otherwise equal one at home", () => {
    const reasons = new Map([
      ["home", [reason()]],
      ["abroad", [reason()]],
    ]);
    const candidates = new Map([
      ["home", candidate("home", { country: "CZ", name: "A home" })],
      ["abroad", candidate("abroad", { country: "DE", name: "B abroad" })],
    ]);
    const ranked = rankPartners(reasons, candidates, czechViewer, 10);
    expect(ranked.map((s) => s.organization.id)).toEqual(["abroad", "home"]);
    expect(ranked[0].crossBorder).toBe(true);
    expect(ranked[0].score - ranked[1].score).toBeCloseTo(WEIGHTS.crossBorder);
  });

  it("favours shared languages, more reasons and both directions", () => {
    const base = scoreCandidate([reason()], candidate("x"), czechViewer).score;
    expect(scoreCandidate([reason()], candidate("x", { languages: ["de"] }), czechViewer)).toMatchObject({
      sharedLanguages: ["de"],
    });
    expect(scoreCandidate([reason()], candidate("x", { languages: ["de"] }), czechViewer).score).toBeGreaterThan(base);
    const two = scoreCandidate([reason(), reason({ conceptId: "milling" })], candidate("x"), czechViewer).score;
    expect(two).toBeGreaterThan(base);
    const both = scoreCandidate(
      [reason(), reason({ kind: "seeks", conceptId: "milling" })],
      candidate("x"),
      czechViewer,
    ).score;
    expect(both).toBeGreaterThan(two);
  });

  it("adds the industry fit when the partner works in an industry of the concept", () => {
    const fits = scoreCandidate([reason()], candidate("x", { industries: ["25.11"] }), czechViewer).score;
    const other = scoreCandidate([reason()], candidate("x", { industries: ["62.01"] }), czechViewer).score;
    expect(fits - other).toBeCloseTo(WEIGHTS.industryFit);
  });

  it("never suggests the viewer or organizations that could not be loaded, and respects the limit", () => {
    const reasons = new Map([
      ["me", [reason()]],
      ["gone", [reason()]],
      ["a", [reason()]],
      ["b", [reason({ strength: 0.5 })]],
    ]);
    const candidates = new Map([
      ["me", candidate("me")],
      ["a", candidate("a")],
      ["b", candidate("b")],
    ]);
    expect(rankPartners(reasons, candidates, czechViewer, 10).map((s) => s.organization.id)).toEqual(["a", "b"]);
    expect(rankPartners(reasons, candidates, czechViewer, 1).map((s) => s.organization.id)).toEqual(["a"]);
  });
});
