// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "./prisma";

/**
 * Inserts many rows with one statement that unnests one array parameter per column.
 * Prisma's createMany binds every value separately, which costs seconds per thousand wide rows;
 * this keeps bulk imports above a thousand companies per second.
 *
 * Column types: "text", "int", "timestamp", "text[]" or the quoted name of an enum type.
 */
export type BulkColumnType = "text" | "int" | "timestamp" | "text[]" | `"${string}"`;

function unnestParts(columns: Record<string, BulkColumnType>, rows: readonly Record<string, unknown>[]) {
  const names = Object.keys(columns);
  const params = names.map((name) => {
    const type = columns[name];
    return rows.map((row) => {
      const value = row[name];
      if (value === null || value === undefined) return null;
      if (type === "text[]") return JSON.stringify(value);
      if (type === "timestamp") return (value as Date).toISOString();
      return value;
    });
  });
  const paramType = (type: BulkColumnType) => (type === "int" ? "int[]" : "text[]");
  const select = names.map((name, i) => {
    const type = columns[name];
    const col = `c${i}`;
    if (type === "text[]") return `COALESCE(ARRAY(SELECT jsonb_array_elements_text(${col}::jsonb)), '{}')`;
    if (type === "timestamp") return `${col}::timestamp(3)`;
    if (type.startsWith('"')) return `${col}::${type}`;
    return col;
  });
  const from =
    `unnest(${names.map((n, i) => `$${i + 1}::${paramType(columns[n])}`).join(", ")}) ` +
    `AS t(${names.map((_, i) => `c${i}`).join(", ")})`;
  return { names, params, select, from };
}

export async function bulkInsert(
  tx: DbTx,
  table: string,
  columns: Record<string, BulkColumnType>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (!rows.length) return;
  const { names, params, select, from } = unnestParts(columns, rows);
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${select.join(", ")} FROM ${from}`;
  await tx.$executeRawUnsafe(sql, ...params);
}

/**
 * Updates many rows by their `id` with one statement, the counterpart of bulkInsert: a re-import
 * of thousands of companies would otherwise send one UPDATE per company.
 */
export async function bulkUpdate(
  tx: DbTx,
  table: string,
  columns: Record<string, BulkColumnType> & { id: "text" },
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (!rows.length) return;
  const { names, params, select, from } = unnestParts(columns, rows);
  const assignments = names.flatMap((n) => (n === "id" ? [] : [`"${n}" = u."${n}"`]));
  const sql =
    `UPDATE "${table}" AS target SET ${assignments.join(", ")} ` +
    `FROM (SELECT ${select.map((expr, i) => `${expr} AS "${names[i]}"`).join(", ")} FROM ${from}) AS u ` +
    `WHERE target.id = u.id`;
  await tx.$executeRawUnsafe(sql, ...params);
}
