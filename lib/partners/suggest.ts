// SPDX-License-Identifier: EUPL-1.2
/**
 * Partner suggestions for a company: what it seeks is looked for among offers and company
 * profiles, what it provides among requests, each concept through the search engine so the
 * same words find partners writing in German, Czech or English on either engine.
 */
import type { Db } from "../db/prisma";
import { trilingual, type Lang } from "../i18n/localized";
import { splitByIntent } from "../search/intent";
import type { SearchDocType, SearchEngine, SearchFilters } from "../search/types";
import { conceptsOfIndustries, queryLabel, rankConcepts, type SourceGroups } from "./concepts";
import {
  rankPartners,
  reasonsByOrganization,
  type CandidateOrganization,
  type ConceptHits,
  type PartnerSuggestion,
  type PartnerViewer,
  type ReasonKind,
} from "./ranking";

/** Hits read per concept query; later ones are too weak to matter. */
const HITS_PER_QUERY = 20;

export interface SuggestOptions {
  organizationId: string;
  locale: Lang;
  limit?: number;
  /** Only these organizations (an event's participants); an empty list suggests nobody. */
  amongOrganizationIds?: readonly string[];
  /** More texts about what the company offers or seeks (its registration for an event). */
  extraOffers?: readonly (string | null | undefined)[];
  extraSeeks?: readonly (string | null | undefined)[];
  now?: Date;
}

export interface PartnerSuggestions {
  suggestions: PartnerSuggestion[];
  /** Concepts the company seeks and provides, as used for the queries. */
  sought: string[];
  provided: string[];
  /** Published offers and requests of the company; none means it has told us little yet. */
  publishedListings: number;
}

interface ViewerProfile {
  viewer: PartnerViewer;
  seeks: SourceGroups;
  offers: SourceGroups;
  industries: string[];
  publishedListings: number;
  excluded: string[];
}

const texts = <T extends Record<string, unknown>>(row: T, field: string) =>
  Object.values(trilingual(row, field)).filter((t): t is string => Boolean(t?.trim()));

async function loadViewer(db: Db, opts: SuggestOptions): Promise<ViewerProfile | null> {
  const now = opts.now ?? new Date();
  const [org, blocks] = await Promise.all([
    db.organization.findUnique({
      where: { id: opts.organizationId },
      select: {
        id: true,
        country: true,
        languages: true,
        descriptionDe: true,
        descriptionCs: true,
        descriptionEn: true,
        industries: { select: { industryCode: true } },
        listings: {
          where: { status: "PUBLISHED", OR: [{ validUntil: null }, { validUntil: { gte: now } }] },
          select: {
            kind: true,
            titleDe: true,
            titleCs: true,
            titleEn: true,
            descriptionDe: true,
            descriptionCs: true,
            descriptionEn: true,
          },
        },
      },
    }),
    db.companyBlock.findMany({
      where: { OR: [{ blockerOrganizationId: opts.organizationId }, { blockedOrganizationId: opts.organizationId }] },
      select: { blockerOrganizationId: true, blockedOrganizationId: true },
    }),
  ]);
  if (!org) return null;
  const listingTexts = (kind: "OFFER" | "REQUEST") =>
    org.listings.filter((l) => l.kind === kind).flatMap((l) => [...texts(l, "title"), ...texts(l, "description")]);
  // Sentences of what a company says it offers can still say what it seeks ("wir suchen Partner
  // für Pulverbeschichtung"), or what it does not do; each goes where it belongs.
  const offered = [...(opts.extraOffers ?? []), ...listingTexts("OFFER")].map(splitByIntent);
  const described = texts(org, "description").map(splitByIntent);
  const blocked = blocks.map((b) =>
    b.blockerOrganizationId === org.id ? b.blockedOrganizationId : b.blockerOrganizationId,
  );
  return {
    viewer: { organizationId: org.id, country: org.country, languages: org.languages },
    seeks: [
      [...(opts.extraSeeks ?? []), ...listingTexts("REQUEST"), ...offered.map((t) => t.seeks)],
      described.map((t) => t.seeks),
    ],
    // What a company does is in its offers first, then in its profile.
    offers: [offered.map((t) => t.offers), described.map((t) => t.offers)],
    industries: org.industries.map((i) => i.industryCode),
    publishedListings: org.listings.length,
    excluded: [org.id, ...blocked],
  };
}

interface ConceptQuery {
  kind: ReasonKind;
  conceptId: string;
  type: SearchDocType;
  q: string;
}

function conceptQueries(sought: string[], provided: string[]): ConceptQuery[] {
  const out: ConceptQuery[] = [];
  for (const conceptId of sought) {
    const q = queryLabel(conceptId);
    if (!q) continue;
    // Offers first, then company profiles: a company may do it without having listed an offer.
    out.push({ kind: "offers", conceptId, type: "offer", q }, { kind: "offers", conceptId, type: "company", q });
  }
  for (const conceptId of provided) {
    const q = queryLabel(conceptId);
    if (q) out.push({ kind: "seeks", conceptId, type: "request", q });
  }
  return out;
}

async function loadCandidates(db: Db, ids: string[]): Promise<Map<string, CandidateOrganization>> {
  if (!ids.length) return new Map();
  const rows = await db.organization.findMany({
    where: { id: { in: ids }, kind: "COMPANY", status: "PUBLISHED" },
    select: {
      id: true,
      name: true,
      slug: true,
      country: true,
      city: true,
      languages: true,
      industries: { select: { industryCode: true } },
    },
  });
  return new Map(rows.map((r) => [r.id, { ...r, industries: r.industries.map((i) => i.industryCode) }]));
}

export async function suggestPartners(engine: SearchEngine, db: Db, opts: SuggestOptions): Promise<PartnerSuggestions> {
  const profile = await loadViewer(db, opts);
  if (!profile) return { suggestions: [], sought: [], provided: [], publishedListings: 0 };
  const sought = rankConcepts(profile.seeks);
  let provided = rankConcepts(profile.offers);
  // A company that has written nothing yet is still known by its industries.
  if (!provided.length) provided = conceptsOfIndustries(profile.industries);
  const result: PartnerSuggestions = {
    suggestions: [],
    sought,
    provided,
    publishedListings: profile.publishedListings,
  };

  const among = opts.amongOrganizationIds?.filter((id) => !profile.excluded.includes(id));
  // Meilisearch cannot express "IN []": no participants means no queries at all.
  if (among && !among.length) return result;
  const filters: SearchFilters = {
    excludeOrganizationIds: profile.excluded,
    ...(among ? { organizationIds: [...new Set(among)] } : {}),
  };
  const queries = conceptQueries(sought, provided);
  if (!queries.length) return result;

  const answers: ConceptHits[] = await Promise.all(
    queries.map(async (cq) => {
      const r = await engine.search({
        // A concept label is a whole word; completing it as a prefix would match unrelated longer words.
        q: cq.q,
        prefix: false,
        locale: opts.locale,
        filters: { ...filters, type: cq.type },
        page: 1,
        pageSize: HITS_PER_QUERY,
      });
      return { kind: cq.kind, conceptId: cq.conceptId, hits: r.hits };
    }),
  );
  const reasons = reasonsByOrganization(answers, opts.locale, new Set(profile.excluded));
  const candidates = await loadCandidates(db, [...reasons.keys()]);
  return {
    ...result,
    suggestions: rankPartners(reasons, candidates, profile.viewer, opts.limit ?? 6),
  };
}
