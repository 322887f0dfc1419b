// SPDX-License-Identifier: EUPL-1.2
/**
 * Full reindex for the PostgreSQL engine: loads fresh copies of search_documents and
 * search_terms without indexes (much faster than maintaining GIN indexes row by row), builds the
 * indexes, then swaps the copies in (and replaces the facet groups) within one short
 * transaction. Searches keep using the old tables until the swap. Callers pause the outbox workers meanwhile (see rebuild.ts), because
 * writes to the old tables would be lost with them.
 */
import os from "node:os";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { connectionUrl, type Db } from "../../db/prisma";
import { allEnded } from "../all-ended";
import type { SearchDocument } from "../types";
import type { FacetValues } from "./postgres-facets";
import { buildBatch, type BuiltBatch } from "./postgres-build";
import { conceptIdsOfKey } from "../concepts";
import { labelWordsOf } from "./postgres-index";
import { arrayText, COLUMNS, completeCopyLine, copySql, copyText } from "./postgres-row-text";

const TABLES = ["search_documents", "search_terms", "search_concept_sets"] as const;
const SUFFIX = "_next";

interface IndexDef {
  table: string;
  name: string;
  definition: string;
}

/** The live tables' secondary indexes, so the copies get exactly the indexes the migrations created. */
async function secondaryIndexes(prisma: Db): Promise<IndexDef[]> {
  return prisma.$queryRawUnsafe<IndexDef[]>(
    `SELECT i.tablename AS "table", i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename IN ('search_documents', 'search_terms')
        AND i.indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype = 'p')
      ORDER BY i.indexname`,
  );
}

function retarget(def: IndexDef): string {
  const from = new RegExp(`^CREATE (UNIQUE )?INDEX ${def.name} ON (\\S+\\.)?${def.table} `);
  if (!from.test(def.definition)) throw new Error(`cannot copy index ${def.name}: ${def.definition}`);
  return def.definition.replace(
    from,
    (_, unique = "", schema = "") => `CREATE ${unique}INDEX ${def.name}${SUFFIX} ON ${schema}${def.table}${SUFFIX} `,
  );
}

/**
 * Columns of search_documents that searches only show, never test: the planner needs no
 * statistics of them, and they are the widest (at 200,000 documents, analysed alone, `terms`
 * took 0.9 s and the texts and titles 0.7 s, the whole table 2.2–2.7 s). They get statistics
 * when autovacuum next analyzes the table.
 */
const SHOWN_ONLY = new Set<string>(["terms", "text_de", "text_cs", "text_en", "titles", "verified_by", "content_hash"]);
const ANALYZED = [...COLUMNS.filter((c) => !SHOWN_ONLY.has(c)), "name_folded"];

/** Built in this thread, for engines fed with documents (the reindex of the search contract). */
export async function* builtBatches(batches: AsyncIterable<SearchDocument[]>): AsyncGenerator<BuiltBatch> {
  for await (const batch of batches) if (batch.length) yield buildBatch(batch);
}

/**
 * Index builds collect and sort in memory up to maintenance_work_mem and spill to disk beyond
 * it. PostgreSQL's default of 64 MB made the GIN index of 40,000 documents build about a fifth
 * slower than with this, and the share that spills grows with the directory. Raised for the
 * index builds of a reindex only, and never lowered where the server allows more.
 */
const INDEX_BUILD_MEMORY = "256MB";

/**
 * Parallel workers PostgreSQL may add to each of the two index-building connections: together
 * they use about the cores there are. With its default of two workers per build, on a 2-core
 * server the GIN index of `tsv` took 3.3 s and the others 4.3 s one after the other (7.6 s);
 * built side by side without workers, all took 6.0 s (docs/performance.md). The database is
 * taken to run on the portal's machine, as the embedded one does; a server's own lower setting
 * is kept.
 */
export const indexBuildWorkers = (cores = os.availableParallelism()) => Math.max(0, Math.floor(cores / 2) - 1);

async function buildIndexes(prisma: Db, statements: string[], workers?: number) {
  await prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(
        `SELECT set_config('maintenance_work_mem', CASE WHEN pg_size_bytes(current_setting('maintenance_work_mem')) < pg_size_bytes($1)
                  THEN $1 ELSE current_setting('maintenance_work_mem') END, true)`,
        INDEX_BUILD_MEMORY,
      );
      if (workers !== undefined) {
        await tx.$queryRawUnsafe(
          `SELECT set_config('max_parallel_maintenance_workers', least($1::int, current_setting('max_parallel_maintenance_workers')::int)::text, true)`,
          workers,
        );
      }
      for (const sql of statements) await tx.$executeRawUnsafe(sql);
    },
    { timeout: 6 * 60 * 60_000, maxWait: 60_000 },
  );
}

/** The GIN index of the document words: the largest build by far, given a connection of its own. */
const isWordIndex = (sql: string) => /\bUSING gin \(tsv\)/.test(sql);

/**
 * Builds the statements on two connections at once, the word index on one and the rest on the
 * other (see indexBuildWorkers). Both have ended when this returns, also when one failed.
 */
async function buildIndexesSideBySide(prisma: Db, statements: string[]) {
  const workers = indexBuildWorkers();
  await allEnded([
    buildIndexes(prisma, statements.filter(isWordIndex), workers),
    buildIndexes(prisma, statements.filter((s) => !isWordIndex(s)), workers),
  ]);
}

/**
 * The copies are created and filled in one transaction on a connection of its own (COPY,
 * which Prisma does not offer), so they can be written frozen (COPY … FREEZE): the first reads of
 * a table written otherwise mark every row as committed, which rewrites each page and, with
 * data checksums, logs each page again in the WAL. With FREEZE the first index build after
 * 60,000 rows took 0.37 s instead of 0.68 s and wrote 0.5 MB of WAL instead of 103 MB
 * (docs/performance.md). One connection writes while the next batches are built.
 */
async function openWriter(prisma: Db): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: connectionUrl(prisma) });
  try {
    await client.connect();
    await client.query("BEGIN");
    for (const table of TABLES) {
      await client.query(`DROP TABLE IF EXISTS ${table}${SUFFIX}`);
      // The live table's storage settings (such as toast_tuple_target, see the migrations),
      // which LIKE does not copy. Autovacuum would keep analyzing the copies while they fill;
      // they are analyzed once, when complete.
      const { rows } = await client.query<{ options: string[] | null }>(
        `SELECT reloptions AS options FROM pg_class WHERE oid = $1::regclass`,
        [table],
      );
      const options = (rows[0]?.options ?? []).filter((o) => !o.startsWith("autovacuum_enabled="));
      await client.query(
        `CREATE TABLE ${table}${SUFFIX} (LIKE ${table} INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING STORAGE)
           WITH (${["autovacuum_enabled = false", ...options].join(", ")})`,
      );
    }
    return client;
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }
}

async function copyInto(client: pg.Client, sql: string, text: string): Promise<void> {
  const stream = client.query(copyFrom(sql));
  stream.end(text);
  // Finished once the server has confirmed the COPY; a rejected row fails it.
  await finished(stream);
}

export async function rebuildTables(
  prisma: Db,
  batches: AsyncIterable<BuiltBatch>,
): Promise<{ indexed: number }> {
  const indexes = await secondaryIndexes(prisma);

  // Facet groups are numbered afresh; search_state.generation tells caches to drop the old ones.
  const groups = new Map<string, FacetValues & { id: number; documents: number }>();
  // Every vocabulary word with the number of documents containing it (a row's terms are distinct)
  // and how the first of them wrote it.
  const vocabulary = new Map<string, { frequency: number; display: string }>();
  // Documents per set of concepts, whose label words they all contain.
  const conceptSets = new Map<string, number>();
  let indexed = 0;
  // Batches are written while the next ones are read and built: the database and the builders
  // then work at the same time instead of taking turns.
  let writing: Promise<void> = Promise.resolve();
  const writer = await openWriter(prisma);
  const copy = `${copySql(`search_documents${SUFFIX}`)} WITH (FREEZE)`;
  // The next batch is asked for before this one is merged, so it is read and built meanwhile.
  const source = batches[Symbol.asyncIterator]();
  let next = source.next();
  try {
    for (;;) {
      const step = await next;
      if (step.done) break;
      next = source.next();
      // Like the writes: a failure surfaces where it is awaited.
      next.catch(() => {});
      const batch = step.value;
      if (!batch.rows.length) continue;
      for (const [signature, values] of batch.facets) {
        if (!groups.has(signature)) groups.set(signature, { ...values, id: groups.size + 1, documents: 0 });
      }
      for (const [term, frequency, display] of batch.vocabulary) {
        const known = vocabulary.get(term);
        if (known) known.frequency += frequency;
        else vocabulary.set(term, { frequency, display });
      }
      for (const [key, documents] of batch.conceptSets) conceptSets.set(key, (conceptSets.get(key) ?? 0) + documents);
      let text = "";
      for (const r of batch.rows) {
        const group = groups.get(r.signature)!;
        if (r.counted) group.documents++;
        text += completeCopyLine(r.line, r.hash, group.id);
      }
      await writing;
      writing = copyInto(writer, copy, text);
      // A failed write is reported where it is awaited, not as an unhandled rejection meanwhile.
      writing.catch(() => {});
      indexed += batch.rows.length;
    }
    await writing;
    // Each set's label words once, counted for all of its documents. A document's own word that
    // is also one of its set's label words was left to this count (see BatchBuilder).
    let sets = "";
    for (const [key, documents] of conceptSets) {
      const ids = conceptIdsOfKey(key);
      const labels = labelWordsOf(ids);
      for (const term of labels.terms) {
        const known = vocabulary.get(term);
        if (known) known.frequency += documents;
        else vocabulary.set(term, { frequency: documents, display: labels.displays.get(term)! });
      }
      sets += `${copyText(arrayText(ids))}\t${copyText(arrayText(labels.terms))}\n`;
    }
    await copyInto(writer, `COPY search_concept_sets${SUFFIX} (concept_ids, terms) FROM STDIN WITH (FREEZE)`, sets);
    // Counted while the documents were built instead of unnesting every row's terms again.
    let terms = "";
    for (const [term, { frequency, display }] of vocabulary) terms += `${copyText(term)}\t${frequency}\t${copyText(display)}\n`;
    await copyInto(writer, `COPY search_terms${SUFFIX} (term, frequency, display) FROM STDIN WITH (FREEZE)`, terms);
    await writer.query("COMMIT");
  } finally {
    // Ends the source (and its worker tasks) when a write failed; the copies are rolled back with
    // their transaction.
    await source.return?.(undefined);
    await writer.end().catch(() => {});
  }

  // Adding a primary key locks its table for everything else, so it comes first.
  await buildIndexes(prisma, [`ALTER TABLE search_documents${SUFFIX} ADD CONSTRAINT search_documents${SUFFIX}_pkey PRIMARY KEY (id)`]);
  await buildIndexesSideBySide(prisma, [
    `ALTER TABLE search_terms${SUFFIX} ADD CONSTRAINT search_terms${SUFFIX}_pkey PRIMARY KEY (term)`,
    `ALTER TABLE search_concept_sets${SUFFIX} ADD CONSTRAINT search_concept_sets${SUFFIX}_pkey PRIMARY KEY (concept_ids)`,
    ...indexes.map(retarget),
  ]);
  for (const table of TABLES) {
    // Vacuumed as usual again once they are the live tables.
    await prisma.$executeRawUnsafe(`ALTER TABLE ${table}${SUFFIX} RESET (autovacuum_enabled)`);
    await prisma.$executeRawUnsafe(`ANALYZE ${table}${SUFFIX}${table === "search_documents" ? ` (${ANALYZED.join(", ")})` : ""}`);
  }

  await prisma.$transaction(async (tx) => {
    // The state row first, as every writer does, so a writer in progress cannot deadlock with the swap.
    const [{ version }] = await tx.$queryRawUnsafe<{ version: string }[]>(
      `UPDATE search_state SET version = version + 1, generation = generation + 1, cell_samples = true, filter_lexemes = true RETURNING version::text AS version`,
    );
    await tx.$executeRawUnsafe(`LOCK TABLE ${TABLES.join(", ")} IN ACCESS EXCLUSIVE MODE`);
    for (const table of TABLES) {
      await tx.$executeRawUnsafe(`DROP TABLE ${table}`);
      await tx.$executeRawUnsafe(`ALTER TABLE ${table}${SUFFIX} RENAME TO ${table}`);
      await tx.$executeRawUnsafe(`ALTER TABLE ${table} RENAME CONSTRAINT ${table}${SUFFIX}_pkey TO ${table}_pkey`);
    }
    for (const def of indexes) await tx.$executeRawUnsafe(`ALTER INDEX ${def.name}${SUFFIX} RENAME TO ${def.name}`);
    await tx.$executeRawUnsafe(`DELETE FROM search_facet_groups`);
    const rows = [...groups.entries()].map(([signature, g]) => ({ signature, ...g }));
    for (let i = 0; i < rows.length; i += 5000) {
      await tx.$executeRawUnsafe(
        `INSERT INTO search_facet_groups (id, signature, type, country, region_id, employees, industries, certifications, languages, documents, version)
         SELECT id, signature, type, country, region_id, employees, industries, certifications, languages, documents, $2::bigint
           FROM jsonb_to_recordset($1::jsonb) AS r(id int, signature text, type text, country text, region_id text, employees text,
                                                  industries text[], certifications text[], languages text[], documents int)`,
        JSON.stringify(rows.slice(i, i + 5000)),
        version,
      );
    }
    await tx.$queryRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('search_facet_groups', 'id'), greatest((SELECT max(id) FROM search_facet_groups), 1))`,
    );
  });
  return { indexed };
}
