// SPDX-License-Identifier: EUPL-1.2
import type { Db, DbTx } from "../db/prisma";
import { compactRegisterNumber } from "../companies/register-numbers";
import { resolveRegionId } from "../geo/resolve";
import { enqueueSearchUpdates } from "../search/outbox";
import { EMPLOYEE_BAND_TO_DB, type ImportCompanyInput } from "./schema";
import { validateRecords, writeCompanies, type ValidationOptions, type WriteItem } from "./import-companies";

/**
 * An institution's member list, planned before anything is written. Each record is, in order:
 * - the institution's own member with that externalId (a re-import updates it);
 * - a company already on the portal with the same IČO, VAT ID or Handelsregister number, or
 *   with the same name in the same city, listed by another institution or managing its own
 *   profile: it is linked, never created a second time;
 * - else a new company.
 * A company's data is replaced only when it is the institution's own unmanaged listing. Anyone
 * else's data (a company that manages its profile, or one another institution listed) changes
 * only for rows whose differences the staff saw and chose to apply.
 */
export type MatchKind = "externalId" | "ico" | "vatId" | "commercialRegister" | "nameCity";

export type RowIssue = { field: string; message: string };

export type Difference = { field: string; current: string; incoming: string };

export type PlannedMember = {
  index: number;
  line: number;
  data: ImportCompanyInput | null;
  issues: RowIssue[];
  action: "create" | "update" | "link" | "skip";
  companyId: string | null;
  match: { by: MatchKind; name: string; slug: string; managed: boolean } | null;
  /** Where the row would change data that is not the institution's alone; empty otherwise. */
  differences: Difference[];
};

export type MemberPlan = {
  rows: PlannedMember[];
  counts: { total: number; create: number; update: number; link: number; differ: number; failed: number };
};

export type PlanMessages = ValidationOptions & {
  ambiguous: (count: number) => string;
  sameCompany: (line: number) => string;
};

type Candidate = {
  id: string;
  name: string;
  slug: string;
  city: string | null;
  ico: string | null;
  vatId: string | null;
  commercialRegister: string | null;
};

const key = (s: string | null | undefined) => (s ?? "").normalize("NFC").trim().toLowerCase();

async function registerMatches(tx: DbTx | Db, numbers: string[]): Promise<Candidate[]> {
  if (!numbers.length) return [];
  return tx.$queryRaw<Candidate[]>`
    SELECT id, name, slug, city,
           upper(regexp_replace(coalesce(ico, ''), '[\\s./-]', '', 'g')) AS ico,
           upper(regexp_replace(coalesce("vatId", ''), '[\\s./-]', '', 'g')) AS "vatId",
           upper(regexp_replace(coalesce("commercialRegister", ''), '[\\s.,/-]', '', 'g')) AS "commercialRegister"
    FROM "Organization"
    WHERE kind = 'COMPANY'
      AND (upper(regexp_replace(coalesce(ico, ''), '[\\s./-]', '', 'g')) = ANY(${numbers})
        OR upper(regexp_replace(coalesce("vatId", ''), '[\\s./-]', '', 'g')) = ANY(${numbers})
        OR upper(regexp_replace(coalesce("commercialRegister", ''), '[\\s.,/-]', '', 'g')) = ANY(${numbers}))`;
}

async function nameCityMatches(tx: DbTx | Db, names: string[], cities: string[]): Promise<Candidate[]> {
  if (!names.length) return [];
  return tx.$queryRaw<Candidate[]>`
    SELECT o.id, o.name, o.slug, o.city, o.ico, o."vatId", o."commercialRegister"
    FROM "Organization" o
    JOIN unnest(${names}::text[], ${cities}::text[]) AS w(name, city)
      ON lower(trim(o.name)) = w.name AND lower(trim(coalesce(o.city, ''))) = w.city
    WHERE o.kind = 'COMPANY'`;
}

const compactCommercial = (s: string) => s.replace(/[\s.,/-]/g, "").toUpperCase();

/** Checks every record and finds the company each one means; writes nothing. */
export async function planMemberImport(
  tx: DbTx | Db,
  institutionId: string,
  records: readonly { line: number; record: unknown; problems?: RowIssue[] }[],
  messages: PlanMessages,
): Promise<MemberPlan> {
  const { valid, issues } = validateRecords(
    records.map((r) => r.record),
    messages,
  );
  const rows: PlannedMember[] = records.map((r, index) => ({
    index,
    line: r.line,
    data: null,
    issues: [...(r.problems ?? [])],
    action: "skip",
    companyId: null,
    match: null,
    differences: [],
  }));
  for (const issue of issues) rows[issue.index].issues.push({ field: issue.field, message: issue.message });
  for (const v of valid) rows[v.index].data = v.data;
  const candidates = rows.filter((r) => r.data && !r.issues.length);

  const own = await tx.institutionMember.findMany({
    where: { institutionId, externalId: { in: candidates.map((r) => r.data!.externalId) } },
    select: { externalId: true, companyId: true },
  });
  const ownByExternalId = new Map(own.map((m) => [m.externalId!, m.companyId]));
  const numbers = [
    ...new Set(
      candidates.flatMap((r) => [
        r.data!.ico ?? "",
        r.data!.vatId ?? "",
        r.data!.commercialRegister ? compactCommercial(r.data!.commercialRegister) : "",
      ]),
    ),
  ].filter(Boolean);
  const byNumber = await registerMatches(tx, numbers);
  const withCity = candidates.filter((r) => r.data!.city);
  const byName = await nameCityMatches(
    tx,
    withCity.map((r) => key(r.data!.name)),
    withCity.map((r) => key(r.data!.city)),
  );

  const matchedIds = new Set<string>([...own.map((m) => m.companyId), ...byNumber.map((c) => c.id), ...byName.map((c) => c.id)]);
  const companies = await tx.organization.findMany({
    where: { id: { in: [...matchedIds] } },
    include: {
      industries: { select: { industryCode: true } },
      listings: { select: { kind: true, titleDe: true, titleCs: true, titleEn: true } },
      _count: { select: { memberships: true } },
      listedBy: { select: { institutionId: true } },
    },
  });
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const takenBy = new Map<string, number>();

  for (const row of candidates) {
    const data = row.data!;
    let found: { id: string; by: MatchKind } | null = null;
    const ownId = ownByExternalId.get(data.externalId);
    if (ownId) found = { id: ownId, by: "externalId" };
    if (!found) {
      const tests: [MatchKind, (c: Candidate) => boolean][] = [
        ["ico", (c) => Boolean(data.ico) && (c.ico === data.ico || c.vatId === data.ico)],
        ["vatId", (c) => Boolean(data.vatId) && c.vatId === data.vatId],
        ["commercialRegister", (c) => Boolean(data.commercialRegister) && c.commercialRegister === compactCommercial(data.commercialRegister!)],
      ];
      for (const [by, test] of tests) {
        const hits = [...new Set(byNumber.filter(test).map((c) => c.id))];
        if (hits.length === 1) found = { id: hits[0], by };
        else if (hits.length > 1) row.issues.push({ field: by, message: messages.ambiguous(hits.length) });
        if (found || row.issues.length) break;
      }
    }
    if (!found && !row.issues.length && data.city) {
      const hits = byName.filter((c) => key(c.name) === key(data.name) && key(c.city) === key(data.city));
      if (hits.length === 1) found = { id: hits[0].id, by: "nameCity" };
      else if (hits.length > 1) row.issues.push({ field: "name", message: messages.ambiguous(hits.length) });
    }
    if (row.issues.length) continue;
    if (!found) {
      row.action = "create";
      continue;
    }
    const earlier = takenBy.get(found.id);
    if (earlier !== undefined) {
      row.issues.push({ field: "externalId", message: messages.sameCompany(earlier) });
      continue;
    }
    takenBy.set(found.id, row.line);
    const company = companyById.get(found.id)!;
    const managed = company._count.memberships > 0;
    const othersList = company.listedBy.some((l) => l.institutionId !== institutionId);
    row.companyId = company.id;
    row.match = { by: found.by, name: company.name, slug: company.slug, managed };
    if (found.by === "externalId" && !managed && !othersList) row.action = "update";
    else {
      row.action = "link";
      row.differences = differencesOf(company, data);
    }
  }
  const counts = {
    total: rows.length,
    create: rows.filter((r) => r.action === "create").length,
    update: rows.filter((r) => r.action === "update").length,
    link: rows.filter((r) => r.action === "link").length,
    differ: rows.filter((r) => r.differences.length).length,
    failed: rows.filter((r) => r.issues.length).length,
  };
  for (const r of rows) if (r.issues.length) r.action = "skip";
  return { rows, counts };
}

type CompanyForDiff = {
  name: string;
  legalForm: string | null;
  country: string;
  regionId: string | null;
  city: string | null;
  postalCode: string | null;
  street: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  foundedYear: number | null;
  employees: string | null;
  languages: string[];
  certifications: string[];
  ico: string | null;
  vatId: string | null;
  commercialRegister: string | null;
  descriptionDe: string | null;
  descriptionCs: string | null;
  descriptionEn: string | null;
  industries: { industryCode: string }[];
  listings: { kind: string; titleDe: string | null; titleCs: string | null; titleEn: string | null }[];
};

const show = (v: unknown) => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join(", ") : String(v));

/** What an import of this record would change in the company's public profile, field by field. */
export function differencesOf(company: CompanyForDiff, data: ImportCompanyInput): Difference[] {
  const titles = (kind: string, lang: "De" | "Cs" | "En") =>
    company.listings.filter((l) => l.kind === kind).map((l) => l[`title${lang}`] ?? "").filter(Boolean).sort().join(" | ");
  const incomingTitles = (list: ImportCompanyInput["offers"], lang: "de" | "cs" | "en") =>
    (list ?? []).map((l) => l.title[lang] ?? "").filter(Boolean).sort().join(" | ");
  const pairs: [string, unknown, unknown][] = [
    ["name", company.name, data.name],
    ["legalForm", company.legalForm, data.legalForm],
    ["country", company.country, data.country],
    ["region", company.regionId, resolveRegionId(data.region)],
    ["city", company.city, data.city],
    ["postalCode", company.postalCode, data.postalCode],
    ["street", company.street, data.street],
    ["website", company.website, data.website],
    ["email", company.email, data.email],
    ["phone", company.phone, data.phone],
    ["foundedYear", company.foundedYear, data.foundedYear],
    ["employees", company.employees, data.employees ? EMPLOYEE_BAND_TO_DB[data.employees] : null],
    ["languages", [...company.languages].sort(), [...new Set(data.languages ?? [])].sort()],
    ["certifications", [...company.certifications].sort(), [...new Set(data.certifications ?? [])].sort()],
    ["industries", company.industries.map((i) => i.industryCode).sort(), [...new Set(data.industries ?? [])].sort()],
    ["ico", company.ico ? compactRegisterNumber(company.ico) : null, data.ico],
    ["vatId", company.vatId ? compactRegisterNumber(company.vatId) : null, data.vatId],
    ["commercialRegister", company.commercialRegister, data.commercialRegister],
    ["description.de", company.descriptionDe, data.description?.de],
    ["description.cs", company.descriptionCs, data.description?.cs],
    ["description.en", company.descriptionEn, data.description?.en],
    ["offers.de", titles("OFFER", "De"), incomingTitles(data.offers, "de")],
    ["offers.cs", titles("OFFER", "Cs"), incomingTitles(data.offers, "cs")],
    ["offers.en", titles("OFFER", "En"), incomingTitles(data.offers, "en")],
    ["seeks.de", titles("REQUEST", "De"), incomingTitles(data.seeks, "de")],
    ["seeks.cs", titles("REQUEST", "Cs"), incomingTitles(data.seeks, "cs")],
    ["seeks.en", titles("REQUEST", "En"), incomingTitles(data.seeks, "en")],
  ];
  return pairs
    .map(([field, current, incoming]) => ({ field, current: show(current), incoming: show(incoming) }))
    .filter((d) => d.current !== d.incoming);
}

export type WriteResult = { created: number; updated: number; linked: number; overwritten: number; companyIds: string[] };

/**
 * Writes a plan that has no failed rows, inside the caller's transaction. `overwrite` holds the
 * lines whose differences the staff chose to apply; other linked companies keep their data.
 */
export async function writeMemberImport(
  tx: DbTx,
  institutionId: string,
  plan: MemberPlan,
  overwrite: ReadonlySet<number>,
  onProgress?: (done: number, total: number) => Promise<void> | void,
  chunkSize = 500,
): Promise<WriteResult> {
  const rows = plan.rows.filter((r) => r.action !== "skip" && r.data);
  const takenSlugs = new Set((await tx.organization.findMany({ select: { slug: true } })).map((o) => o.slug));
  const result: WriteResult = { created: 0, updated: 0, linked: 0, overwritten: 0, companyIds: [] };
  // Keys may move between companies within the institution (a corrected list); free them first.
  await tx.institutionMember.updateMany({
    where: { institutionId, externalId: { in: rows.map((r) => r.data!.externalId) } },
    data: { externalId: null },
  });
  let done = 0;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const items: (WriteItem & { row: PlannedMember })[] = [];
    for (const row of chunk) {
      const apply = row.action === "create" || row.action === "update" || (row.action === "link" && overwrite.has(row.line) && row.differences.length > 0);
      if (apply) items.push({ index: row.index, data: row.data!, existingId: row.companyId, row });
      else if (row.action === "link") result.linked++;
      if (row.action === "link" && apply) result.overwritten++;
    }
    const written = await writeCompanies(tx, items, takenSlugs, { externalIds: false });
    items.forEach((item, n) => (item.row.companyId = written.ids[n]));
    result.created += written.created;
    result.updated += written.updated - items.filter((it) => it.row.action === "link").length;
    const linkedIds = chunk.filter((r) => r.action === "link").map((r) => r.companyId!);
    // A linked company's search document names the institutions that list it.
    await enqueueSearchUpdates(tx, "COMPANY", linkedIds.filter((id) => !items.some((it) => it.existingId === id)));
    await upsertMembers(tx, institutionId, chunk);
    result.companyIds.push(...chunk.map((r) => r.companyId!));
    done += chunk.length;
    await onProgress?.(done, rows.length);
  }
  return result;
}

async function upsertMembers(tx: DbTx, institutionId: string, rows: readonly PlannedMember[]): Promise<void> {
  if (!rows.length) return;
  // A row without a contact address keeps the one on file: the list may simply lack the column.
  await tx.$executeRaw`
    INSERT INTO "InstitutionMember" (id, "institutionId", "companyId", "externalId", "contactEmail", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, ${institutionId}, m."companyId", m."externalId", m."contactEmail", now(), now()
    FROM unnest(${rows.map((r) => r.companyId!)}::text[], ${rows.map((r) => r.data!.externalId)}::text[],
                ${rows.map((r) => r.data!.contactEmail ?? null)}::text[]) AS m("companyId", "externalId", "contactEmail")
    ON CONFLICT ("institutionId", "companyId") DO UPDATE
      SET "externalId" = EXCLUDED."externalId",
          "contactEmail" = coalesce(EXCLUDED."contactEmail", "InstitutionMember"."contactEmail"),
          "updatedAt" = now()`;
}
