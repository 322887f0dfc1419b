// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns the current database state into search documents. Always reads what is committed now,
 * never what an outbox row says changed, so applying updates twice or out of order cannot leave
 * the index behind the database.
 */
import type { Db } from "../db/prisma";
import { LANGS, type Lang, type Trilingual } from "../i18n/localized";
import { NACE } from "../taxonomy/nace-data";
import { conceptMatcher } from "./concepts";
import { splitByIntent } from "./intent";
import { documentForms } from "./morphology";
import type { SearchEntityType } from "./outbox";
import { locateCity } from "../geo/gazetteer";
import { findPlace, placeForms } from "../geo/places";
import type { SearchDocument } from "./types";

export interface DocumentChanges {
  upserts: SearchDocument[];
  /** Document ids to remove from the index. */
  deletes: string[];
  /** Organizations that no longer exist: every document that belongs to them must go. */
  orphanedOrganizations: string[];
}

const parentOf = new Map(NACE.map((n) => [n.code, n.parent]));

/** A code and all its ancestors, so filtering by a NACE division also finds its classes. */
export function withAncestors(codes: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    let c: string | null | undefined = code;
    while (c && !out.has(c)) {
      out.add(c);
      c = parentOf.get(c);
    }
  }
  return [...out].sort();
}

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

/** Coordinates of a city, so "near Liberec" finds a company in Hrádek nad Nisou without a schema of its own. */
function geoOf(city: string | null, country: string | null, regionId?: string | null): SearchDocument["geo"] {
  const place = locateCity(city, country, regionId);
  return place ? { lat: place.lat, lon: place.lon } : null;
}

function texts(values: Trilingual): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const t = values[lang]?.trim();
    if (t) out[lang] = t;
  }
  return out;
}

/**
 * Only the sentences that say what the author offers: "Wir suchen Partner für
 * Pulverbeschichtung" or "Lackieren bieten wir nicht an" must never make a company or an offer
 * a powder coater or a paint shop, neither as a match nor as a highlighted snippet. The profile
 * page still shows the whole text.
 */
function offeredTexts(values: Partial<Record<Lang, string>>): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const offers = splitByIntent(values[lang]).offers;
    if (offers) out[lang] = offers;
  }
  return out;
}

/** Concepts of descriptive texts only: names are proper names and never become concepts. */
function conceptsOf(
  texts: readonly string[],
  germanTexts: readonly (string | undefined)[],
  industries: readonly string[],
): Pick<SearchDocument, "concepts" | "conceptIds"> {
  const matcher = conceptMatcher();
  // The industries tell which sense an ambiguous word has ("Federn" at a bedding maker).
  const conceptIds = [
    ...new Set([...matcher.conceptIds(texts, industries), ...matcher.compoundHeadIds(germanTexts, industries)]),
  ];
  return { concepts: matcher.labels(conceptIds), conceptIds };
}

const firstText = (values: Partial<Record<Lang, string>>) => LANGS.map((l) => values[l]).find(Boolean) ?? "";

const companyInclude = {
  industries: { select: { industryCode: true } },
  // The first institution that vouched (and still does) is the one the badge names.
  verifications: {
    where: { revokedAt: null },
    orderBy: { verifiedAt: "asc" },
    take: 1,
    select: { verifiedAt: true, institution: { select: { name: true } } },
  },
} as const;

function verificationOf(o: { verifications: { verifiedAt: Date; institution: { name: string } }[] }) {
  const first = o.verifications[0];
  return first
    ? { verified: true, verifiedBy: { institutionName: first.institution.name, verifiedAt: first.verifiedAt.toISOString() } }
    : { verified: false, verifiedBy: null };
}

type OrganizationRow = Awaited<ReturnType<typeof loadOrganizations>>[number];

function loadOrganizations(db: Db, ids: string[]) {
  return db.organization.findMany({ where: { id: { in: ids } }, include: companyInclude });
}

/** What the document builders make besides the document itself. */
export interface BuildOptions {
  /**
   * Base forms and compound parts of the words (SearchDocument.forms), for engines that index
   * them as a field (Meilisearch). The PostgreSQL engine derives its own lexemes and skips them.
   */
  forms?: boolean;
}

const formsOf = (opts: BuildOptions, texts: Parameters<typeof documentForms>[0], names: (string | null)[]) =>
  opts.forms === false ? {} : { forms: documentForms(texts, names) };

const isListedCompany = (o: { kind: string; status: string }) => o.kind === "COMPANY" && o.status === "PUBLISHED";

export function companyDocument(o: OrganizationRow, opts: BuildOptions = {}): SearchDocument {
  const text = offeredTexts(texts({ de: o.descriptionDe, cs: o.descriptionCs, en: o.descriptionEn }));
  return {
    id: `company:${o.id}`,
    type: "company",
    entityId: o.id,
    organizationId: o.id,
    name: o.name,
    title: o.name,
    slug: o.slug,
    text,
    textLanguages: LANGS.filter((l) => text[l]),
    // Descriptions only: the company name is a proper name and must not turn into concepts.
    ...conceptsOf(Object.values(text), [text.de], o.industries.map((i) => i.industryCode)),
    ...formsOf(opts, [text], [o.name]),
    places: placeForms(o.city, o.country),
    geo: geoOf(o.city, o.country, o.regionId),
    country: o.country,
    regionId: o.regionId,
    city: o.city,
    industries: withAncestors(o.industries.map((i) => i.industryCode)),
    certifications: [...o.certifications],
    employees: o.employees,
    languages: [...o.languages],
    startsAt: null,
    startsAtTs: null,
    publishedTs: epoch(o.publishedAt ?? o.createdAt),
    ...verificationOf(o),
  };
}

const listingInclude = {
  industries: { select: { industryCode: true } },
  organization: { include: companyInclude },
} as const;

type ListingRow = Awaited<ReturnType<typeof loadListings>>[number];

function loadListings(db: Db, where: object) {
  return db.listing.findMany({ where, include: listingInclude, orderBy: { id: "asc" } });
}

const listingDocId = (kind: string, id: string) => `${kind === "OFFER" ? "offer" : "request"}:${id}`;

function isListed(l: ListingRow, now: Date): boolean {
  return l.status === "PUBLISHED" && isListedCompany(l.organization) && (!l.validUntil || l.validUntil >= now);
}

export function listingDocument(l: ListingRow, opts: BuildOptions = {}): SearchDocument {
  const o = l.organization;
  const titles = texts({ de: l.titleDe, cs: l.titleCs, en: l.titleEn });
  const written = texts({ de: l.descriptionDe, cs: l.descriptionCs, en: l.descriptionEn });
  // A request is all seeking; an offer is only what it offers.
  const text = l.kind === "OFFER" ? offeredTexts(written) : written;
  const own = l.industries.map((i) => i.industryCode);
  return {
    id: listingDocId(l.kind, l.id),
    type: l.kind === "OFFER" ? "offer" : "request",
    entityId: l.id,
    organizationId: o.id,
    name: o.name,
    title: firstText(titles),
    titles,
    slug: o.slug,
    text,
    textLanguages: LANGS.filter((lang) => text[lang] || titles[lang]),
    ...conceptsOf([...Object.values(titles), ...Object.values(text)], [titles.de, text.de], own.length ? own : o.industries.map((i) => i.industryCode)),
    ...formsOf(opts, [titles, text], [o.name]),
    places: placeForms(o.city, o.country),
    geo: geoOf(o.city, o.country, o.regionId),
    country: o.country,
    regionId: o.regionId,
    city: o.city,
    // A listing without its own industries is about what the company does.
    industries: withAncestors(own.length ? own : o.industries.map((i) => i.industryCode)),
    certifications: [...o.certifications],
    employees: o.employees,
    languages: [...o.languages],
    startsAt: null,
    startsAtTs: null,
    // New to visitors when both the listing and its company are public: the later of the two.
    publishedTs: Math.max(epoch(l.publishedAt ?? l.createdAt), epoch(o.publishedAt ?? o.createdAt)),
    expiresTs: l.validUntil ? epoch(l.validUntil) : null,
    ...verificationOf(o),
  };
}

const eventInclude = { organizer: { select: { id: true, name: true, country: true, status: true } } } as const;

type EventRow = Awaited<ReturnType<typeof loadEvents>>[number];

function loadEvents(db: Db, where: object) {
  return db.event.findMany({ where, include: eventInclude, orderBy: { id: "asc" } });
}

// Cancelled and draft events leave the index; an organizer taken offline takes its events along.
const isListedEvent = (e: EventRow) => e.status === "PUBLISHED" && e.organizer.status !== "UNPUBLISHED";

export function eventDocument(e: EventRow, opts: BuildOptions = {}): SearchDocument {
  const titles = texts({ de: e.titleDe, cs: e.titleCs, en: e.titleEn });
  const text = texts({ de: e.descriptionDe, cs: e.descriptionCs, en: e.descriptionEn });
  const country = e.country ?? e.organizer.country;
  const place = e.city ? findPlace(e.city, country) : null;
  const located = locateCity(e.city, country);
  return {
    id: `event:${e.id}`,
    type: "event",
    entityId: e.id,
    organizationId: e.organizer.id,
    name: e.organizer.name,
    title: firstText(titles),
    titles,
    slug: e.slug,
    text,
    textLanguages: LANGS.filter((lang) => text[lang] || titles[lang]),
    ...conceptsOf([...Object.values(titles), ...Object.values(text)], [titles.de, text.de], []),
    ...formsOf(opts, [titles, text], [e.organizer.name]),
    places: placeForms(e.city, country),
    geo: located ? { lat: located.lat, lon: located.lon } : null,
    country,
    regionId: place?.regionId ?? located?.regionId ?? null,
    city: e.city,
    industries: [],
    certifications: [],
    employees: null,
    languages: [...e.languages],
    startsAt: e.startsAt.toISOString(),
    startsAtTs: epoch(e.startsAt),
    publishedTs: epoch(e.publishedAt ?? e.createdAt),
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

async function companyChanges(db: Db, ids: string[], now: Date, out: DocumentChanges, opts: BuildOptions) {
  const orgs = await loadOrganizations(db, ids);
  const found = new Set(orgs.map((o) => o.id));
  for (const id of ids) {
    if (!found.has(id)) {
      out.deletes.push(`company:${id}`);
      out.orphanedOrganizations.push(id);
    }
  }
  for (const o of orgs) {
    if (isListedCompany(o)) out.upserts.push(companyDocument(o, opts));
    else out.deletes.push(`company:${o.id}`);
  }
  // Listings and events carry the organization's name and place, so they change with it.
  if (orgs.length) {
    const orgIds = orgs.map((o) => o.id);
    listingChanges(await loadListings(db, { organizationId: { in: orgIds } }), [], now, out, opts);
    eventChanges(await loadEvents(db, { organizerId: { in: orgIds } }), [], out, opts);
  }
}

function listingChanges(rows: ListingRow[], missing: string[], now: Date, out: DocumentChanges, opts: BuildOptions) {
  for (const id of missing) out.deletes.push(`offer:${id}`, `request:${id}`);
  for (const l of rows) {
    // The kind can change; the document under the other kind's id must not linger.
    out.deletes.push(listingDocId(l.kind === "OFFER" ? "REQUEST" : "OFFER", l.id));
    if (isListed(l, now)) out.upserts.push(listingDocument(l, opts));
    else out.deletes.push(listingDocId(l.kind, l.id));
  }
}

function eventChanges(rows: EventRow[], missing: string[], out: DocumentChanges, opts: BuildOptions) {
  for (const id of missing) out.deletes.push(`event:${id}`);
  for (const e of rows) {
    if (isListedEvent(e)) out.upserts.push(eventDocument(e, opts));
    else out.deletes.push(`event:${e.id}`);
  }
}

const missingIds = (ids: string[], rows: { id: string }[]) => {
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
};

/** Documents to write and to remove so the index matches the database for these entities. */
export async function buildDocuments(
  db: Db,
  entityType: SearchEntityType,
  entityIds: readonly string[],
  now = new Date(),
  opts: BuildOptions = {},
): Promise<DocumentChanges> {
  const ids = unique(entityIds);
  const out: DocumentChanges = { upserts: [], deletes: [], orphanedOrganizations: [] };
  if (!ids.length) return out;
  if (entityType === "COMPANY") {
    await companyChanges(db, ids, now, out, opts);
  } else if (entityType === "LISTING") {
    const rows = await loadListings(db, { id: { in: ids } });
    listingChanges(rows, missingIds(ids, rows), now, out, opts);
  } else {
    const rows = await loadEvents(db, { id: { in: ids } });
    eventChanges(rows, missingIds(ids, rows), out, opts);
  }
  return normalizeChanges(out);
}

/** One entry per document: an upsert wins over a delete of the same id, later upserts win. */
export function normalizeChanges(changes: DocumentChanges): DocumentChanges {
  const upserts = new Map(changes.upserts.map((d) => [d.id, d]));
  return {
    upserts: [...upserts.values()],
    deletes: unique(changes.deletes).filter((id) => !upserts.has(id)),
    orphanedOrganizations: unique(changes.orphanedOrganizations),
  };
}

/** Every document that belongs in the index, in batches, for a full reindex. */
export async function* allDocuments(db: Db, batchSize = 500, now = new Date()): AsyncGenerator<SearchDocument[]> {
  let cursor: string | undefined;
  for (;;) {
    const orgs: OrganizationRow[] = await db.organization.findMany({
      where: { kind: "COMPANY", status: "PUBLISHED" },
      include: companyInclude,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (!orgs.length) break;
    yield orgs.map((o) => companyDocument(o));
    cursor = orgs[orgs.length - 1].id;
  }
  cursor = undefined;
  for (;;) {
    const rows: ListingRow[] = await db.listing.findMany({
      where: {
        status: "PUBLISHED",
        organization: { kind: "COMPANY", status: "PUBLISHED" },
        OR: [{ validUntil: null }, { validUntil: { gte: now } }],
      },
      include: listingInclude,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (!rows.length) break;
    yield rows.map((l) => listingDocument(l));
    cursor = rows[rows.length - 1].id;
  }
  cursor = undefined;
  for (;;) {
    const rows: EventRow[] = await db.event.findMany({
      where: { status: "PUBLISHED", organizer: { status: { not: "UNPUBLISHED" } } },
      include: eventInclude,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (!rows.length) break;
    yield rows.map((e) => eventDocument(e));
    cursor = rows[rows.length - 1].id;
  }
}
