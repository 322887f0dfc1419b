// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { normalizeEmployeeBand, parseSearchPageParams, parseSearchParams, searchQueryToParams, withFilter } from "@/lib/search/params";
import { plainSnippet, splitHighlights } from "@/lib/search/highlight";

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

function expectError(qs: string, parameter: string) {
  const r = parse(qs);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.parameter).toBe(parameter);
    expect(r.error.message.length).toBeGreaterThan(0);
  }
}

describe("parseSearchParams", () => {
  it("fills in defaults for an empty query string", () => {
    const r = parse("");
    expect(r).toMatchObject({ ok: true, query: { q: "", locale: "de", filters: {}, page: 1, pageSize: 20 } });
  });

  it("reads every filter and normalises case", () => {
    const r = parse(
      "q=%20CNC%20%20Fr%C3%A4sen%20&locale=cs&type=offer&country=cz&region=CZ-Ustecky&industry=25.62&certification=ISO%209001&employees=10-49&language=PL&dateFrom=2026-03-01&dateTo=2026-03-31&page=3&pageSize=50",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query).toMatchObject({
      q: "CNC Fräsen",
      locale: "cs",
      page: 3,
      pageSize: 50,
      filters: {
        type: "offer",
        country: "CZ",
        region: "cz-ustecky",
        industry: "25.62",
        certification: "ISO 9001",
        employees: "E10_49",
        language: "pl",
        dateFrom: "2026-03-01",
        dateTo: "2026-03-31",
      },
    });
  });

  it("treats empty values from a plain form as absent", () => {
    const r = parse("q=&type=&country=&page=");
    expect(r).toMatchObject({ ok: true, query: { q: "", filters: {}, page: 1 } });
  });

  it("accepts the record shape of Next.js searchParams", () => {
    const r = parseSearchParams({ q: "Spritzguss", type: "company", other: "ignored", page: undefined });
    expect(r).toMatchObject({ ok: true, query: { q: "Spritzguss", filters: { type: "company" } } });
  });

  it("accepts employee bands in both spellings, including a decoded plus sign", () => {
    for (const value of ["250%2B", "E250_PLUS", "250+"]) {
      const r = parse(`employees=${value}`);
      expect(r).toMatchObject({ ok: true, query: { filters: { employees: "E250_PLUS" } } });
    }
  });

  it.each([
    ["pageSize=500", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["pageSize=ten", "pageSize"],
    ["page=-1", "page"],
    ["page=0", "page"],
    ["page=1.5", "page"],
    ["type=foo", "type"],
    ["locale=xx", "locale"],
    ["country=Germany", "country"],
    ["industry=metal", "industry"],
    ["employees=11-20", "employees"],
    ["employees=__proto__", "employees"],
    ["employees=toString", "employees"],
    ["language=deutsch", "language"],
    ["dateFrom=2026-13-01", "dateFrom"],
    ["dateFrom=2026-02-30", "dateFrom"],
    ["dateTo=tomorrow", "dateTo"],
    ["dateFrom=2026-05-01&dateTo=2026-04-01", "dateTo"],
    ["region=%3Cscript%3E", "region"],
    ["region=nowhere", "region"],
    ["country=XX", "country"],
    [`q=${"a".repeat(201)}`, "q"],
    ["type=company&type=event", "type"],
    ["certification=ISO%009001", "certification"],
    ["certification=ISO%0A9001", "certification"],
  ])("rejects %s naming %s", (qs, parameter) => {
    expectError(qs, parameter);
  });

  it("says which page numbers fit when the page is negative", () => {
    expect(parse("page=-1")).toEqual({ ok: false, error: { parameter: "page", message: "must be a whole number from 1 to 500" } });
  });

  it("names the accepted countries for an unknown one", () => {
    expect(parse("country=XX")).toEqual({
      ok: false,
      error: { parameter: "country", message: "must be one of DE, CZ, PL, AT, SK, OTHER" },
    });
  });

  it("allows a query of exactly the maximum length", () => {
    expect(parse(`q=${"a".repeat(200)}`).ok).toBe(true);
  });

  it("round-trips through searchQueryToParams without defaults", () => {
    const r = parse("q=Logistik&country=CZ&page=2&pageSize=20&locale=de");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(searchQueryToParams(r.query)).toEqual({ q: "Logistik", country: "CZ", page: "2" });
  });
});

describe("parseSearchPageParams", () => {
  it("drops broken parameters instead of failing the page", () => {
    const { query, ignored } = parseSearchPageParams({ q: "Logistik", type: "foo", page: "-3", country: "CZ" }, "cs");
    expect(query).toMatchObject({ q: "Logistik", locale: "cs", page: 1, filters: { country: "CZ" } });
    expect(ignored.sort()).toEqual(["page", "type"]);
  });

  it("shortens an overlong query and takes the locale from the route", () => {
    const { query, ignored } = parseSearchPageParams({ q: "x".repeat(500), locale: "en" }, "de");
    expect(query.q).toHaveLength(200);
    expect(query.locale).toBe("de");
    expect(ignored).toEqual(["q"]);
  });

  it("uses the first of repeated values", () => {
    expect(parseSearchPageParams({ type: ["event", "company"] }, "de").query.filters).toEqual({ type: "event" });
  });
});

describe("withFilter", () => {
  it("sets or clears one filter and always returns to page 1", () => {
    const current = { q: "CNC", country: "DE", page: "3" };
    expect(withFilter(current, "type", "offer")).toEqual({ q: "CNC", country: "DE", type: "offer" });
    expect(withFilter(current, "country", null)).toEqual({ q: "CNC" });
    expect(current).toEqual({ q: "CNC", country: "DE", page: "3" });
  });
});

describe("splitHighlights", () => {
  it("splits marked words into match parts", () => {
    expect(splitHighlights("CNC-«Fräsen» und «Drehen» in Pirna")).toEqual([
      { text: "CNC-", match: false },
      { text: "Fräsen", match: true },
      { text: " und ", match: false },
      { text: "Drehen", match: true },
      { text: " in Pirna", match: false },
    ]);
  });

  it("keeps markup in user text as inert text", () => {
    const parts = splitHighlights('<img src=x onerror="alert(1)"> «<b>bold</b>»');
    expect(parts).toEqual([
      { text: '<img src=x onerror="alert(1)"> ', match: false },
      { text: "<b>bold</b>", match: true },
    ]);
  });

  it("leaves unpaired guillemets as ordinary text", () => {
    expect(splitHighlights("»Zitat« ohne Treffer")).toEqual([{ text: "»Zitat« ohne Treffer", match: false }]);
    expect(splitHighlights("a « b")).toEqual([{ text: "a « b", match: false }]);
  });

  it("computes highlight offsets in the plain text", () => {
    expect(plainSnippet("ab «cd» ef «g»")).toEqual({ text: "ab cd ef g", highlights: [[3, 5], [9, 10]] });
  });
});

describe("near and radius", () => {
  const parse = (params: Record<string, string>) => parseSearchParams(new URLSearchParams(params));

  it("turns a place in any language into a radius filter around it", () => {
    const r = parse({ q: "Logistik", near: "Reichenberg", radius: "40" });
    expect(r).toMatchObject({ ok: true, query: { filters: { near: { name: "Reichenberg", radiusKm: 40 } } } });
    const near = r.ok ? r.query.filters.near! : null;
    expect(near!.lat).toBeCloseTo(50.77, 1);
    expect(near!.lon).toBeCloseTo(14.97, 1);
    expect(parse({ near: "plzen" })).toMatchObject({ ok: true, query: { filters: { near: { radiusKm: 25 } } } });
  });

  it("refuses a place it does not know and a radius out of range, naming the parameter", () => {
    expect(parse({ near: "Atlantis" })).toMatchObject({ ok: false, error: { parameter: "near", message: expect.stringContaining("not a place we know") } });
    expect(parse({ near: "Liberec", radius: "0" })).toMatchObject({ ok: false, error: { parameter: "radius" } });
    expect(parse({ near: "Liberec", radius: "201" })).toMatchObject({ ok: false, error: { parameter: "radius" } });
    expect(parse({ near: "Liberec", radius: "ten" })).toMatchObject({ ok: false, error: { parameter: "radius" } });
  });

  it("applies a radius without a place to the place named in the words", () => {
    expect(parse({ q: "Logistik in Liberec", radius: "50" })).toMatchObject({ ok: true, query: { filters: { radiusKm: 50 } } });
  });

  it("keeps near and radius in the page's links, leaving out the default radius", () => {
    const parsed = parse({ q: "Logistik", near: "Liberec", radius: "50" });
    expect(parsed.ok && searchQueryToParams(parsed.query)).toEqual({ q: "Logistik", near: "Liberec", radius: "50" });
    const plain = parse({ near: "Liberec" });
    expect(plain.ok && searchQueryToParams(plain.query)).toEqual({ near: "Liberec" });
  });

  it("drops an unknown place on the search page and reports it", () => {
    const { query, ignored } = parseSearchPageParams({ q: "Logistik", near: "Atlantis" }, "de");
    expect(query.filters.near).toBeUndefined();
    expect(ignored).toEqual(["near"]);
  });
});

describe("employee bands from the address bar", () => {
  it("knows no band by the name of an object's built-in property", () => {
    expect(normalizeEmployeeBand("__proto__")).toBeNull();
    expect(normalizeEmployeeBand("constructor")).toBeNull();
    expect(normalizeEmployeeBand(" 10-49 ")).toBe("E10_49");
  });
});
