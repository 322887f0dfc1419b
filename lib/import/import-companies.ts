// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { Db, DbTx } from "../db/prisma";
import { bulkInsert, bulkUpdate, type BulkColumnType } from "../db/bulk-insert";
import { baseSlug, uniqueSlug } from "../companies/slug";
import { resolveRegionId } from "../geo/resolve";
import { enqueueSearchUpdates } from "../search/outbox";
import { KNOWN_INDUSTRY_CODES } from "../taxonomy/sync";
import type { z } from "zod";
import { EMPLOYEE_BAND_TO_DB, importCompanySchema, type ImportCompanyInput, type ImportRuleMessages } from "./schema";

export interface ImportIssue {
  index: number;
  /** The spreadsheet row, for records read from CSV or XLSX. */
  line?: number;
  externalId?: string;
  field: string;
  message: string;
}

export interface ImportSummary {
  total: number;
  created: number;
  updated: number;
  skipped: number;
  /** Institution imports: companies already on the portal that were linked, and how many of them differ from the file. */
  linked?: number;
  differing?: number;
  issues: ImportIssue[];
  dryRun: boolean;
  durationMs: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Spreads publication times so "newest" lists have a stable order (seeding). */
  publishedAt?: (index: number) => Date;
}

export interface ValidRecord {
  index: number;
  data: ImportCompanyInput;
}

export interface ValidationOptions {
  /** Sentences for the format's own rules, in the reader's language. */
  messages?: ImportRuleMessages;
  /** zod's error map for its built-in issues (lengths, types, e-mail), in the reader's language. */
  errorMap?: z.core.$ZodErrorMap;
  duplicate?: (firstIndex: number) => string;
}

function fieldOf(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(record)";
}

export function validateRecords(records: unknown[], options: ValidationOptions = {}): { valid: ValidRecord[]; issues: ImportIssue[] } {
  const schema = importCompanySchema(KNOWN_INDUSTRY_CODES, options.messages);
  const valid: ValidRecord[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const externalId =
      record && typeof record === "object" && typeof (record as { externalId?: unknown }).externalId === "string"
        ? String((record as { externalId: string }).externalId).slice(0, 100)
        : undefined;
    const parsed = schema.safeParse(record, options.errorMap ? { error: options.errorMap } : undefined);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 10)) {
        issues.push({ index, externalId, field: fieldOf(issue.path), message: issue.message });
      }
      return;
    }
    const first = seen.get(parsed.data.externalId);
    if (first !== undefined) {
      issues.push({
        index,
        externalId,
        field: "externalId",
        message: options.duplicate?.(first) ?? `duplicate externalId, already used by record ${first}`,
      });
      return;
    }
    seen.set(parsed.data.externalId, index);
    valid.push({ index, data: parsed.data });
  });
  return { valid, issues };
}

function organizationData(c: ImportCompanyInput) {
  return {
    name: c.name,
    legalForm: c.legalForm ?? null,
    country: c.country,
    regionId: resolveRegionId(c.region),
    city: c.city ?? null,
    postalCode: c.postalCode ?? null,
    street: c.street ?? null,
    website: c.website ?? null,
    email: c.email ?? null,
    phone: c.phone ?? null,
    foundedYear: c.foundedYear ?? null,
    employees: c.employees ? EMPLOYEE_BAND_TO_DB[c.employees] : null,
    languages: [...new Set(c.languages ?? [])],
    certifications: [...new Set(c.certifications ?? [])],
    descriptionDe: c.description?.de ?? null,
    descriptionCs: c.description?.cs ?? null,
    descriptionEn: c.description?.en ?? null,
    ico: c.ico ?? null,
    vatId: c.vatId ?? null,
    commercialRegister: c.commercialRegister ?? null,
  };
}

const ORGANIZATION_COLUMNS = {
  id: "text",
  slug: "text",
  externalId: "text",
  kind: '"OrganizationKind"',
  status: '"PublicationStatus"',
  publishedAt: "timestamp",
  name: "text",
  legalForm: "text",
  country: "text",
  regionId: "text",
  city: "text",
  postalCode: "text",
  street: "text",
  website: "text",
  email: "text",
  phone: "text",
  foundedYear: "int",
  employees: '"EmployeeBand"',
  languages: "text[]",
  certifications: "text[]",
  descriptionDe: "text",
  descriptionCs: "text",
  descriptionEn: "text",
  ico: "text",
  vatId: "text",
  commercialRegister: "text",
  updatedAt: "timestamp",
} as const satisfies Record<string, BulkColumnType>;

// A company keeps its slug, key, kind and first publication date when a re-import updates it.
const UPDATED_COLUMNS = Object.fromEntries(
  Object.entries(ORGANIZATION_COLUMNS).filter(([name]) => !["slug", "externalId", "kind", "publishedAt"].includes(name)),
) as Record<string, BulkColumnType> & { id: "text" };

const LISTING_COLUMNS = {
  id: "text",
  organizationId: "text",
  kind: '"ListingKind"',
  status: '"PublicationStatus"',
  titleDe: "text",
  titleCs: "text",
  titleEn: "text",
  descriptionDe: "text",
  descriptionCs: "text",
  descriptionEn: "text",
  validUntil: "timestamp",
  updatedAt: "timestamp",
} as const satisfies Record<string, BulkColumnType>;

/** One record to write: a new company, or the company it replaces the data of. */
export interface WriteItem extends ValidRecord {
  existingId: string | null;
}

/**
 * Writes companies with their industries, offers and requests. An existing company's data and
 * children are replaced wholesale; the old listings leave the search index through the outbox.
 * `externalIds` says whether new companies carry the record's externalId themselves (the
 * command line's own key) or not (an institution's key lives on its member list).
 */
export async function writeCompanies(
  tx: DbTx,
  items: readonly WriteItem[],
  takenSlugs: Set<string>,
  opts: Pick<ImportOptions, "publishedAt"> & { externalIds?: boolean } = {},
): Promise<{ created: number; updated: number; ids: string[] }> {
  const updatedIds = items.flatMap((i) => (i.existingId ? [i.existingId] : []));
  const oldListings = updatedIds.length
    ? await tx.listing.findMany({ where: { organizationId: { in: updatedIds } }, select: { id: true } })
    : [];
  const orgRows: Prisma.OrganizationCreateManyInput[] = [];
  const industryRows: Prisma.OrganizationIndustryCreateManyInput[] = [];
  const listingRows: Prisma.ListingCreateManyInput[] = [];
  const listingIndustryRows: Prisma.ListingIndustryCreateManyInput[] = [];
  // The replaced listings leave the index through rows of their own; the new ones need none,
  // because a company's change rebuilds every listing it has (buildDocuments).
  const removedListingIds: string[] = oldListings.map((l) => l.id);
  const orgIds: string[] = [];
  const updateRows: Record<string, unknown>[] = [];

  if (updatedIds.length) {
    await tx.listing.deleteMany({ where: { organizationId: { in: updatedIds } } });
    await tx.organizationIndustry.deleteMany({ where: { organizationId: { in: updatedIds } } });
  }
  for (const { index, data, existingId } of items) {
    const id = existingId ?? randomUUID();
    orgIds.push(id);
    const publishedAt = opts.publishedAt?.(index) ?? new Date();
    if (existingId) {
      updateRows.push({ id, ...organizationData(data), status: "PUBLISHED" });
    } else {
      const slug = uniqueSlug(baseSlug(data.name), (s) => takenSlugs.has(s));
      takenSlugs.add(slug);
      orgRows.push({
        id,
        slug,
        externalId: opts.externalIds === false ? null : data.externalId,
        kind: "COMPANY",
        status: "PUBLISHED",
        publishedAt,
        ...organizationData(data),
      });
    }
    for (const code of new Set(data.industries ?? [])) industryRows.push({ organizationId: id, industryCode: code });
    const listings = [
      ...(data.offers ?? []).map((l) => ({ kind: "OFFER" as const, l })),
      ...(data.seeks ?? []).map((l) => ({ kind: "REQUEST" as const, l })),
    ];
    for (const { kind, l } of listings) {
      const listingId = randomUUID();
      listingRows.push({
        id: listingId,
        organizationId: id,
        kind,
        status: "PUBLISHED",
        titleDe: l.title.de ?? null,
        titleCs: l.title.cs ?? null,
        titleEn: l.title.en ?? null,
        descriptionDe: l.description?.de ?? null,
        descriptionCs: l.description?.cs ?? null,
        descriptionEn: l.description?.en ?? null,
        validUntil: l.validUntil ? new Date(`${l.validUntil}T23:59:59Z`) : null,
      });
      for (const code of new Set(l.industries ?? [])) listingIndustryRows.push({ listingId, industryCode: code });
    }
  }
  const now = new Date();
  await bulkUpdate(tx, "Organization", UPDATED_COLUMNS, updateRows.map((r) => ({ ...r, updatedAt: now })));
  await bulkInsert(tx, "Organization", ORGANIZATION_COLUMNS, orgRows.map((r) => ({ ...r, updatedAt: now })));
  await bulkInsert(tx, "OrganizationIndustry", { organizationId: "text", industryCode: "text" }, industryRows);
  await bulkInsert(tx, "Listing", LISTING_COLUMNS, listingRows.map((r) => ({ ...r, updatedAt: now })));
  await bulkInsert(tx, "ListingIndustry", { listingId: "text", industryCode: "text" }, listingIndustryRows);
  await enqueueSearchUpdates(tx, "COMPANY", orgIds);
  await enqueueSearchUpdates(tx, "LISTING", removedListingIds);
  return { created: orgRows.length, updated: updatedIds.length, ids: orgIds };
}

/** The command line's key: a record updates the company that carries its externalId. */
async function writeBatch(
  tx: DbTx,
  batch: ValidRecord[],
  takenSlugs: Set<string>,
  opts: ImportOptions,
): Promise<{ created: number; updated: number }> {
  const existing = await tx.organization.findMany({
    where: { externalId: { in: batch.map((r) => r.data.externalId) } },
    select: { id: true, externalId: true },
  });
  const byExternalId = new Map(existing.map((e) => [e.externalId!, e.id]));
  const items = batch.map((r) => ({ ...r, existingId: byExternalId.get(r.data.externalId) ?? null }));
  const { created, updated } = await writeCompanies(tx, items, takenSlugs, opts);
  return { created, updated };
}

/**
 * Validates every record, then writes the valid ones in transactional batches. A batch that
 * fails as a whole is retried record by record, so one bad row costs only itself.
 */
export async function importCompanies(
  db: Db,
  records: unknown[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const started = Date.now();
  const { valid, issues } = validateRecords(records);
  const summary: ImportSummary = {
    total: records.length,
    created: 0,
    updated: 0,
    skipped: records.length - valid.length,
    issues,
    dryRun: Boolean(opts.dryRun),
    durationMs: 0,
  };
  if (opts.dryRun) {
    opts.onProgress?.(records.length, records.length);
    summary.durationMs = Date.now() - started;
    return summary;
  }
  const takenSlugs = new Set(
    (await db.organization.findMany({ select: { slug: true } })).map((o) => o.slug),
  );
  const batchSize = opts.batchSize ?? 500;
  let done = summary.skipped;
  opts.onProgress?.(done, records.length);
  const run = (batch: ValidRecord[]) =>
    db.$transaction((tx) => writeBatch(tx, batch, takenSlugs, opts), { timeout: 120_000 });
  for (let i = 0; i < valid.length; i += batchSize) {
    const batch = valid.slice(i, i + batchSize);
    try {
      const r = await run(batch);
      summary.created += r.created;
      summary.updated += r.updated;
    } catch {
      for (const record of batch) {
        try {
          const r = await run([record]);
          summary.created += r.created;
          summary.updated += r.updated;
        } catch (e) {
          summary.skipped++;
          summary.issues.push({
            index: record.index,
            externalId: record.data.externalId,
            field: "(record)",
            message: `could not be saved: ${(e as Error).message.split("\n").at(-1)?.slice(0, 200)}`,
          });
        }
      }
    }
    done += batch.length;
    opts.onProgress?.(done, records.length);
  }
  summary.issues.sort((a, b) => a.index - b.index);
  summary.durationMs = Date.now() - started;
  return summary;
}
