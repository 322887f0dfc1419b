// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes to the PostgreSQL engine's tables. Every write transaction first bumps
 * search_state.version: that row lock serialises writers (so the counters below cannot
 * deadlock), and readers see from the version which facet groups changed.
 */
import type { DbTx } from "../../db/prisma";
import type { SearchDocument } from "../types";
import { conceptIdsOfKey, conceptSetKey } from "../concepts";
import { documentRow, type BuiltRow } from "./postgres-index";
import { completeValuesTuple, upsertRowsSql, valuesText } from "./postgres-row-text";

async function nextVersion(tx: DbTx): Promise<string> {
  const [row] = await tx.$queryRawUnsafe<{ version: string }[]>(
    `UPDATE search_state SET version = version + 1 RETURNING version::text AS version`,
  );
  return row.version;
}

function add(map: Map<string | number, number>, key: string | number, delta: number) {
  map.set(key, (map.get(key) ?? 0) + delta);
}

/** Adds or subtracts vocabulary counts; words whose count drops to zero leave the vocabulary. */
async function applyTermDeltas(tx: DbTx, deltas: Map<string | number, number>, displays: Map<string, string>) {
  const changes = [...deltas.entries()].filter(([, d]) => d !== 0).map(([t, d]) => [String(t), d] as const);
  if (!changes.length) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO search_terms AS t (term, frequency, display)
     SELECT term, delta, display FROM jsonb_to_recordset($1::jsonb) AS r(term text, delta int, display text) ORDER BY term
     ON CONFLICT (term) DO UPDATE SET frequency = t.frequency + excluded.frequency`,
    JSON.stringify(changes.map(([term, delta]) => ({ term, delta, display: displays.get(term) ?? term }))),
  );
  const shrunk = changes.filter(([, d]) => d < 0).map(([term]) => term);
  if (shrunk.length) {
    await tx.$executeRawUnsafe(
      `DELETE FROM search_terms WHERE term IN (SELECT jsonb_array_elements_text($1::jsonb)) AND frequency <= 0`,
      JSON.stringify(shrunk),
    );
  }
}

async function applyGroupDeltas(tx: DbTx, deltas: Map<string | number, number>, version: string) {
  const changes = [...deltas.entries()].filter(([, d]) => d !== 0).map(([id, delta]) => ({ id: Number(id), delta }));
  if (!changes.length) return;
  await tx.$executeRawUnsafe(
    `UPDATE search_facet_groups AS g SET documents = g.documents + r.delta, version = $2::bigint
       FROM jsonb_to_recordset($1::jsonb) AS r(id int, delta int) WHERE g.id = r.id`,
    JSON.stringify(changes),
    version,
  );
}

/** Ids of the facet groups of these rows, creating the groups that do not exist yet. */
async function assignGroups(tx: DbTx, built: BuiltRow[], version: string): Promise<void> {
  const bySignature = new Map(built.map((b) => [b.facets.signature, b.facets]));
  await tx.$executeRawUnsafe(
    `INSERT INTO search_facet_groups (signature, type, country, region_id, employees, industries, certifications, languages, version)
     SELECT signature, type, country, region_id, employees, industries, certifications, languages, $2::bigint
       FROM jsonb_to_recordset($1::jsonb) AS r(signature text, type text, country text, region_id text, employees text,
                                              industries text[], certifications text[], languages text[])
      ORDER BY signature
     ON CONFLICT (signature) DO NOTHING`,
    JSON.stringify([...bySignature.values()]),
    version,
  );
  const ids = await tx.$queryRawUnsafe<{ id: number; signature: string }[]>(
    `SELECT id, signature FROM search_facet_groups WHERE signature IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    JSON.stringify([...bySignature.keys()]),
  );
  const idOf = new Map(ids.map((r) => [r.signature, r.id]));
  for (const b of built) b.row.facet_group = idOf.get(b.facets.signature)!;
}

interface StoredCounters {
  terms: string[];
  concept_ids: string[];
  facet_group: number;
  expires_ts: string | null;
}

/**
 * The stored label words of these sets of concepts (conceptSetKey). Rows count for the words their
 * set had when it was first stored, so a row's words are added and later subtracted alike even
 * if the concept dictionary changed in between; a full reindex stores every set afresh.
 */
async function storedConceptSets(tx: DbTx, keys: Iterable<string>): Promise<Map<string, readonly string[]>> {
  const wanted = [...new Set(keys)].filter(Boolean).sort();
  const stored = new Map<string, readonly string[]>();
  if (!wanted.length) return stored;
  const rows = await tx.$queryRawUnsafe<{ concept_ids: string[]; terms: string[] }[]>(
    `SELECT s.concept_ids, s.terms
       FROM jsonb_array_elements($1::jsonb) AS k(ids)
       JOIN search_concept_sets s
         ON s.concept_ids = ARRAY(SELECT e.id FROM jsonb_array_elements_text(k.ids) WITH ORDINALITY AS e(id, n) ORDER BY e.n)`,
    JSON.stringify(wanted.map(conceptIdsOfKey)),
  );
  for (const r of rows) stored.set(conceptSetKey(r.concept_ids), r.terms);
  return stored;
}

/** Stores the sets of these rows that are not stored yet, with their label words as built now. */
async function storeConceptSets(tx: DbTx, built: readonly BuiltRow[], stored: Map<string, readonly string[]>) {
  const added = new Map<string, { ids: string[]; terms: readonly string[] }>();
  for (const b of built) {
    const key = conceptSetKey(b.row.concept_ids);
    if (!b.labels.terms.length || stored.has(key) || added.has(key)) continue;
    added.set(key, { ids: b.row.concept_ids, terms: b.labels.terms });
  }
  if (!added.size) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO search_concept_sets (concept_ids, terms)
     SELECT ARRAY(SELECT e.v FROM jsonb_array_elements_text(r.value->'ids') WITH ORDINALITY AS e(v, n) ORDER BY e.n),
            ARRAY(SELECT e.v FROM jsonb_array_elements_text(r.value->'terms') WITH ORDINALITY AS e(v, n) ORDER BY e.n)
       FROM jsonb_array_elements($1::jsonb) AS r
     ON CONFLICT (concept_ids) DO NOTHING`,
    JSON.stringify([...added.values()]),
  );
  for (const [key, { terms }] of added) stored.set(key, terms);
}

/**
 * The vocabulary words a row counts for: its own words and the stored label words of its set of
 * concepts, each once. A row written before sets were stored apart holds its label words itself.
 */
function countedTerms(row: { terms: readonly string[]; concept_ids: readonly string[] }, sets: Map<string, readonly string[]>) {
  const labels = sets.get(conceptSetKey(row.concept_ids));
  return labels?.length ? new Set([...row.terms, ...labels]) : row.terms;
}

/** Inserts or replaces documents; unchanged documents are left alone. */
export async function upsertDocuments(tx: DbTx, docs: SearchDocument[]): Promise<number> {
  const latest = new Map(docs.map((d) => [d.id, d]));
  const built = [...latest.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map(documentRow);
  // Encoded before the lock on search_state is taken: other writers wait for it.
  const values = new Map(built.map((b) => [b, valuesText(b.row)]));
  const version = await nextVersion(tx);
  const previous = await tx.$queryRawUnsafe<(StoredCounters & { id: string; content_hash: string })[]>(
    `SELECT id, content_hash, terms, concept_ids, facet_group, expires_ts::text AS expires_ts FROM search_documents
      WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY id FOR UPDATE`,
    JSON.stringify(built.map((b) => b.row.id)),
  );
  const before = new Map(previous.map((p) => [p.id, p]));
  const changed = built.filter((b) => before.get(b.row.id)?.content_hash !== b.row.content_hash);
  if (!changed.length) return 0;
  const sets = await storedConceptSets(tx, [
    ...changed.map((b) => conceptSetKey(b.row.concept_ids)),
    ...changed.flatMap((b) => {
      const old = before.get(b.row.id);
      return old ? [conceptSetKey(old.concept_ids)] : [];
    }),
  ]);
  await storeConceptSets(tx, changed, sets);
  await assignGroups(tx, changed, version);
  await tx.$executeRawUnsafe(
    upsertRowsSql("search_documents", changed.map((b) => completeValuesTuple(values.get(b)!, b.row.facet_group))),
  );

  const terms = new Map<string | number, number>();
  const groups = new Map<string | number, number>();
  const displays = new Map<string, string>();
  for (const b of changed) {
    const old = before.get(b.row.id);
    if (old) {
      for (const t of countedTerms(old, sets)) add(terms, t, -1);
      if (old.expires_ts === null) add(groups, old.facet_group, -1);
    }
    for (const t of countedTerms(b.row, sets)) {
      add(terms, t, 1);
      if (!displays.has(t)) displays.set(t, b.display(t));
    }
    if (b.row.expires_ts === null) add(groups, b.row.facet_group, 1);
  }
  await applyGroupDeltas(tx, groups, version);
  await applyTermDeltas(tx, terms, displays);
  return changed.length;
}

/** Removes documents by id or by organization, keeping vocabulary and group counts exact. */
export async function removeDocuments(tx: DbTx, column: "id" | "organization_id", values: string[]): Promise<number> {
  const version = await nextVersion(tx);
  const removed = await tx.$queryRawUnsafe<StoredCounters[]>(
    `DELETE FROM search_documents WHERE ${column} IN (SELECT jsonb_array_elements_text($1::jsonb))
     RETURNING terms, concept_ids, facet_group, expires_ts::text AS expires_ts`,
    JSON.stringify([...new Set(values)].sort()),
  );
  const sets = await storedConceptSets(tx, removed.map((r) => conceptSetKey(r.concept_ids)));
  const terms = new Map<string | number, number>();
  const groups = new Map<string | number, number>();
  for (const r of removed) {
    for (const t of countedTerms(r, sets)) add(terms, t, -1);
    if (r.expires_ts === null) add(groups, r.facet_group, -1);
  }
  await applyGroupDeltas(tx, groups, version);
  await applyTermDeltas(tx, terms, new Map());
  return removed.length;
}
