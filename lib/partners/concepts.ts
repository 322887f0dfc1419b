// SPDX-License-Identifier: EUPL-1.2
/**
 * Which dictionary concepts a company seeks and provides, and how to name them: the words sent
 * to the search engine (so every engine expands them back to the concept in all languages) and
 * the label shown to the viewer in their own language.
 */
import type { Lang } from "../i18n/localized";
import { conceptMatcher } from "../search/concepts";
import type { Concept } from "../search/data/concept-type";
import { CONCEPTS } from "../search/data/concepts";
import { parseQuery } from "../search/normalize";

/** Engine queries stay bounded: at most this many concepts per direction. */
export const MAX_CONCEPTS_PER_DIRECTION = 8;

/**
 * Words that say who is wanted rather than what ("supplier", "customer", "cross-border"), or
 * that every listing uses ("offer", "order", "Angebot", "zakázka" name public tenders): a match
 * on them says nothing about fit, so they never become a reason.
 */
const RELATIONAL = new Set([
  "svc-cooperation-partner",
  "svc-supplier",
  "svc-customer",
  "svc-joint-venture",
  "svc-cross-border",
  "svc-jobs",
  "svc-sustainability",
  "svc-innovation",
  "svc-public-tenders",
]);

/**
 * Materials, batch sizes and the like are real reasons, but weak ones: half the region works
 * with steel. They rank after processes and services and count for less.
 */
const BROAD = new Set([
  "steel",
  "stainless-steel",
  "aluminium",
  "copper",
  "non-ferrous-metals",
  "cast-iron",
  "titanium",
  "small-series",
  "series-production",
  "prototyping",
  "spare-parts",
  // "sold in shops", "certified welders": attributes more often than what a partner does.
  "svc-retail",
  "svc-certification",
]);

const byId = new Map<string, Concept>(CONCEPTS.map((c) => [c.id, c]));

export function isBroadConcept(conceptId: string): boolean {
  return BROAD.has(conceptId);
}

/** NACE classes the dictionary ties to a concept (empty when it names none). */
export function conceptIndustries(conceptId: string): readonly string[] {
  return byId.get(conceptId)?.nace ?? [];
}

/** The concept's main label in the viewer's language ("svařování", "Schweißen", "welding"). */
export function conceptLabel(conceptId: string, locale: Lang): string {
  const c = byId.get(conceptId);
  return c?.[locale][0] ?? c?.en[0] ?? conceptId;
}

const queryLabels = new Map<string, string | null>();

/**
 * The label to search for: every word of it must name the concept (so the engines' query
 * expansion reaches documents in any language), preferring one word and words that name few
 * other concepts ("Schweißen" only welding, "svařování" also laser and plastic welding).
 */
export function queryLabel(conceptId: string): string | null {
  if (queryLabels.has(conceptId)) return queryLabels.get(conceptId)!;
  const c = byId.get(conceptId);
  const matcher = conceptMatcher();
  let best: { label: string; cost: number } | null = null;
  for (const label of c ? [...c.de, ...c.cs, ...c.en] : []) {
    const words = parseQuery(label, false);
    if (!words.length) continue;
    let cost = (words.length - 1) * 2;
    let names = true;
    for (const w of words) {
      const ids = matcher.conceptsForWord(w.word);
      if (!ids.includes(conceptId)) names = false;
      cost += ids.length - 1;
    }
    if (!names) continue;
    if (!best || cost < best.cost || (cost === best.cost && label.length < best.label.length)) best = { label, cost };
  }
  const label = best?.label ?? null;
  queryLabels.set(conceptId, label);
  return label;
}

/** Texts that tell what a company seeks or provides, most telling first. */
export type SourceGroups = readonly (readonly (string | null | undefined)[])[];

/**
 * Concepts mentioned in the texts, ordered by the group they first appear in (listings before
 * the general description), broad concepts last, then by how many texts mention them.
 */
export function rankConcepts(groups: SourceGroups, cap = MAX_CONCEPTS_PER_DIRECTION): string[] {
  const matcher = conceptMatcher();
  const seen = new Map<string, { group: number; count: number; first: number }>();
  let order = 0;
  groups.forEach((texts, group) => {
    for (const text of texts) {
      if (!text?.trim()) continue;
      for (const id of matcher.conceptIds([text])) {
        if (RELATIONAL.has(id) || !byId.has(id)) continue;
        const entry = seen.get(id) ?? { group, count: 0, first: order++ };
        entry.count += 1;
        seen.set(id, entry);
      }
    }
  });
  return [...seen.entries()]
    .sort(
      ([a, x], [b, y]) =>
        Number(BROAD.has(a)) - Number(BROAD.has(b)) || x.group - y.group || y.count - x.count || x.first - y.first,
    )
    .slice(0, cap)
    .map(([id]) => id);
}

/** Concepts the dictionary ties to these industries: what a company without any text does. */
export function conceptsOfIndustries(codes: readonly string[], cap = MAX_CONCEPTS_PER_DIRECTION): string[] {
  if (!codes.length) return [];
  const out: string[] = [];
  for (const c of CONCEPTS) {
    if (out.length >= cap) break;
    if (RELATIONAL.has(c.id) || BROAD.has(c.id)) continue;
    if (c.nace?.some((n) => codes.includes(n))) out.push(c.id);
  }
  return out;
}
