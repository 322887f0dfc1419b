// SPDX-License-Identifier: EUPL-1.2
/**
 * What the Meilisearch engine asks the server for a buyer's query: the same understanding as the
 * PostgreSQL engine (places, countries and stop words as filters, compounds and far-off Czech
 * inflections as the forms documents carry). The server is replaced by a recorder of requests,
 * since none runs here; the contract suite checks the answers against a real one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMeilisearchEngine } from "@/lib/search/engines/meilisearch";
import { documentForms } from "@/lib/search/morphology";
import type { SearchQuery } from "@/lib/search/types";

interface SentSearch {
  q: string | null;
  filter: string[];
  sort?: string[];
}

let sent: SentSearch[] = [];

beforeEach(() => {
  sent = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    if (url.pathname.endsWith("/version")) return json({ pkgVersion: "1.15.2", commitSha: "x", commitDate: "x" });
    if (url.pathname.endsWith("/search")) {
      sent.push(JSON.parse(String(init?.body)) as SentSearch);
      return json({ hits: [], totalHits: 0, totalPages: 0, page: 1, hitsPerPage: 20, processingTimeMs: 0, query: "" });
    }
    return new Response("{}", { status: 404 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const engine = () => createMeilisearchEngine({ host: "http://127.0.0.1:7700", indexName: "portal" });
const query = (q: string, locale: SearchQuery["locale"], extra: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  locale,
  filters: {},
  page: 1,
  pageSize: 20,
  prefix: false,
  ...extra,
});

describe("the Meilisearch engine's reading of a query", () => {
  it("searches 'Logistik in Liberec' as Logistik within 25 km of Liberec", async () => {
    await engine().search(query("Logistik in Liberec", "de"));
    expect(sent[0].q?.trim()).toBe("Logistik");
    expect(sent[0].filter).toContain("_geoRadius(50.7677, 14.9721, 25000)");
  });

  it("turns a country word into a filter, not a word the text must contain", async () => {
    await engine().search(query("Pulverbeschichtung Tschechien", "de"));
    expect(sent[0].filter).toContain('country = "CZ"');
    expect(sent[0].q).not.toMatch(/tschechien/i);
  });

  it("drops stop words in every language", async () => {
    await engine().search(query("dodavatel pro práškové lakování", "cs"));
    expect(sent[0].q?.trim().split(/\s+/)).toHaveLength(2);
    expect(sent[0].q).not.toMatch(/dodavatel|pro /);
  });

  it("asks for a German compound by its parts, which documents carry in their forms", async () => {
    await engine().search(query("Kunststoffspritzgussteile", "de"));
    expect(sent[0].q?.trim()).toBe("kunststoff spritzguss teile");
  });

  it("asks for a Czech genitive plural by a base form that documents writing the nominative carry", async () => {
    await engine().search(query("tažných pružin", "cs"));
    const words = sent[0].q!.trim().split(/\s+/);
    const forms = documentForms([{ cs: "Vyrábíme tažné pružiny." }]);
    expect(words).toHaveLength(2);
    for (const w of words) expect(forms).toContain(w);
  });

  it("leaves the word being typed as typed, for completion", async () => {
    await engine().search(query("Kunststoffspritzgussteile", "de", { prefix: true }));
    expect(sent[0].q).toBe("Kunststoffspritzgussteile");
  });

  it("searches the words as typed when the place reading finds nothing (a name with a place word)", async () => {
    await engine().search(query("Logistik in Liberec", "de"));
    expect(sent).toHaveLength(2);
    expect(sent[1].filter.some((f) => f.startsWith("_geoRadius"))).toBe(false);
  });
});
