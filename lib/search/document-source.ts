// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads everything a full reindex needs with one SQL statement per batch: each batch arrives as
 * one JSON text that PostgreSQL assembles, in the shape Prisma's nested includes in
 * document-builder.ts return. Prisma's includes cost one query per relation and turn every
 * row into objects in this process, which took as long as building the documents. The text can
 * be handed to a worker thread as it is and parsed there (see engines/postgres-build-pool.ts).
 */
import os from "node:os";
import type { Db } from "../db/prisma";
import { companyDocument, eventDocument, listingDocument, type BuildOptions } from "./document-builder";
import type { SearchDocument } from "./types";

export type SourceKind = "company" | "listing" | "event";

export interface SourceBatch {
  kind: SourceKind;
  /** A JSON array of rows; see documentsOfBatch. */
  json: string;
  /** Rows in the batch. */
  size: number;
}

// The columns document-builder.ts reads, as json (text, cheaper to assemble than jsonb). The
// comparison with the Prisma path (tests/integration/search-document-source.test.ts) fails when a
// builder starts to read a column that is missing here.
const columns = (alias: string, names: readonly string[]) => names.map((n) => `'${n}', ${alias}."${n}"`).join(", ");

const industriesOf = (table: string, key: string, owner: string) =>
  `coalesce((SELECT json_agg(json_build_object('industryCode', i."industryCode") ORDER BY i."industryCode")
               FROM "${table}" i WHERE i."${key}" = ${owner}.id), '[]'::json)`;

// As companyInclude: the first institution that vouched and still does.
const verificationsOf = (owner: string) =>
  `coalesce((SELECT json_agg(json_build_object('verifiedAt', v."verifiedAt", 'institution', json_build_object('name', inst.name)))
               FROM (SELECT * FROM "CompanyVerification" cv WHERE cv."companyId" = ${owner}.id AND cv."revokedAt" IS NULL
                     ORDER BY cv."verifiedAt" LIMIT 1) v
               JOIN "Organization" inst ON inst.id = v."institutionId"), '[]'::json)`;

const ORGANIZATION = ["id", "kind", "status", "slug", "name", "country", "regionId", "city", "employees", "languages", "certifications", "publishedAt", "createdAt"];
const DESCRIPTIONS = ["descriptionDe", "descriptionCs", "descriptionEn"];
const LISTING = ["id", "kind", "status", "titleDe", "titleCs", "titleEn", ...DESCRIPTIONS, "publishedAt", "validUntil", "createdAt"];

/** A company as its documents read it: a listing's document never reads the company's descriptions. */
const companyJson = (alias: string, descriptions: boolean) =>
  `json_build_object(${columns(alias, descriptions ? [...ORGANIZATION, ...DESCRIPTIONS] : ORGANIZATION)},
                     'industries', ${industriesOf("OrganizationIndustry", "organizationId", alias)},
                     'verifications', ${verificationsOf(alias)})`;

/** Each statement takes the last id of the previous batch ($1) and the batch size ($2). */
const STATEMENTS: Record<SourceKind, string> = {
  company: `SELECT ${companyJson("o", true)} AS row, o.id
              FROM "Organization" o
             WHERE o.kind = 'COMPANY' AND o.status = 'PUBLISHED' AND o.id > $1
             ORDER BY o.id LIMIT $2`,
  listing: `SELECT json_build_object(${columns("l", LISTING)},
                                     'industries', ${industriesOf("ListingIndustry", "listingId", "l")},
                                     'organization', ${companyJson("o", false)}) AS row, l.id
              FROM "Listing" l JOIN "Organization" o ON o.id = l."organizationId"
             WHERE l.status = 'PUBLISHED' AND o.kind = 'COMPANY' AND o.status = 'PUBLISHED'
               AND (l."validUntil" IS NULL OR l."validUntil" >= $3) AND l.id > $1
             ORDER BY l.id LIMIT $2`,
  // Events are few; the whole row.
  event: `SELECT to_jsonb(e) || jsonb_build_object('organizer', jsonb_build_object('id', o.id, 'name', o.name, 'country', o.country, 'status', o.status)) AS row, e.id
            FROM "Event" e JOIN "Organization" o ON o.id = e."organizerId"
           WHERE e.status = 'PUBLISHED' AND o.status <> 'UNPUBLISHED' AND e.id > $1
           ORDER BY e.id LIMIT $2`,
};

/** Every indexable entity, in batches of raw rows, companies first, then listings, then events. */
export async function* sourceBatches(db: Db, batchSize = 1000, now = new Date()): AsyncGenerator<SourceBatch> {
  for (const kind of ["company", "listing", "event"] as const) {
    let after = "";
    for (;;) {
      // The rows are aggregated into one text, so the client parses one value per batch.
      const [r] = await db.$queryRawUnsafe<{ json: string; n: number; last: string | null }[]>(
        `SELECT coalesce(json_agg(b.row ORDER BY b.id), '[]')::text AS json, count(*)::int AS n, max(b.id) AS last
           FROM (${STATEMENTS[kind].replace("$3", "$3::timestamp(3)")}) b`,
        after,
        batchSize,
        ...(kind === "listing" ? [now] : []),
      );
      if (!r.n) break;
      yield { kind, json: r.json, size: r.n };
      if (r.n < batchSize) break;
      after = r.last!;
    }
  }
}

// Timestamps without a time zone, which Prisma reads as UTC.
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?$/;

/**
 * Date columns are named …At or …Until; everything else stays as JSON gave it. Converted after
 * parsing: JSON.parse with a reviver calls it for every value and parses 3–5 times slower.
 */
function reviveDates(value: object): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === "object") reviveDates(item);
    return;
  }
  const o = value as Record<string, unknown>;
  for (const key in o) {
    const v = o[key];
    if (typeof v === "string") {
      if ((key.endsWith("At") || key.endsWith("Until")) && TIMESTAMP.test(v)) o[key] = new Date(`${v}Z`);
    } else if (v !== null && typeof v === "object") reviveDates(v);
  }
}

const BUILDERS: Record<SourceKind, (row: never, opts: BuildOptions) => SearchDocument> = {
  company: companyDocument,
  listing: listingDocument,
  event: eventDocument,
};

/**
 * The documents of one batch one at a time, the same as the Prisma-loaded path builds: a
 * caller that is done with each before the next keeps only one alive.
 */
export function* documentsIn(batch: Pick<SourceBatch, "kind" | "json">, opts: BuildOptions = {}): Generator<SearchDocument> {
  const rows = JSON.parse(batch.json) as object[];
  const build = BUILDERS[batch.kind];
  for (let i = 0; i < rows.length; i++) {
    reviveDates(rows[i]);
    yield build(rows[i] as never, opts);
    // The raw row is not needed again.
    rows[i] = undefined as never;
  }
}

/** The documents of one batch, the same as the Prisma-loaded path builds. */
export const documentsOfBatch = (batch: Pick<SourceBatch, "kind" | "json">, opts: BuildOptions = {}): SearchDocument[] => [
  ...documentsIn(batch, opts),
];

/**
 * Every document in the database, for a full reindex. Iterated, it gives documents like
 * allDocuments; an engine that builds documents itself reads `source` instead (the raw batches,
 * for its worker threads). A wrapper around it is a plain iterable and gets documents.
 */
export interface DatabaseDocuments extends AsyncIterable<SearchDocument[]> {
  readonly source: {
    batches(): AsyncIterable<SourceBatch>;
    /** Worker threads to build with; 0 builds in this thread. */
    workers?: number;
  };
}

/**
 * Build threads of a full reindex unless the caller asks for some: none, the rows are built in
 * the reindexing thread while the database writes the previous batches. Starting workers costs
 * seconds and a copy of the dictionaries and word tables each, which a small reindex (tests, an
 * installation's first run) does not win back; the bulk jobs ask for bulkBuildThreads().
 */
export const DEFAULT_BUILD_THREADS = 0;

/**
 * Build threads of the bulk jobs (`npm run search:reindex`, the seed's catch-up after a large
 * import): two where there are at least two cores. At 100,000 companies on an idle 2-core
 * machine they rebuilt in 86–92 s instead of 105–114 s, at a peak of about 1.3 GB instead of
 * 0.7 GB (docs/performance.md). `npm run search:reindex -- --threads N` chooses otherwise.
 */
export const bulkBuildThreads = () => (os.availableParallelism() >= 2 ? 2 : 0);

export function databaseDocuments(
  db: Db,
  opts: { batchSize?: number; workers?: number; now?: Date; onProgress?: (documents: number) => void } = {},
): DatabaseDocuments {
  async function* batches(): AsyncGenerator<SourceBatch> {
    let read = 0;
    for await (const batch of sourceBatches(db, opts.batchSize, opts.now)) {
      read += batch.size;
      opts.onProgress?.(read);
      yield batch;
    }
  }
  return {
    source: { batches, workers: opts.workers ?? DEFAULT_BUILD_THREADS },
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield documentsOfBatch(batch);
    },
  };
}

export const isDatabaseDocuments = (docs: AsyncIterable<SearchDocument[]>): docs is DatabaseDocuments =>
  "source" in docs && typeof (docs as DatabaseDocuments).source?.batches === "function";
