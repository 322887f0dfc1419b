// SPDX-License-Identifier: EUPL-1.2
/**
 * The public search API (GET /api/v1/search). Kept apart from the route file so tests can call
 * it with a search engine on their own database and a limiter of their own.
 */
import { verificationLabel } from "../institutions/badge";
import { regionName } from "../geo/labels";
import type { Lang } from "../i18n/localized";
import { clientAddress } from "../http/client-address";
import { searchApiLimiter, type RateLimitDecision, type RequestLimiter } from "../security/rate-limit";
import { publicBaseUrl } from "../env";
import { plainSnippet } from "./highlight";
import { parseSearchParams } from "./params";
import type { SearchEngine, SearchHit, SearchResult } from "./types";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Expose-Headers": "Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
} as const;

export interface ApiHit {
  type: SearchHit["type"];
  id: string;
  name: string;
  title: string;
  /** Plain text; `highlights` holds the [start, end) offsets of the matched words in it. */
  snippet: string;
  highlights: [number, number][];
  snippetLang: Lang | null;
  country: string;
  region: string | null;
  regionName: string | null;
  city: string | null;
  url: string;
  languages: Lang[];
  startsAt: string | null;
  verified: boolean;
  verifiedBy: { institutionName: string; verifiedAt: string; label: string } | null;
}

export interface ApiResponse {
  hits: ApiHit[];
  total: number;
  facets: SearchResult["facets"];
  page: number;
  pageSize: number;
  tookMs: number;
  suggestion?: string;
  estimated?: SearchResult["estimated"];
}

/** Absolute, so a page embedding the results elsewhere links back to the portal. */
export function hitUrl(hit: Pick<SearchHit, "type" | "slug">, locale: Lang, baseUrl: string): string {
  const section = hit.type === "event" ? "events" : "companies";
  return `${baseUrl}/${locale}/${section}/${encodeURIComponent(hit.slug)}`;
}

export function toApiResponse(result: SearchResult, locale: Lang, baseUrl: string): ApiResponse {
  return {
    hits: result.hits.map((hit) => {
      const { text, highlights } = plainSnippet(hit.snippet);
      return {
        type: hit.type,
        id: hit.id,
        name: hit.name,
        title: hit.title,
        snippet: text,
        highlights,
        snippetLang: hit.snippetLang,
        country: hit.country,
        region: hit.region,
        regionName: regionName(hit.region, locale),
        city: hit.city,
        url: hitUrl(hit, locale, baseUrl),
        languages: hit.languages,
        startsAt: hit.startsAt,
        verified: hit.verifiedBy !== null,
        verifiedBy: hit.verifiedBy && { ...hit.verifiedBy, label: verificationLabel(locale, hit.verifiedBy) },
      };
    }),
    total: result.total,
    facets: result.facets,
    page: result.page,
    pageSize: result.pageSize,
    tookMs: result.tookMs,
    ...(result.suggestion ? { suggestion: result.suggestion } : {}),
    ...(result.estimated ? { estimated: result.estimated } : {}),
  };
}

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...CORS_HEADERS, ...headers },
  });
}

export interface SearchApiOptions {
  limiter?: RequestLimiter;
  /** The portal's address for the result links; PUBLIC_URL unless a test names another. */
  baseUrl?: string;
}

export async function handleSearchRequest(
  request: Request,
  engine: SearchEngine | (() => SearchEngine | Promise<SearchEngine>),
  { limiter = searchApiLimiter, baseUrl = publicBaseUrl() }: SearchApiOptions = {},
): Promise<Response> {
  const client = clientAddress(request.headers);
  const known = limiter.refusedHere(client);
  if (known) return tooMany(known);
  // Counting in the shared store and searching run side by side, so the store's round trip does
  // not lengthen the answer. A refused request's search is thrown away; after the first refusal
  // the client is refused from memory above, without a search or a database round trip.
  const counted = limiter.take(client).then(
    (decision) => ({ decision }),
    (error: Error) => ({ error }),
  );

  let params: URLSearchParams | null = null;
  try {
    params = new URL(request.url).searchParams;
  } catch {
    /* answered below, once the request is counted */
  }
  const parsed = params ? parseSearchParams(params) : null;
  const searched =
    parsed?.ok === true
      ? (async () => {
          const searchEngine = typeof engine === "function" ? await engine() : engine;
          return searchEngine.search(parsed.query);
        })().then(
          (result) => ({ result }),
          (error: Error) => ({ error }),
        )
      : null;

  const count = await counted;
  if ("error" in count) {
    // The counters live in the database; without them the API cannot tell who is over the limit.
    console.error("[search-api] rate limit store failed:", count.error.message);
    return json({ error: { message: "search is temporarily unavailable" } }, 503, { "Retry-After": "10" });
  }
  const { decision } = count;
  if (!decision.ok) return tooMany(decision);
  const limitHeaders = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(decision.remaining),
  };
  if (!parsed) return json({ error: { parameter: "url", message: "could not be read" } }, 400, limitHeaders);
  if (!parsed.ok || !searched) return json({ error: parsed.ok ? undefined : parsed.error }, 400, limitHeaders);

  const outcome = await searched;
  if ("error" in outcome) {
    console.error("[search-api] search failed:", outcome.error.message);
    return json({ error: { message: "search is temporarily unavailable" } }, 503, {
      ...limitHeaders,
      "Retry-After": "10",
    });
  }
  return json(toApiResponse(outcome.result, parsed.query.locale, baseUrl), 200, {
    ...limitHeaders,
    // Short enough that a newly published company shows up within a minute.
    "Cache-Control": "public, max-age=30",
  });
}

function tooMany(decision: RateLimitDecision): Response {
  return json({ error: { message: `rate limit of ${decision.limit} requests per minute exceeded` } }, 429, {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": "0",
    "Retry-After": String(decision.retryAfterSeconds),
  });
}

export function searchPreflightResponse(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" } });
}
