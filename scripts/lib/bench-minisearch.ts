// SPDX-License-Identifier: EUPL-1.2
/**
 * An in-process MiniSearch index over the same documents the engines index, as a yardstick for
 * the benchmark: what a search costs when nothing crosses a process boundary.
 */
import MiniSearch from "minisearch";
import { foldText } from "../../lib/search/normalize";
import { dateBounds } from "../../lib/search/query";
import type { FacetField, SearchDocument, SearchQuery } from "../../lib/search/types";

interface IndexedText {
  id: string;
  name: string;
  title: string;
  de: string;
  cs: string;
  en: string;
  concepts: string;
  places: string;
}

type Meta = Pick<
  SearchDocument,
  "type" | "country" | "regionId" | "industries" | "certifications" | "employees" | "languages" | "startsAtTs" | "publishedTs"
>;

const FACET_VALUES: Record<FacetField, (m: Meta) => readonly (string | null)[]> = {
  type: (m) => [m.type],
  country: (m) => [m.country],
  region: (m) => [m.regionId],
  industry: (m) => m.industries,
  certification: (m) => m.certifications,
  employees: (m) => [m.employees],
  language: (m) => m.languages,
};

function matchesFilters(m: Meta, q: SearchQuery, bounds: ReturnType<typeof dateBounds>): boolean {
  const f = q.filters;
  if (f.type && m.type !== f.type) return false;
  if (f.country && m.country !== f.country) return false;
  if (f.region && m.regionId !== f.region) return false;
  if (f.industry && !m.industries.includes(f.industry)) return false;
  if (f.certification && !m.certifications.includes(f.certification)) return false;
  if (f.employees && m.employees !== f.employees) return false;
  if (f.language && !m.languages.includes(f.language)) return false;
  if (bounds.fromTs !== null && (m.startsAtTs === null || m.startsAtTs < bounds.fromTs)) return false;
  if (bounds.toTs !== null && (m.startsAtTs === null || m.startsAtTs >= bounds.toTs)) return false;
  return true;
}

export interface MiniSearchEngine {
  size: number;
  search(query: SearchQuery): { total: number; ids: string[]; facets: Partial<Record<FacetField, Record<string, number>>> };
}

export async function createMiniSearchEngine(batches: AsyncIterable<SearchDocument[]> | Iterable<SearchDocument[]>): Promise<MiniSearchEngine> {
  const index = new MiniSearch<IndexedText>({
    fields: ["name", "title", "de", "cs", "en", "concepts", "places"],
    processTerm: (term) => foldText(term),
    // Same semantics as the engines: every query word must match, typos and prefixes allowed.
    searchOptions: { fuzzy: 0.2, prefix: true, combineWith: "AND", boost: { name: 3, title: 2 } },
  });
  const metas = new Map<string, Meta>();
  for await (const batch of batches) {
    index.addAll(
      batch.map((d) => ({
        id: d.id,
        name: d.name,
        title: d.title,
        de: d.text.de ?? "",
        cs: d.text.cs ?? "",
        en: d.text.en ?? "",
        concepts: d.concepts.join(" "),
        places: d.places.join(" "),
      })),
    );
    for (const d of batch) {
      metas.set(d.id, {
        type: d.type,
        country: d.country,
        regionId: d.regionId,
        industries: d.industries,
        certifications: d.certifications,
        employees: d.employees,
        languages: d.languages,
        startsAtTs: d.startsAtTs,
        publishedTs: d.publishedTs,
      });
    }
  }
  // Browsing without words lists the newest first, like the engines.
  const newestFirst = [...metas.entries()].sort((a, b) => b[1].publishedTs - a[1].publishedTs).map(([id]) => id);

  return {
    size: metas.size,
    search(query) {
      const bounds = dateBounds(query.filters);
      const keep = (id: string) => matchesFilters(metas.get(id)!, query, bounds);
      const ids = query.q.trim()
        ? index.search(query.q, { filter: (r) => keep(r.id as string) }).map((r) => r.id as string)
        : newestFirst.filter(keep);
      const facets: Partial<Record<FacetField, Record<string, number>>> = {};
      for (const field of query.facets ?? []) {
        const counts: Record<string, number> = {};
        for (const id of ids) {
          for (const v of FACET_VALUES[field](metas.get(id)!)) if (v) counts[v] = (counts[v] ?? 0) + 1;
        }
        facets[field] = counts;
      }
      const offset = (query.page - 1) * query.pageSize;
      return { total: ids.length, ids: ids.slice(offset, offset + query.pageSize), facets };
    },
  };
}
