// SPDX-License-Identifier: EUPL-1.2
/**
 * Pure part of partner suggestions: search hits become reasons ("offers welding, which you are
 * looking for"), reasons are grouped per organization and candidates are scored. No I/O, so the
 * ranking is tested without a database or an engine.
 */
import type { Lang } from "../i18n/localized";
import { buildSnippet, MARK_OPEN } from "../search/snippet";
import type { SearchHit } from "../search/types";
import { conceptIndustries, conceptLabel, isBroadConcept } from "./concepts";

/** "offers": the partner offers what the viewer seeks; "seeks": the partner seeks what the viewer offers. */
export type ReasonKind = "offers" | "seeks";

export interface PartnerReason {
  kind: ReasonKind;
  conceptId: string;
  /** The concept named in the viewer's language. */
  label: string;
  /** The partner's own words with the matched ones marked «like this». */
  snippet: string;
  snippetLang: Lang | null;
  /** Title of the partner's offer or request; null when the match is in the company profile. */
  listingTitle: string | null;
  strength: number;
}

/** The engine's answer to one concept query. */
export interface ConceptHits {
  kind: ReasonKind;
  conceptId: string;
  hits: readonly SearchHit[];
}

export interface PartnerViewer {
  organizationId: string;
  country: string;
  languages: readonly string[];
}

export interface CandidateOrganization {
  id: string;
  name: string;
  slug: string;
  country: string;
  city: string | null;
  languages: string[];
  /** NACE codes of the company. */
  industries: string[];
}

export interface PartnerSuggestion {
  organization: Omit<CandidateOrganization, "industries">;
  score: number;
  reasons: PartnerReason[];
  crossBorder: boolean;
  sharedLanguages: string[];
}

/** Weights of the score; additive so each one can be read off a suggestion. */
export const WEIGHTS = {
  listing: 1,
  profile: 0.7,
  broadConcept: 0.5,
  /** Reasons after the strongest count this much each (up to MAX_COUNTED_REASONS). */
  furtherReason: 0.5,
  bothDirections: 0.5,
  crossBorder: 0.4,
  sharedLanguage: 0.2,
  industryFit: 0.2,
} as const;

const MAX_COUNTED_REASONS = 5;

/**
 * How strongly one hit supports a reason: an offer or request says more than a company profile,
 * a broad concept (steel, series) less than a process, and the engine's first hits more than later ones.
 */
export function hitStrength(hit: Pick<SearchHit, "type">, position: number, conceptId: string): number {
  const source = hit.type === "company" ? WEIGHTS.profile : WEIGHTS.listing;
  const concept = isBroadConcept(conceptId) ? WEIGHTS.broadConcept : 1;
  return source * concept * (1 / (1 + Math.max(0, position) / 10));
}

const conceptTerms = (conceptId: string) => ({
  words: new Set<string>(),
  prefixes: [] as string[],
  conceptIds: new Set([conceptId]),
});

/** Marks the concept's words in a text the engine returned unmarked (a cross-language match without highlight). */
function markConcept(text: string, conceptId: string): string {
  return buildSnippet(text, conceptTerms(conceptId), { length: 10_000, lead: 10_000 });
}

/**
 * The excerpt to show for a reason: the engine's snippet when it marks something; otherwise
 * the concept's words marked in it, or in the listing title when the text does not name them.
 */
export function reasonSnippet(
  hit: Pick<SearchHit, "snippet" | "snippetLang" | "title" | "type" | "languages">,
  conceptId: string,
) {
  if (hit.snippet.includes(MARK_OPEN)) return { snippet: hit.snippet, snippetLang: hit.snippetLang };
  const marked = hit.snippet ? markConcept(hit.snippet, conceptId) : "";
  if (marked.includes(MARK_OPEN)) return { snippet: marked, snippetLang: hit.snippetLang };
  if (hit.type !== "company" && hit.title) {
    const title = markConcept(hit.title, conceptId);
    // A listing written in one language has its title in that language too.
    if (title.includes(MARK_OPEN))
      return { snippet: title, snippetLang: hit.languages.length === 1 ? hit.languages[0] : null };
  }
  return { snippet: hit.snippet, snippetLang: hit.snippetLang };
}

export function buildReason(
  kind: ReasonKind,
  conceptId: string,
  hit: SearchHit,
  position: number,
  locale: Lang,
): PartnerReason {
  return {
    kind,
    conceptId,
    label: conceptLabel(conceptId, locale),
    ...reasonSnippet(hit, conceptId),
    listingTitle: hit.type === "offer" || hit.type === "request" ? hit.title || null : null,
    strength: hitStrength(hit, position, conceptId),
  };
}

const KIND_OF_HIT: Record<ReasonKind, readonly SearchHit["type"][]> = {
  offers: ["offer", "company"],
  seeks: ["request"],
};

/**
 * Reasons per organization: one per direction and concept, from the strongest hit. Hits of the
 * wrong type for their direction, without an organization or of excluded organizations are dropped.
 */
export function reasonsByOrganization(
  answers: readonly ConceptHits[],
  locale: Lang,
  exclude: ReadonlySet<string> = new Set(),
): Map<string, PartnerReason[]> {
  const best = new Map<string, Map<string, PartnerReason>>();
  for (const answer of answers) {
    answer.hits.forEach((hit, position) => {
      const org = hit.organizationId;
      if (!org || exclude.has(org) || !KIND_OF_HIT[answer.kind].includes(hit.type)) return;
      const reason = buildReason(answer.kind, answer.conceptId, hit, position, locale);
      const key = `${answer.kind}:${answer.conceptId}`;
      const mine = best.get(org) ?? new Map<string, PartnerReason>();
      const current = mine.get(key);
      if (!current || reason.strength > current.strength) mine.set(key, reason);
      best.set(org, mine);
    });
  }
  const out = new Map<string, PartnerReason[]>();
  for (const [org, reasons] of best)
    out.set(
      org,
      [...reasons.values()].sort((a, b) => b.strength - a.strength),
    );
  return out;
}

/** Whether the candidate works in an industry the dictionary ties to one of the reasons' concepts. */
function industryFits(reasons: readonly PartnerReason[], industries: readonly string[]): boolean {
  return reasons.some((r) =>
    conceptIndustries(r.conceptId).some((code) =>
      industries.some((i) => i === code || i.startsWith(`${code}.`) || code.startsWith(`${i}.`)),
    ),
  );
}

export function scoreCandidate(
  reasons: readonly PartnerReason[],
  candidate: CandidateOrganization,
  viewer: PartnerViewer,
) {
  const strengths = reasons.map((r) => r.strength).sort((a, b) => b - a);
  const further = strengths.slice(1, MAX_COUNTED_REASONS).reduce((sum, s) => sum + s, 0);
  const kinds = new Set(reasons.map((r) => r.kind));
  const crossBorder = Boolean(viewer.country && candidate.country && candidate.country !== viewer.country);
  const spoken = new Set(viewer.languages);
  const sharedLanguages = candidate.languages.filter((l) => spoken.has(l));
  const score =
    (strengths[0] ?? 0) +
    WEIGHTS.furtherReason * further +
    (kinds.size > 1 ? WEIGHTS.bothDirections : 0) +
    (crossBorder ? WEIGHTS.crossBorder : 0) +
    (sharedLanguages.length ? WEIGHTS.sharedLanguage : 0) +
    (industryFits(reasons, candidate.industries) ? WEIGHTS.industryFit : 0);
  return { score, crossBorder, sharedLanguages };
}

/**
 * The best `limit` partners: only candidates that could be loaded (published companies), never
 * the viewer; highest score first, then by name so equal scores list in a stable order.
 */
export function rankPartners(
  reasons: ReadonlyMap<string, PartnerReason[]>,
  candidates: ReadonlyMap<string, CandidateOrganization>,
  viewer: PartnerViewer,
  limit: number,
): PartnerSuggestion[] {
  const out: PartnerSuggestion[] = [];
  for (const [id, orgReasons] of reasons) {
    const candidate = candidates.get(id);
    if (!candidate || id === viewer.organizationId || !orgReasons.length) continue;
    const organization = {
      id: candidate.id,
      name: candidate.name,
      slug: candidate.slug,
      country: candidate.country,
      city: candidate.city,
      languages: candidate.languages,
    };
    out.push({ organization, reasons: orgReasons, ...scoreCandidate(orgReasons, candidate, viewer) });
  }
  return out
    .sort((a, b) => b.score - a.score || a.organization.name.localeCompare(b.organization.name))
    .slice(0, Math.max(0, limit));
}
