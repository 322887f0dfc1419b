// SPDX-License-Identifier: EUPL-1.2
/**
 * One batch of documents turned into what a full reindex writes: the rows' COPY lines, their facet
 * values and the batch's vocabulary. Made of plain values only, so a worker thread can build it
 * and hand it back (see postgres-build-pool.ts) while the main thread only merges and writes.
 */
import type { BuildOptions } from "../document-builder";
import { documentsOfBatch, type SourceBatch } from "../document-source";
import type { SearchDocument } from "../types";
import type { FacetValues } from "./postgres-facets";
import { documentRow } from "./postgres-index";

export interface BuiltBatch {
  rows: {
    /** The row as a line of COPY's text format without content_hash and facet_group (see copyLine). */
    line: string;
    hash: string;
    signature: string;
    /** Counted in its facet group's documents (it never expires). */
    counted: boolean;
  }[];
  /** Facet values of each signature in the batch. */
  facets: [signature: string, values: FacetValues][];
  /** Each word with the number of the batch's documents that contain it and how the first wrote it, in document order. */
  vocabulary: [term: string, frequency: number, display: string][];
}

/** Documents as this engine reads them: it derives base forms and compound parts itself (documentRow). */
const POSTGRES_DOCUMENTS: BuildOptions = { forms: false };

/** A batch of raw rows from the database built for this engine, in this thread or a worker. */
export const buildSourceBatch = (batch: Pick<SourceBatch, "kind" | "json">): BuiltBatch =>
  buildBatch(documentsOfBatch(batch, POSTGRES_DOCUMENTS));

export function buildBatch(docs: readonly SearchDocument[]): BuiltBatch {
  const facets = new Map<string, FacetValues>();
  const vocabulary = new Map<string, [string, number, string]>();
  // A later copy of a document replaces an earlier one, as in an upsert.
  const built = [...new Map(docs.map((d) => [d.id, d])).values()].map(documentRow);
  const rows = built.map((b) => {
    const { signature, ...values } = b.facets;
    if (!facets.has(signature)) facets.set(signature, values);
    for (const t of b.row.terms) {
      const term = vocabulary.get(t);
      if (term) term[1]++;
      else vocabulary.set(t, [t, 1, b.display(t)]);
    }
    return { line: b.line, hash: b.row.content_hash, signature, counted: b.row.expires_ts === null };
  });
  return { rows, facets: [...facets], vocabulary: [...vocabulary.values()] };
}
