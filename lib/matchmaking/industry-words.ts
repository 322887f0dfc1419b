// SPDX-License-Identifier: EUPL-1.2
import { SELECTABLE_INDUSTRIES } from "../companies/schema";
import { HAND_MADE_CONCEPTS } from "../search/data/hand-made-concepts";
import { industryTerms, matchIndustries, type IndustryTerms } from "../taxonomy/industry-match";

let terms: IndustryTerms[] | null = null;

/**
 * The industries a participant search names, matched exactly as the company editor's industry
 * picker matches them, so "Stahlbau", "Logistik" or "ocelové konstrukce" find the companies
 * filed under the classes behind those words although none of them wrote the word itself.
 * Empty for an empty search, which would otherwise name every industry.
 */
export function industriesNamedBy(query: string): string[] {
  if (!query.trim()) return [];
  terms ??= industryTerms(SELECTABLE_INDUSTRIES, HAND_MADE_CONCEPTS);
  return matchIndustries(terms, query);
}
