// SPDX-License-Identifier: EUPL-1.2
/**
 * The vocabulary words each indexed document counts for, one row per document and word: its own
 * words (`terms`) and the label words of its set of concepts (search_concept_sets), each once.
 * search_terms must count exactly these.
 */
export const COUNTED_TERMS = `SELECT DISTINCT d.id, w.term
    FROM search_documents d
    LEFT JOIN search_concept_sets s ON s.concept_ids = d.concept_ids
    CROSS JOIN LATERAL unnest(d.terms || coalesce(s.terms, '{}')) AS w(term)`;
