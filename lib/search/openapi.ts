// SPDX-License-Identifier: EUPL-1.2
/**
 * The OpenAPI 3.1 description of GET /api/v1/search. The parameter schemas are built from the
 * constants that lib/search/params.ts validates with, and tests/unit/search-openapi.test.ts runs
 * every documented value and bound through the parser, so the two cannot drift apart.
 */
import { SEARCH_API_LIMIT } from "../security/rate-limit";
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_KM,
  EMPLOYEE_BAND_NAMES,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_PLACE_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_RADIUS_KM,
  REGION_IDS,
  SEARCH_COUNTRIES,
  SEARCH_LOCALES,
  SEARCH_TYPES,
  type SEARCH_PARAMETER_NAMES,
} from "./params";

type ParameterName = (typeof SEARCH_PARAMETER_NAMES)[number];

export interface QueryParameter {
  name: ParameterName;
  in: "query";
  required: false;
  description: string;
  schema: Record<string, unknown>;
  example?: string;
}

export const SEARCH_PARAMETERS: QueryParameter[] = [
  {
    name: "q",
    description: "Search words in German, Czech or English; empty lists everything that matches the filters.",
    schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
    example: "Fräsen",
  },
  {
    name: "locale",
    description: "Language of the result links, region names and snippets.",
    schema: { type: "string", enum: [...SEARCH_LOCALES], default: "de" },
    example: "cs",
  },
  {
    name: "type",
    description: "Only companies, offers, requests or events.",
    schema: { type: "string", enum: [...SEARCH_TYPES] },
    example: "company",
  },
  {
    name: "country",
    description: "Country code (upper or lower case); OTHER stands for any other country.",
    schema: { type: "string", enum: [...SEARCH_COUNTRIES] },
    example: "CZ",
  },
  {
    name: "region",
    description: "Region id, as listed here and returned in the region facet.",
    schema: { type: "string", enum: [...REGION_IDS] },
    example: "cz-ustecky",
  },
  {
    name: "industry",
    description: "NACE Rev. 2 section letter, division, group or class; a division also finds its classes.",
    schema: { type: "string", pattern: "^([A-Ua-u]|\\d{2}(\\.\\d{1,2})?)$" },
    example: "25.62",
  },
  {
    name: "certification",
    description:
      "A certification as companies name it, e.g. ISO 9001. Companies may enter any certification, so an unknown value is not an error: it matches nothing.",
    schema: { type: "string", maxLength: 80 },
    example: "ISO 9001",
  },
  {
    name: "employees",
    description: "Company size band.",
    schema: { type: "string", enum: [...EMPLOYEE_BAND_NAMES] },
    example: "10-49",
  },
  {
    name: "language",
    description: "Two-letter code of a language the company speaks.",
    schema: { type: "string", pattern: "^[A-Za-z]{2}$" },
    example: "de",
  },
  {
    name: "verified",
    description:
      "1: only companies an institution (a chamber, agency or association) has verified, and their offers and requests.",
    schema: { type: "string", enum: ["1", "0"] },
    example: "1",
  },
  {
    name: "dateFrom",
    description: "Events from this day on (YYYY-MM-DD).",
    schema: { type: "string", format: "date" },
    example: "2027-03-01",
  },
  {
    name: "dateTo",
    description: "Events up to this day (YYYY-MM-DD); not before dateFrom.",
    schema: { type: "string", format: "date" },
    example: "2027-03-31",
  },
  {
    name: "near",
    description: `Only hits within \`radius\` km of this place: a town or village of Saxony or the Czech border regions (and larger Czech towns), in German, Czech or English, with or without diacritics (Liberec, Reichenberg, Plzen). An unknown place is refused. A place named in \`q\` ("Logistik in Liberec") is understood the same way. At most ${MAX_PLACE_LENGTH} characters.`,
    schema: { type: "string" },
    example: "Liberec",
  },
  {
    name: "radius",
    description: `Kilometres around the place of \`near\`, or around a place named in \`q\`; default ${DEFAULT_RADIUS_KM}.`,
    schema: { type: "integer", minimum: 1, maximum: MAX_RADIUS_KM, default: DEFAULT_RADIUS_KM },
    example: "50",
  },
  {
    name: "page",
    description: "Result page, starting at 1.",
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 },
    example: "2",
  },
  {
    name: "pageSize",
    description: "Hits per page.",
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    example: "10",
  },
].map((p) => ({ ...p, in: "query", required: false }) as QueryParameter);

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export function searchOpenApiDocument(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Grenzpartner search",
      version: "1",
      description: `Public, read-only search over published companies, offers, requests and events. No key is needed; each client address may send ${SEARCH_API_LIMIT.points} requests per ${SEARCH_API_LIMIT.duration} seconds.`,
    },
    servers: [{ url: baseUrl }],
    paths: {
      "/api/v1/search": {
        get: {
          operationId: "search",
          summary: "Search the portal",
          parameters: SEARCH_PARAMETERS,
          responses: {
            "200": {
              description: "One page of hits with facet counts.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/SearchResponse" } } },
            },
            "400": errorResponse("A parameter is invalid; `parameter` names it."),
            "429": errorResponse("Too many requests; wait the seconds given in Retry-After."),
            "503": errorResponse("Search is temporarily unavailable; try again after Retry-After."),
          },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["message"],
              properties: { parameter: { type: "string" }, message: { type: "string" } },
            },
          },
        },
        Hit: {
          type: "object",
          required: ["type", "id", "name", "title", "snippet", "highlights", "country", "url", "languages"],
          properties: {
            type: { type: "string", enum: [...SEARCH_TYPES] },
            id: { type: "string" },
            name: { type: "string", description: "Company name, or the organizer's for events." },
            title: { type: "string" },
            snippet: { type: "string", description: "Plain text around the matched words." },
            highlights: {
              type: "array",
              description: "[start, end) character offsets of the matched words in snippet.",
              items: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 },
            },
            snippetLang: { type: ["string", "null"], enum: [...SEARCH_LOCALES, null] },
            country: { type: "string" },
            region: { type: ["string", "null"] },
            regionName: { type: ["string", "null"] },
            city: { type: ["string", "null"] },
            url: { type: "string", format: "uri", description: "Absolute address of the page on the portal." },
            languages: { type: "array", items: { type: "string" } },
            startsAt: { type: ["string", "null"], format: "date-time" },
            verified: { type: "boolean", description: "An institution vouches for the company behind the hit." },
            verifiedBy: {
              type: ["object", "null"],
              required: ["institutionName", "verifiedAt", "label"],
              properties: {
                institutionName: { type: "string" },
                verifiedAt: { type: "string", format: "date-time" },
                label: { type: "string", description: 'In the requested language, e.g. "verified by IHK Chemnitz, 12 March 2027".' },
              },
            },
          },
        },
        SearchResponse: {
          type: "object",
          required: ["hits", "total", "facets", "page", "pageSize", "tookMs"],
          properties: {
            hits: { type: "array", items: { $ref: "#/components/schemas/Hit" } },
            total: { type: "integer" },
            facets: {
              type: "object",
              description: "Counts per value for type, country, region, industry, certification, employees and language.",
              additionalProperties: { type: "object", additionalProperties: { type: "integer" } },
            },
            page: { type: "integer" },
            pageSize: { type: "integer" },
            tookMs: { type: "number" },
            suggestion: { type: "string", description: "A corrected query when the words look misspelt." },
            estimated: {
              type: "object",
              description:
                "Present when the query matches more documents than are counted one by one: `total` and the facet counts are then estimates from a sample of the index, and only the best-ranked `reachable` hits can be paged through.",
              required: ["reachable"],
              properties: { reachable: { type: "integer" } },
            },
          },
        },
      },
    },
  };
}
