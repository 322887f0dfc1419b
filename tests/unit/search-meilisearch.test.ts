// SPDX-License-Identifier: EUPL-1.2
import type { SearchResponse } from "meilisearch";
import { describe, expect, it } from "vitest";
import {
  buildFilter,
  FILTERABLE_ATTRIBUTES,
  buildSearchParams,
  highlightedWords,
  indexSettings,
  meiliKey,
  meiliQuery,
  quoteFilterValue,
  suggestFromHighlights,
  toMeiliDocument,
  toSearchResult,
  type MeiliDocument,
} from "@/lib/search/engines/meilisearch-mapping";
import { parseServerVersion, serverFeatures, unsupportedVersionReason } from "@/lib/search/engines/meilisearch-version";
import { parseQuery } from "@/lib/search/normalize";
import type { SearchDocument, SearchQuery } from "@/lib/search/types";

const NOW = 1_800_000_000;

const doc: SearchDocument = {
  id: "offer:7f3c-11",
  type: "offer",
  entityId: "7f3c-11",
  organizationId: "org-1",
  name: "Novák a spol. s.r.o.",
  title: "Frézování hliníku",
  titles: { cs: "Frézování hliníku", de: "Fräsen von Aluminium" },
  slug: "novak-a-spol",
  text: { cs: "Nabízíme «rychlé» frézování." },
  textLanguages: ["cs"],
  concepts: ["Fräsen", "frézování", "milling"],
  conceptIds: ["milling"],
  places: ["Plzeň", "Pilsen", "plzen"],
  country: "CZ",
  regionId: "cz-plzensky",
  city: "Plzeň",
  industries: ["25.62", "25", "C"],
  certifications: ["ISO 9001"],
  employees: "E10_49",
  languages: ["cs", "de"],
  startsAt: null,
  startsAtTs: null,
  publishedTs: 1_790_000_000,
  expiresTs: null,
};

const query = (extra: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "Fräsen",
  locale: "de",
  filters: {},
  page: 1,
  pageSize: 20,
  ...extra,
});

describe("index settings", () => {
  const settings = indexSettings();

  it("tolerates typos by word length and never in numbers", () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
    });
  });

  it("leaves out disableOnNumbers for servers that refuse it", () => {
    expect(indexSettings({ disableOnNumbers: false }).typoTolerance).not.toHaveProperty("disableOnNumbers");
  });

  it("searches names before titles before texts before concepts and places", () => {
    const order = settings.searchableAttributes!;
    const at = (a: string) => order.indexOf(a);
    expect(at("name")).toBe(0);
    expect(at("title")).toBeLessThan(at("text_de"));
    expect(at("text_cs")).toBeLessThan(at("concepts"));
    expect(order).toEqual(expect.arrayContaining(["text_de", "text_cs", "text_en", "concepts", "places", "city"]));
  });

  it("can filter and facet on everything the search page offers", () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "type",
        "country",
        "regionId",
        "industries",
        "certifications",
        "employees",
        "languages",
        "startsAtTs",
      ]),
    );
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["startsAtTs", "publishedTs"]));
  });

  it("tokenizes each language's text with that language's rules", () => {
    expect(settings.localizedAttributes).toEqual(
      expect.arrayContaining([
        { attributePatterns: expect.arrayContaining(["text_de"]), locales: ["deu"] },
        { attributePatterns: expect.arrayContaining(["text_cs"]), locales: ["ces"] },
        { attributePatterns: expect.arrayContaining(["text_en"]), locales: ["eng"] },
      ]),
    );
  });
});

describe("server versions", () => {
  it("accepts 1.10 and newer 1.x releases, including release candidates and a leading v", () => {
    for (const v of ["1.10.0", "1.10.0-rc.1", "v1.12.3", "1.18.0", "1.41.2"])
      expect(unsupportedVersionReason(v)).toBeNull();
  });

  it("refuses older releases, other major versions and anything that is not a version", () => {
    expect(unsupportedVersionReason("1.9.1")).toMatch(/^Meilisearch 1\.9\.1 is not supported: .*1\.10\.0/);
    expect(unsupportedVersionReason("0.30.5")).not.toBeNull();
    expect(unsupportedVersionReason("2.0.0")).not.toBeNull();
    expect(unsupportedVersionReason("prototype")).toMatch(/not a version number/);
  });

  it("asks for disableOnNumbers from 1.15 on", () => {
    expect(serverFeatures(parseServerVersion("1.14.9")!).disableOnNumbers).toBe(false);
    expect(serverFeatures(parseServerVersion("1.15.0")!).disableOnNumbers).toBe(true);
  });
});

describe("stored documents", () => {
  it("turns document ids into ids Meilisearch accepts and keeps the original", () => {
    expect(meiliKey("company:3f2a_b-9")).toBe("company-3f2a_b-9");
    const stored = toMeiliDocument(doc);
    expect(stored.key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(stored.docId).toBe("offer:7f3c-11");
  });

  it("flattens text and titles per language and drops empty languages", () => {
    const stored = toMeiliDocument(doc);
    expect(stored.text_cs).toBe('Nabízíme "rychlé" frézování.');
    expect(stored).not.toHaveProperty("text_de");
    expect(stored.title_de).toBe("Fräsen von Aluminium");
    expect(stored).not.toHaveProperty("text");
  });

  it("indexes base forms and compound parts after the author's own words and the concepts", () => {
    const stored = toMeiliDocument({ ...doc, forms: ["frezovan", "hlinik"] });
    expect(stored.forms).toEqual(["frezovan", "hlinik"]);
    const searchable = indexSettings().searchableAttributes!;
    expect(searchable.indexOf("forms")).toBeGreaterThan(searchable.indexOf("text_en"));
    expect(searchable.indexOf("forms")).toBeGreaterThan(searchable.indexOf("concepts"));
    expect(toMeiliDocument({ ...doc, forms: undefined }).forms).toEqual([]);
  });

  it("omits the expiry of documents that never expire, so the filter can ask whether it exists", () => {
    expect(toMeiliDocument(doc)).not.toHaveProperty("expiresTs");
    expect(toMeiliDocument({ ...doc, expiresTs: NOW + 10 }).expiresTs).toBe(NOW + 10);
  });
});

describe("filters", () => {
  it("always hides expired listings", () => {
    expect(buildFilter({}, NOW)).toEqual([`(expiresTs NOT EXISTS OR expiresTs > ${NOW})`]);
  });

  it("translates every filter into an expression", () => {
    const f = buildFilter(
      {
        type: "company",
        country: "cz",
        region: "cz-ustecky",
        industry: "25.62",
        certification: "ISO 9001",
        employees: "E1_9",
        language: "DE",
      },
      NOW,
    );
    expect(f.slice(1)).toEqual([
      'type = "company"',
      'country = "CZ"',
      'regionId = "cz-ustecky"',
      'industries = "25.62"',
      'certifications = "ISO 9001"',
      'employees = "E1_9"',
      'languages = "de"',
    ]);
  });

  it("quotes values so they cannot break out of the expression", () => {
    expect(quoteFilterValue('ISO "9001" \\ OR type = x')).toBe('"ISO \\"9001\\" \\\\ OR type = x"');
    const [, cert] = buildFilter({ certification: 'x" OR country = "DE' }, NOW);
    expect(cert).toBe('certifications = "x\\" OR country = \\"DE"');
  });

  it("turns calendar days into the event start range in Central European time", () => {
    const f = buildFilter({ dateFrom: "2027-03-10", dateTo: "2027-03-10" }, NOW);
    const from = Date.UTC(2027, 2, 9, 23) / 1000;
    expect(f).toContain(`startsAtTs >= ${from}`);
    expect(f).toContain(`startsAtTs < ${from + 86_400}`);
  });

  it("filters by organizations (quoted) and by publication time", () => {
    const f = buildFilter({ organizationIds: ["org-a", 'x"y'], excludeOrganizationIds: ["org-b"], publishedFromTs: 1_790_000_000.7 }, NOW);
    expect(f).toContain('organizationId IN ["org-a", "x\\"y"]');
    expect(f).toContain('organizationId NOT IN ["org-b"]');
    expect(f).toContain("publishedTs >= 1790000000");
    expect(FILTERABLE_ATTRIBUTES).toEqual(expect.arrayContaining(["organizationId", "publishedTs"]));
  });

  it("ignores malformed dates instead of failing", () => {
    expect(buildFilter({ dateFrom: "10.03.2027" }, NOW)).toHaveLength(1);
  });
});

describe("search parameters", () => {
  it("requires every query word and pages by number", () => {
    const p = buildSearchParams(query({ page: 3, pageSize: 10 }), NOW);
    expect(p).toMatchObject({ matchingStrategy: "all", page: 3, hitsPerPage: 10 });
  });

  it("limits page size and page number", () => {
    expect(buildSearchParams(query({ page: 0, pageSize: 5000 }), NOW)).toMatchObject({ page: 1, hitsPerPage: 100 });
  });

  it("highlights with «» and crops texts to a snippet", () => {
    const p = buildSearchParams(query(), NOW);
    expect(p).toMatchObject({ highlightPreTag: "«", highlightPostTag: "»", cropLength: 30 });
    expect(p.attributesToCrop).toEqual(["text_de", "text_cs", "text_en"]);
  });

  it("asks for the facets by their attribute names", () => {
    expect(buildSearchParams(query({ facets: ["region", "industry", "type"] }), NOW).facets).toEqual([
      "regionId",
      "industries",
      "type",
    ]);
    expect(buildSearchParams(query(), NOW).facets).toBeUndefined();
  });

  it("lists upcoming events by date when there is no query", () => {
    expect(buildSearchParams(query({ q: "", filters: { type: "event" } }), NOW).sort).toEqual(["startsAtTs:asc"]);
    expect(buildSearchParams(query({ q: "Messe", filters: { type: "event" } }), NOW).sort).toBeUndefined();
  });
});

describe("the query text", () => {
  it("completes the last word unless prefix matching is off", () => {
    expect(meiliQuery({ q: "CNC Fräs" })).toBe("CNC Fräs");
    expect(meiliQuery({ q: "CNC Fräs  ", prefix: false })).toBe("CNC Fräs ");
    // A space the searcher typed does not switch prefix matching off; only the flag does.
    expect(meiliQuery({ q: "CNC Fräs ", prefix: true })).toBe("CNC Fräs");
  });

  it("is null only without any text", () => {
    expect(meiliQuery({ q: "" })).toBeNull();
    expect(meiliQuery({ q: "  ", prefix: false })).toBeNull();
    expect(meiliQuery({ q: '" -' })).toBeNull();
  });

  it("turns phrase quotes and exclusion minus into separators, keeping hyphenated words", () => {
    expect(meiliQuery({ q: '"Stahlbau Richter"' })).toBe("Stahlbau Richter");
    expect(meiliQuery({ q: '"Stahlbau Richter"', prefix: false })).toBe("Stahlbau Richter ");
    expect(meiliQuery({ q: "Richter -Stahlbau (-ISO) E-Mail" })).toBe("Richter  Stahlbau ( ISO) E-Mail");
  });
});

describe("results", () => {
  // The server returns only the attributes the search asked for.
  const retrieved = buildSearchParams(query(), NOW).attributesToRetrieve!;
  const hit = {
    ...Object.fromEntries(Object.entries(toMeiliDocument(doc)).filter(([k]) => retrieved.includes(k))),
    _formatted: {
      name: "Novák a spol. s.r.o.",
      text_cs: "Nabízíme rychlé «frézování».",
      places: ["«Plzeň»", "Pilsen"],
    },
  } as unknown as MeiliDocument;
  const response = {
    hits: [hit],
    totalHits: 41,
    processingTimeMs: 3,
    query: "Fräsen",
    facetDistribution: { regionId: { "cz-plzensky": 12 }, industries: { "25.62": 41 } },
  } as unknown as SearchResponse<Partial<MeiliDocument>>;

  it("maps hits, totals and facets back to the engine contract", () => {
    const r = toSearchResult(query({ facets: ["region", "industry", "country"] }), response);
    expect(r.total).toBe(41);
    expect(r.facets).toEqual({ region: { "cz-plzensky": 12 }, industry: { "25.62": 41 }, country: {} });
    expect(r.hits[0]).toMatchObject({
      id: "offer:7f3c-11",
      type: "offer",
      title: "Fräsen von Aluminium",
      snippet: "Nabízíme rychlé «frézování».",
      snippetLang: "cs",
      region: "cz-plzensky",
      // The text exists only in Czech, although the company also speaks German.
      languages: ["cs"],
    });
  });

  it("shows the Czech title to Czech visitors", () => {
    expect(toSearchResult(query({ locale: "cs" }), response).hits[0].title).toBe("Frézování hliníku");
  });

  it("collects the highlighted words, also from lists", () => {
    expect([...highlightedWords(response.hits).entries()]).toEqual([
      ["frezovani", "frézování"],
      ["plzen", "Plzeň"],
    ]);
  });

  it("suggests the matched spelling for a misspelled word", () => {
    const highlighted = new Map([["dresden", "Dresden"]]);
    expect(suggestFromHighlights(parseQuery("Dresdn Fräsen "), highlighted)).toBe("Dresden Fräsen");
    expect(suggestFromHighlights(parseQuery("dresdn"), highlighted)).toBe("dresden");
  });

  it("suggests nothing when the words were found as typed or are too short to correct", () => {
    const highlighted = new Map([
      ["dresden", "Dresden"],
      ["iso", "ISO"],
    ]);
    expect(suggestFromHighlights(parseQuery("Dresden"), highlighted)).toBeUndefined();
    expect(suggestFromHighlights(parseQuery("Dres"), highlighted)).toBeUndefined();
    expect(suggestFromHighlights(parseQuery("ISA 9001"), highlighted)).toBeUndefined();
  });
});

describe("places and radius", () => {
  const near = { name: "Liberec", lat: 50.7677, lon: 14.9721, radiusKm: 25 };

  it("stores the document's coordinates in Meilisearch's _geo field, and none for an unknown place", () => {
    expect(toMeiliDocument({ ...doc, geo: { lat: 49.7274, lon: 13.3491 } })._geo).toEqual({ lat: 49.7274, lng: 13.3491 });
    expect(toMeiliDocument({ ...doc, geo: null })).not.toHaveProperty("_geo");
  });

  it("lets the index filter and sort by _geo", () => {
    const settings = indexSettings();
    expect(settings.filterableAttributes).toContain("_geo");
    expect(settings.sortableAttributes).toContain("_geo");
  });

  it("filters by a radius in metres and by any of several regions", () => {
    const filter = buildFilter({ near, regions: ["cz-liberecky", "cz-ustecky"] }, NOW);
    expect(filter).toContain("_geoRadius(50.7677, 14.9721, 25000)");
    expect(filter).toContain('regionId IN ["cz-liberecky", "cz-ustecky"]');
  });

  it("sorts the nearest first around a place", () => {
    const params = buildSearchParams({ q: "", locale: "de", filters: { near }, page: 1, pageSize: 20 }, NOW);
    expect(params.sort).toEqual(["_geoPoint(50.7677, 14.9721):asc"]);
  });
});
