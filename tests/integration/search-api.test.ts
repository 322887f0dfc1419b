// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { importCompanies } from "@/lib/import/import-companies";
import { createSearchEngine } from "@/lib/search/engine-factory";
import { drainOutbox } from "@/lib/search/worker";
import { handleSearchRequest, searchPreflightResponse, type ApiResponse } from "@/lib/search/api";
import { peerHeaders } from "@/lib/http/client-address";
import { closeRateLimitStore, createRequestLimiter, type RequestLimiter } from "@/lib/security/rate-limit";
import type { SearchEngine } from "@/lib/search/types";

let t: TestDatabase;
let engine: SearchEngine;

const companies = [
  {
    externalId: "api-1",
    name: "Erzgebirge Fräswerk",
    country: "DE",
    city: "Annaberg-Buchholz",
    employees: "10-49",
    languages: ["de", "cs"],
    industries: ["25.62"],
    certifications: ["ISO 9001"],
    description: { de: "Fräsen und Drehen von Präzisionsteilen aus Aluminium." },
    offers: [{ title: { de: "Freie Kapazitäten im Fräsen" } }],
  },
  {
    externalId: "api-2",
    name: "Kovo Most",
    country: "CZ",
    city: "Most",
    employees: "50-249",
    languages: ["cs", "de"],
    industries: ["25.62"],
    description: { cs: "Obrábění a svařování ocelových konstrukcí." },
  },
  {
    externalId: "api-3",
    name: "Labe Transport",
    country: "CZ",
    city: "Děčín",
    languages: ["cs", "en"],
    industries: ["49.41"],
    description: { cs: "Silniční nákladní doprava mezi Saskem a Čechami.", en: "Road haulage between Saxony and Bohemia." },
  },
];

const unlimited = () => createRequestLimiter({ limit: 1_000_000, windowSeconds: 60, connectionString: t.url });

async function get(query: string, options: { limiter?: RequestLimiter; ip?: string } = {}) {
  const request = new Request(`http://localhost/api/v1/search?${query}`, {
    headers: peerHeaders(options.ip ?? "192.0.2.1"),
  });
  const response = await handleSearchRequest(request, engine, {
    limiter: options.limiter ?? unlimited(),
    baseUrl: "https://grenzpartner.example",
  });
  return { response, body: await response.json() };
}

beforeAll(async () => {
  t = await createTestDatabase();
  const summary = await importCompanies(t.db, companies);
  expect(summary.issues).toEqual([]);
  engine = createSearchEngine(t.db);
  await drainOutbox(t.db, engine);
});

afterAll(async () => {
  await closeRateLimitStore();
  await t?.drop();
});

describe("GET /api/v1/search", () => {
  it.each([
    ["pageSize=500", "pageSize"],
    ["type=foo", "type"],
    ["page=-1", "page"],
    ["locale=xx", "locale"],
    ["country=XX", "country"],
    ["region=nowhere", "region"],
    ["dateFrom=2026-02-31", "dateFrom"],
    [`q=${"x".repeat(201)}`, "q"],
    ["near=Atlantis", "near"],
    ["near=D%C4%9B%C4%8D%C3%ADn&radius=0", "radius"],
    ["near=D%C4%9B%C4%8D%C3%ADn&radius=500", "radius"],
  ])("answers %s with 400 naming %s", async (query, parameter) => {
    const { response, body } = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(body.error.parameter).toBe(parameter);
    expect(typeof body.error.message).toBe("string");
  });

  it("returns hits in the documented shape with links in the requested locale", async () => {
    const { response, body } = await get("q=Fr%C3%A4sen&locale=cs&pageSize=5");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const data = body as ApiResponse;
    expect(data).toMatchObject({ page: 1, pageSize: 5 });
    expect(typeof data.total).toBe("number");
    expect(typeof data.tookMs).toBe("number");
    expect(data.facets).toBeTypeOf("object");
    const company = data.hits.find((h) => h.type === "company" && h.name === "Erzgebirge Fräswerk");
    expect(company).toBeDefined();
    expect(company).toMatchObject({
      title: "Erzgebirge Fräswerk",
      country: "DE",
      city: "Annaberg-Buchholz",
      snippetLang: "de",
    });
    // Its text exists only in German, although the company also speaks Czech.
    expect(company!.languages).toEqual(["de"]);
    expect(company!.url).toMatch(/^https:\/\/grenzpartner\.example\/cs\/companies\/[a-z0-9-]+$/);
    expect(company!.snippet).not.toMatch(/[«»<>]/);
    for (const [start, end] of company!.highlights) {
      expect(company!.snippet.slice(start, end).toLowerCase()).toContain("fräs");
    }
    for (const hit of data.hits) {
      expect(Object.keys(hit)).toEqual(
        expect.arrayContaining(["type", "id", "name", "title", "snippet", "country", "region", "city", "url", "languages"]),
      );
    }
  });

  it("explains a negative page number with the range that fits", async () => {
    const { response, body } = await get("page=-1");
    expect(response.status).toBe(400);
    expect(body.error).toEqual({ parameter: "page", message: "must be a whole number from 1 to 500" });
  });

  it("matches nothing for a certification no company holds, as documented", async () => {
    const { response, body } = await get("certification=foo");
    expect(response.status).toBe(200);
    expect((body as ApiResponse).total).toBe(0);
  });

  it("lists every match for an empty query with filters", async () => {
    const { response, body } = await get("type=company&country=CZ");
    expect(response.status).toBe(200);
    const data = body as ApiResponse;
    expect(data.total).toBe(2);
    expect(data.hits.map((h) => h.name).sort()).toEqual(["Kovo Most", "Labe Transport"]);
    expect(data.facets.country).toMatchObject({ CZ: 2 });
  });

  it("filters by industry division, company size and spoken language", async () => {
    expect(((await get("industry=25&type=company")).body as ApiResponse).total).toBe(2);
    expect(((await get("employees=50-249")).body as ApiResponse).hits.map((h) => h.name)).toEqual(["Kovo Most"]);
    expect(((await get("language=en&type=company")).body as ApiResponse).hits.map((h) => h.name)).toEqual(["Labe Transport"]);
  });

  it("finds companies within a radius of a place named in any language", async () => {
    // Most is about 45 km from Děčín (Tetschen).
    const near = async (query: string) => ((await get(query)).body as ApiResponse).hits.map((h) => h.name);
    expect(await near("type=company&near=Tetschen")).toEqual(["Labe Transport"]);
    expect((await near("type=company&near=Tetschen&radius=60")).sort()).toEqual(["Kovo Most", "Labe Transport"]);
    expect(await near("type=company&q=Transport%20in%20D%C4%9B%C4%8D%C3%ADn")).toEqual(["Labe Transport"]);
  });

  it("pages through results", async () => {
    const first = (await get("type=company&pageSize=2&page=1")).body as ApiResponse;
    const second = (await get("type=company&pageSize=2&page=2")).body as ApiResponse;
    expect(first.total).toBe(3);
    expect(first.hits).toHaveLength(2);
    expect(second.hits).toHaveLength(1);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(3);
  });

  it("answers the CORS preflight", () => {
    const response = searchPreflightResponse();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("answers 429 with Retry-After once a client exceeds the limit", async () => {
    const limiter = createRequestLimiter({ limit: 5, windowSeconds: 60, connectionString: t.url });
    for (let i = 0; i < 5; i++) expect((await get("q=Most", { limiter })).response.status).toBe(200);
    const { response, body } = await get("q=Most", { limiter });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(body.error.message).toMatch(/rate limit/);
    // Another client is not affected.
    expect((await get("q=Most", { limiter, ip: "192.0.2.99" })).response.status).toBe(200);
  });

  it("answers 503, not 500, when the engine fails", async () => {
    const broken = { ...engine, search: () => Promise.reject(new Error("connection refused")) } as SearchEngine;
    const response = await handleSearchRequest(new Request("http://localhost/api/v1/search?q=x"), broken, {
      limiter: unlimited(),
    });
    expect(response.status).toBe(503);
    expect((await response.json()).error.message).toBeTruthy();
  });
});
