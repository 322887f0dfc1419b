/**
 * Full reindex for the PostgreSQL engine: loads fresh copies of search_documents and
 * search_terms without indexes (much faster than maintaining GIN indexes row by row), builds the
 * indexes, then swaps the copies in (and replaces the facet groups) within one short
 * transaction. Searches keep using the old tables until the swap. Callers pause the outbox workers meanwhile (see rebuild.ts), because
 * writes to the old tables would be lost with them.
 */
import type { Db } from "../../db/prisma";
import type { SearchDocument } from "../types";
import type { FacetValues } from "./postgres-facets";
import { documentRow, insertRowsSql } from "./postgres-index";

const TABLES = ["search_documents", "search_terms"] as const;
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

export async function rebuildTables(
  prisma: Db,
  batches: AsyncIterable<SearchDocument[]>,
): Promise<{ indexed: number }> {
  const indexes = await secondaryIndexes(prisma);
  for (const table of TABLES) {
    await prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}${SUFFIX}`);
    await prisma.$executeRawUnsafe(
      `CREATE TABLE ${table}${SUFFIX} (LIKE ${table} INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING STORAGE)`,
    );
  }

  const displays = new Map<string, string>();
  // Facet groups are numbered afresh; search_state.generation tells caches to drop the old ones.
  const groups = new Map<string, FacetValues & { id: number; documents: number }>();
  let indexed = 0;
  for await (const batch of batches) {
    if (!batch.length) continue;
    const built = [...new Map(batch.map((d) => [d.id, d])).values()].map(documentRow);
    for (const b of built) {
      for (const [t, d] of b.displays) if (!displays.has(t)) displays.set(t, d);
      const { signature, ...values } = b.facets;
      let group = groups.get(signature);
      if (!group) groups.set(signature, (group = { ...values, id: groups.size + 1, documents: 0 }));
      if (b.row.expires_ts === null) group.documents++;
      b.row.facet_group = group.id;
    }
    await prisma.$executeRawUnsafe(
      insertRowsSql(`search_documents${SUFFIX}`, "none"),
      JSON.stringify(built.map((b) => b.row)),
    );
    indexed += built.length;
  }

  await prisma.$executeRawUnsafe(
    `ALTER TABLE search_documents${SUFFIX} ADD CONSTRAINT search_documents${SUFFIX}_pkey PRIMARY KEY (id)`,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO search_terms${SUFFIX} (term, frequency, display)
     SELECT t, count(*), t FROM search_documents${SUFFIX}, unnest(terms) AS t GROUP BY t`,
  );
  await prisma.$executeRawUnsafe(
    `ALTER TABLE search_terms${SUFFIX} ADD CONSTRAINT search_terms${SUFFIX}_pkey PRIMARY KEY (term)`,
  );
  const written = [...displays.entries()].filter(([term, display]) => term !== display);
  for (let i = 0; i < written.length; i += 5000) {
    await prisma.$executeRawUnsafe(
      `UPDATE search_terms${SUFFIX} AS s SET display = r.display
         FROM jsonb_to_recordset($1::jsonb) AS r(term text, display text) WHERE s.term = r.term`,
      JSON.stringify(written.slice(i, i + 5000).map(([term, display]) => ({ term, display }))),
    );
  }
  for (const def of indexes) await prisma.$executeRawUnsafe(retarget(def));
  for (const table of TABLES) await prisma.$executeRawUnsafe(`ANALYZE ${table}${SUFFIX}`);

  await prisma.$transaction(async (tx) => {
    // The state row first, as every writer does, so a writer in progress cannot deadlock with the swap.
    const [{ version }] = await tx.$queryRawUnsafe<{ version: string }[]>(
      `UPDATE search_state SET version = version + 1, generation = generation + 1 RETURNING version::text AS version`,
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
