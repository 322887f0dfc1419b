// SPDX-License-Identifier: EUPL-1.2
/**
 * One batch of documents turned into what a full reindex writes: the rows' COPY lines, their facet
 * values and the batch's vocabulary. Made of plain values only, so a worker thread can build it
 * and hand it back (see postgres-build-pool.ts) while the main thread only merges and writes.
 */
import type { BuildOptions } from "../document-builder";
import { documentsIn, type SourceBatch } from "../document-source";
import type { SearchDocument } from "../types";
import type { FacetValues } from "./postgres-facets";
import { conceptSetKey } from "../concepts";
import { documentRow, type BuiltRow } from "./postgres-index";

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
  /**
   * Each word with the number of the batch's documents that contain it and how the first wrote
   * it, in document order. A word that is also a label word of a document's concepts is counted
   * with the document's set of concepts instead (0 here when only such documents wrote it).
   */
  vocabulary: [term: string, frequency: number, display: string][];
  /** Documents per set of concepts (conceptSetKey); each counts for the set's label words. */
  conceptSets: [key: string, documents: number][];
}

/** Documents as this engine reads them: it derives base forms and compound parts itself (documentRow). */
const POSTGRES_DOCUMENTS: BuildOptions = { forms: false };

/** A batch of raw rows from the database built for this engine, in this thread or a worker. */
export function buildSourceBatch(batch: Pick<SourceBatch, "kind" | "json">): BuiltBatch {
  // Row by row: each document and its intermediate words are garbage before the next is read,
  // instead of a whole batch of them surviving (and being copied by) the young generation's
  // collections. Source rows have distinct ids.
  const built = new BatchBuilder();
  for (const doc of documentsIn(batch, POSTGRES_DOCUMENTS)) built.add(documentRow(doc));
  return built.result();
}

export function buildBatch(docs: readonly SearchDocument[]): BuiltBatch {
  const built = new BatchBuilder();
  // A later copy of a document replaces an earlier one, as in an upsert.
  for (const doc of new Map(docs.map((d) => [d.id, d])).values()) built.add(documentRow(doc));
  return built.result();
}

class BatchBuilder {
  private readonly facets = new Map<string, FacetValues>();
  private readonly vocabulary = new Map<string, [string, number, string]>();
  private readonly conceptSets = new Map<string, number>();
  private readonly rows: BuiltBatch["rows"] = [];

  add(b: BuiltRow) {
    const { signature, ...values } = b.facets;
    if (!this.facets.has(signature)) this.facets.set(signature, values);
    const labels = b.labels.displays;
    if (b.labels.terms.length) {
      const key = conceptSetKey(b.row.concept_ids);
      this.conceptSets.set(key, (this.conceptSets.get(key) ?? 0) + 1);
    }
    for (const t of b.row.terms) {
      const term = this.vocabulary.get(t);
      // Counted once, with the set's label words; the author's spelling is still the one shown.
      const viaSet = labels.has(t);
      if (term) {
        if (!viaSet) term[1]++;
      } else this.vocabulary.set(t, [t, viaSet ? 0 : 1, b.display(t)]);
    }
    this.rows.push({ line: b.line, hash: b.row.content_hash, signature, counted: b.row.expires_ts === null });
  }

  result(): BuiltBatch {
    return {
      rows: this.rows,
      facets: [...this.facets],
      vocabulary: [...this.vocabulary.values()],
      conceptSets: [...this.conceptSets],
    };
  }
}
