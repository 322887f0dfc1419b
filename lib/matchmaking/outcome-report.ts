// SPDX-License-Identifier: EUPL-1.2
import type { MeetingOutcome } from "../generated/prisma/enums";
import { MEETING_OUTCOMES } from "./schema";

/** One side's answer about one meeting, with what the statistics group it by. */
export interface OutcomeRow {
  outcome: MeetingOutcome;
  ownCountry: string;
  otherCountry: string;
  /** NACE divisions or sections of the answering company. */
  industries: readonly string[];
}

export type OutcomeCounts = Record<MeetingOutcome, number> & { total: number };

const empty = (): OutcomeCounts => ({ NOT_HELD: 0, NO_INTEREST: 0, INFORMATIVE: 0, COOPERATION_LIKELY: 0, total: 0 });

/** Both directions of a country pair count as one: a Czech–German meeting is the same pair either way. */
export const countryPair = (a: string, b: string): string => [a, b].sort().join("–");

/**
 * Counts answers by outcome, by country pair and by industry. A company in several industries
 * counts once in each; companies without an industry count under "".
 */
export function summarizeOutcomes(rows: readonly OutcomeRow[]) {
  const total = empty();
  const byPair = new Map<string, OutcomeCounts>();
  const byIndustry = new Map<string, OutcomeCounts>();
  const add = (map: Map<string, OutcomeCounts>, key: string, outcome: MeetingOutcome) => {
    const c = map.get(key) ?? empty();
    c[outcome]++;
    c.total++;
    map.set(key, c);
  };
  for (const r of rows) {
    total[r.outcome]++;
    total.total++;
    add(byPair, countryPair(r.ownCountry, r.otherCountry), r.outcome);
    for (const industry of r.industries.length ? new Set(r.industries) : [""]) add(byIndustry, industry, r.outcome);
  }
  const sorted = (map: Map<string, OutcomeCounts>) =>
    [...map].map(([key, counts]) => ({ key, counts })).sort((a, b) => b.counts.total - a.counts.total || a.key.localeCompare(b.key));
  return { total, byPair: sorted(byPair), byIndustry: sorted(byIndustry), outcomes: MEETING_OUTCOMES };
}

export type OutcomeSummary = ReturnType<typeof summarizeOutcomes>;
