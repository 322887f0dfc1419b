// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes iCalendar files (RFC 5545) for "add to calendar" downloads. Times are written in UTC,
 * which every calendar converts to the reader's zone, so no VTIMEZONE block is needed.
 */
export interface CalendarEntry {
  uid: string;
  start: Date;
  end: Date;
  /** When the entry last changed; calendars use it to pick the newer copy. */
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
}

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** TEXT values escape backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets continue on the next line after a space, never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75; // a continuation line starts with one space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function buildCalendar(options: { name: string; language: string; entries: readonly CalendarEntry[] }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Grenzpartner//Events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const e of options.entries) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${utc(e.stamp)}`,
      `DTSTART:${utc(e.start)}`,
      `DTEND:${utc(e.end)}`,
      `SUMMARY;LANGUAGE=${options.language}:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION;LANGUAGE=${options.language}:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push(`STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/**
 * A file name that every browser and mail client accepts. Cutting a slug at a fixed length can
 * land right after a hyphen, so separators left at either end are trimmed after the cut.
 */
export function calendarFileName(slug: string, suffix = ""): string {
  const base = slug
    .replace(/[^a-z0-9-]/gi, "")
    .slice(0, 60)
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base || "event"}${suffix}.ics`;
}
