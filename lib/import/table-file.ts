// SPDX-License-Identifier: EUPL-1.2
import { analyse } from "chardet";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";

/**
 * The shared first step of every import from a spreadsheet: a CSV or XLSX file becomes a header
 * row and rows of text cells, each with the line number a person sees in their spreadsheet.
 * Nothing here knows what the columns mean; callers map them with `columnsOf`. Problems are
 * codes with values, so each caller's UI says them in the user's language.
 */
export const TABLE_MAX_BYTES = 2 * 1024 * 1024;
export const TABLE_MAX_ROWS = 2000;

/** How much one import accepts; a member list is larger than an event's participant list. */
export type TableLimits = { maxBytes: number; maxRows: number };

export type TableFileProblem = "tooLarge" | "tooManyRows" | "empty" | "unsupported" | "unreadable" | "noHeader" | "encoding";

export class TableFileError extends Error {
  constructor(
    readonly problem: TableFileProblem,
    readonly values: Record<string, string | number> = {},
  ) {
    super(problem);
    this.name = "TableFileError";
  }
}

export type CellProblem = { column: string; problem: "formulaWithoutValue" | "errorValue" };

export type TableRow = {
  /** The row's number in the spreadsheet (header = 1). */
  line: number;
  /** Cells by header, as the header was written. */
  cells: Record<string, string>;
  problems: CellProblem[];
};

export type Table = { headers: string[]; rows: TableRow[]; format: "csv" | "xlsx"; encoding?: string };

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readTable(
  file: { name: string; bytes: Uint8Array },
  limits: TableLimits = { maxBytes: TABLE_MAX_BYTES, maxRows: TABLE_MAX_ROWS },
): Promise<Table> {
  if (file.bytes.byteLength > limits.maxBytes) throw new TableFileError("tooLarge", { max: limits.maxBytes / (1024 * 1024) });
  if (!file.bytes.byteLength) throw new TableFileError("empty");
  const isZip = XLSX_MAGIC.every((b, i) => file.bytes[i] === b);
  const extension = file.name.toLowerCase().split(".").pop();
  if (isZip || extension === "xlsx") {
    if (!isZip) throw new TableFileError("unreadable");
    return finish(await readXlsx(file.bytes), limits);
  }
  if (extension && !["csv", "txt", "tsv"].includes(extension)) throw new TableFileError("unsupported");
  return finish(readCsv(file.bytes), limits);
}

/**
 * Text as the file was written: a byte order mark decides; otherwise valid UTF-8 is UTF-8 (text
 * in a single-byte code page almost never is), and the rest is told apart between the Central
 * European (Czech) and Western (German) Windows code pages by their letter statistics.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString("utf8"), encoding: "UTF-8" };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), "utf16le"), encoding: "UTF-16LE" };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), "utf16be"), encoding: "UTF-16BE" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buffer), encoding: "UTF-8" };
  } catch {
    const candidates = analyse(buffer);
    const score = (names: string[]) => Math.max(0, ...candidates.filter((c) => names.includes(c.name)).map((c) => c.confidence));
    const central = score(["windows-1250", "ISO-8859-2"]);
    const western = score(["windows-1252", "ISO-8859-1"]);
    const encoding = looksCzech(buffer) || (central > western && !looksWestern(buffer)) ? "windows-1250" : "windows-1252";
    return { text: iconv.decode(buffer, encoding), encoding };
  }
}

// Control characters other than tab and line breaks never occur in a spreadsheet's text; they
// mean binary data or an encoding (UTF-16 without a byte order mark, EBCDIC …) we cannot read.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

// Bytes that are č ř ě ů ť ď ň (and capitals) in Windows-1250 but è ø ì ù ï ò or unused in
// Windows-1252. Umlauts, ß, á, é, í, š and ž sit on the same bytes in both, so they decide nothing.
const CZECH_ONLY = new Set([0xe8, 0xf8, 0xec, 0xf9, 0x9d, 0xef, 0xf2, 0xc8, 0xd8, 0xcc, 0xd9, 0x8d, 0xcf, 0xd2]);
// ť and Ť: bytes Windows-1252 leaves unassigned, so they mean Windows-1250 on their own.
const UNASSIGNED_IN_WESTERN = new Set([0x8d, 0x9d]);
// Bytes that are Western letters in Windows-1252 (à ã å æ ê ñ õ û …) but Polish, Hungarian or
// Slovak letters in Windows-1250 that a Czech or German list hardly ever holds.
const WESTERN_ONLY = new Set([0xe0, 0xe3, 0xe5, 0xe6, 0xea, 0xf1, 0xf5, 0xfb, 0xc0, 0xc3, 0xc5, 0xc6, 0xca, 0xd1, 0xd5, 0xdb]);

/**
 * Letter statistics need more text than a short member list has; a list of a few Czech names
 * reads as Western European to them. The shared letters (í, á, é, š, ž, umlauts) can make up
 * most of a Czech file, so what decides is how the bytes that differ read: Czech lists are full
 * of č, ř and ě, while a German list holds an odd "Crème" or "Søren" among many umlauts.
 */
export function looksCzech(bytes: Uint8Array): boolean {
  let high = 0;
  let czech = 0;
  let western = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    if (UNASSIGNED_IN_WESTERN.has(byte)) return true;
    high++;
    if (CZECH_ONLY.has(byte)) czech++;
    else if (WESTERN_ONLY.has(byte)) western++;
  }
  return czech > western && czech / high >= 0.03;
}

/** A file with Western-only letters and no Czech-only one reads as Windows-1252, whatever the statistics say. */
function looksWestern(bytes: Uint8Array): boolean {
  let western = false;
  for (const byte of bytes) {
    if (CZECH_ONLY.has(byte) || UNASSIGNED_IN_WESTERN.has(byte)) return false;
    if (WESTERN_ONLY.has(byte)) western = true;
  }
  return western;
}

function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  if (NOT_TEXT.test(text)) throw new TableFileError("encoding");
  const parsed = Papa.parse<string[]>(text, { delimiter: separatorOf(text), skipEmptyLines: false });
  const lines = parsed.data;
  const headerIndex = lines.findIndex((cells) => cells.some((c) => c.trim()));
  if (headerIndex < 0) throw new TableFileError("empty");
  const headers = lines[headerIndex].map((h) => h.trim());
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i];
    if (!cells.some((c) => c.trim())) continue;
    rows.push({ line: i + 1, cells: byHeader(headers, cells.map((c) => c.trim())), problems: [] });
  }
  return { headers, rows, format: "csv", encoding };
}

/**
 * The separator is the one of `,` `;` tab that the header line uses most: German and Czech
 * spreadsheet programs write `;`, others `,`, and copies out of a table tab. The header decides
 * because data cells ("Sklo, s.r.o.") may hold any of them.
 */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n/).find((l) => l.trim()) ?? "";
  const count = (sep: string) => header.split(sep).length - 1;
  return [";", "\t", ","].reduce((best, sep) => (count(sep) > count(best) ? sep : best), ",");
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new TableFileError("unreadable");
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new TableFileError("empty");
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    const problems: CellProblem[] = [];
    for (let col = 1; col <= width; col++) {
      const read = cellText(row.getCell(col));
      values.push(read.text);
      if (read.problem && headers) problems.push({ column: headers[col - 1] || String(col), problem: read.problem });
    }
    if (!values.some((v) => v) && !problems.length) return;
    if (!headers) {
      headers = values;
      return;
    }
    rows.push({ line, cells: byHeader(headers, values), problems });
  });
  if (!headers) throw new TableFileError("empty");
  return { headers, rows, format: "xlsx" };
}

/**
 * A cell as text. A formula counts with the value the spreadsheet last computed and stored;
 * one saved without that value (written by a program, never opened in a spreadsheet) is refused
 * rather than guessed. Merged cells read as their top-left cell, so a company name merged over
 * the rows of its two people belongs to both.
 */
function cellText(cell: ExcelJS.Cell): { text: string; problem?: CellProblem["problem"] } {
  const source = cell.isMerged ? cell.master : cell;
  const value = source.value;
  if (value === null || value === undefined) return { text: "" };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return { text: "", problem: "formulaWithoutValue" };
      if (typeof result === "object" && "error" in result) return { text: "", problem: "errorValue" };
      return { text: result instanceof Date ? result.toISOString().slice(0, 10) : String(result).trim() };
    }
    if ("richText" in value) return { text: value.richText.map((r) => r.text).join("").trim() };
    if ("error" in value) return { text: "", problem: "errorValue" };
    if ("text" in value) return { text: String(value.text).trim() };
  }
  return { text: String(value).trim() };
}

function byHeader(headers: readonly string[], values: readonly string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  headers.forEach((h, i) => {
    if (h && !(h in cells)) cells[h] = values[i] ?? "";
  });
  return cells;
}

function finish(table: Table, limits: TableLimits): Table {
  if (!table.headers.some((h) => h)) throw new TableFileError("noHeader");
  if (table.rows.length > limits.maxRows) throw new TableFileError("tooManyRows", { max: limits.maxRows });
  return table;
}

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/**
 * Finds each wanted column by any of its names in the three languages, ignoring case, accents
 * and punctuation ("IČO", "ico", "I.C.O."). Returns the header found per key and the required
 * keys with no column.
 */
export function columnsOf<K extends string>(
  headers: readonly string[],
  wanted: Record<K, { names: readonly string[]; required?: boolean }>,
): { found: Partial<Record<K, string>>; missing: K[] } {
  const found: Partial<Record<K, string>> = {};
  const missing: K[] = [];
  for (const key of Object.keys(wanted) as K[]) {
    const names = new Set(wanted[key].names.map(fold));
    const header = headers.find((h) => names.has(fold(h)));
    if (header) found[key] = header;
    else if (wanted[key].required) missing.push(key);
  }
  return { found, missing };
}
