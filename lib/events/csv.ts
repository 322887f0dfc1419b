// SPDX-License-Identifier: EUPL-1.2
/**
 * CSV for spreadsheet users in Germany and Czechia. Excel there expects a semicolon between
 * fields (the comma is the decimal separator) and only reads the file as UTF-8 when it starts
 * with a byte order mark; without it, "Ústí nad Labem" and "Großröhrsdorf" arrive garbled.
 * Lines end in CRLF as RFC 4180 asks.
 */
export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

/**
 * A value that starts like a formula would be run by the spreadsheet ("=HYPERLINK(…)" typed
 * into a company name); a leading apostrophe makes it plain text.
 */
function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutralize(value) : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join("\r\n") + "\r\n";
}

export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
