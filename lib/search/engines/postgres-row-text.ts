// SPDX-License-Identifier: EUPL-1.2
/**
 * A search_documents row as text that PostgreSQL reads with the columns' own input functions:
 * a line of COPY's text format for the full rebuild, and a VALUES tuple of literals for the
 * writes of the outbox (INSERT … ON CONFLICT, inside their transaction).
 *
 * Neither is parsed as JSON in the database. Writing 20,000 rows took 6.9 s from
 * json_to_recordset, about 2.1 s by COPY; a VALUES list is read without JSON too, but each
 * literal is parsed as SQL (docs/performance.md, "Index build").
 */
import type { DocumentRow } from "./postgres-index";

type HashedRow = Omit<DocumentRow, "content_hash" | "facet_group">;

/**
 * Table columns in the order the row texts hold them; content_hash and facet_group come last,
 * so a row's text is hashed without them and completed when the row is written.
 */
export const COLUMNS = [
  "id",
  "type",
  "entity_id",
  "organization_id",
  "name",
  "name_key",
  "title",
  "titles",
  "slug",
  "text_de",
  "text_cs",
  "text_en",
  "text_languages",
  "concept_ids",
  "places",
  "geo_lat",
  "geo_lon",
  "country",
  "region_id",
  "city",
  "industries",
  "certifications",
  "employees",
  "languages",
  "starts_at",
  "starts_at_ts",
  "published_ts",
  "expires_ts",
  "verified",
  "verified_by",
  "terms",
  "name_tsv",
  "title_tsv",
  "tsv",
  "content_hash",
  "facet_group",
] as const;

/** Characters an element of an array's input must escape. */
const ARRAY_SPECIAL = /["\\]/;
/** Characters a lexeme of tsvector's input must escape. */
const LEXEME_SPECIAL = /['\\]/;

const anyMatches = (items: readonly string[], special: RegExp) => items.some((t) => special.test(t));

/**
 * PostgreSQL's array input of a list of texts: {"a","b"}. Words come from the tokenizer and
 * almost never hold a quote or backslash, so the list is joined whole unless one does (joining
 * took half the time of the JSON text this used to be made from).
 */
export function arrayText(items: readonly string[]): string {
  if (!items.length) return "{}";
  if (!anyMatches(items, ARRAY_SPECIAL)) return `{"${items.join('","')}"}`;
  return `{${items.map((t) => `"${t.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

/** tsvector's input of a list of words: 'a' 'b', each quoted so that the parser never splits one. */
function tsvectorText(words: readonly string[]): string {
  if (!words.length) return "";
  if (!anyMatches(words, LEXEME_SPECIAL)) return `'${words.join("' '")}'`;
  return words.map((w) => `'${w.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`).join(" ");
}

interface Encoding {
  /** Between two values. */
  separator: string;
  null: string;
  /** Any text as the encoding writes it. */
  text(value: string): string;
}

/** NUL cannot be stored in a text at all; it is dropped. */
const SQL_SPECIAL = /['\\\0]/;
/**
 * A string as an SQL literal: plain when it holds no quote or backslash, whatever the server's
 * standard_conforming_strings, otherwise an escape string literal.
 */
export function sqlString(text: string): string {
  if (!SQL_SPECIAL.test(text)) return `'${text}'`;
  return `E'${text.replace(/\0/g, "").replace(/['\\]/g, "\\$&")}'`;
}

const COPY_SPECIAL = /[\\\n\r\t\0]/;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "" };
/** A value in COPY's text format: backslash, tab and line breaks escaped. */
export function copyText(text: string): string {
  return COPY_SPECIAL.test(text) ? text.replace(/[\\\n\r\t\0]/g, (c) => COPY_ESCAPES[c]) : text;
}

const SQL: Encoding = { separator: ",", null: "NULL", text: sqlString };
const COPY: Encoding = { separator: "\t", null: "\\N", text: copyText };

function encode(row: HashedRow, e: Encoding): string {
  const text = (v: string | null | undefined) => (v == null ? e.null : e.text(v));
  const number = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? e.null : String(v));
  const json = (v: unknown) => (v == null ? e.null : e.text(JSON.stringify(v)));
  const array = (v: readonly string[]) => e.text(arrayText(v));
  const tsvector = (v: readonly string[]) => e.text(tsvectorText(v));
  return [
    text(row.id),
    text(row.type),
    text(row.entity_id),
    text(row.organization_id),
    text(row.name),
    text(row.name_key),
    text(row.title),
    json(row.titles),
    text(row.slug),
    text(row.text_de),
    text(row.text_cs),
    text(row.text_en),
    array(row.text_languages),
    array(row.concept_ids),
    array(row.places),
    number(row.geo_lat),
    number(row.geo_lon),
    text(row.country),
    text(row.region_id),
    text(row.city),
    array(row.industries),
    array(row.certifications),
    text(row.employees),
    array(row.languages),
    text(row.starts_at),
    number(row.starts_at_ts),
    number(row.published_ts),
    number(row.expires_ts),
    row.verified ? "true" : "false",
    json(row.verified_by),
    array(row.terms),
    tsvector(row.name_words),
    tsvector(row.title_words),
    tsvector(row.index_words),
  ].join(e.separator);
}

/** The row as a line of COPY's text format, up to content_hash (see COLUMNS); what is hashed. */
export const copyLine = (row: HashedRow): string => encode(row, COPY);

/** The whole line for COPY, with the two columns set on writing. */
export const completeCopyLine = (line: string, contentHash: string, facetGroup: number) =>
  `${line}\t${copyText(contentHash)}\t${facetGroup}\n`;

/** COPY of whole lines (completeCopyLine) into a table. */
export const copySql = (table: string) => `COPY ${table} (${COLUMNS.join(", ")}) FROM STDIN`;

/**
 * The row's values as literals up to facet_group, which is known only once the row's group is
 * assigned inside the writing transaction (completeValuesTuple); encoded before it, so the
 * transaction holds the writers' lock for less time.
 */
export const valuesText = (row: Omit<DocumentRow, "facet_group">): string => `${encode(row, SQL)},${sqlString(row.content_hash)}`;

/** A tuple of a VALUES list, with all columns. */
export const completeValuesTuple = (values: string, facetGroup: number): string => `(${values},${facetGroup})`;

/** INSERT … VALUES of tuples (completeValuesTuple), replacing documents with the same id; written in the order given. */
export function upsertRowsSql(table: string, tuples: readonly string[]): string {
  const update = COLUMNS.filter((c) => c !== "id")
    .map((c) => `${c} = excluded.${c}`)
    .concat("indexed_at = now()")
    .join(", ");
  return `INSERT INTO ${table} (${COLUMNS.join(", ")}) VALUES ${tuples.join(",\n")}
    ON CONFLICT (id) DO UPDATE SET ${update}`;
}
