// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { buildCalendar, calendarFileName, escapeText, foldLine } from "@/lib/calendar/ics";

describe("iCalendar output", () => {
  it("escapes the characters TEXT values reserve", () => {
    expect(escapeText("Tisch 3; Halle A, EG\nBitte pünktlich \\ danke")).toBe("Tisch 3\\; Halle A\\, EG\\nBitte pünktlich \\\\ danke");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"Schůzka s firmou Šťastný ".repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("writes a complete calendar in UTC with CRLF line ends", () => {
    const ics = buildCalendar({
      name: "Meine Gespräche",
      language: "de",
      entries: [
        {
          uid: "meeting-1@example.test",
          start: new Date("2027-03-18T09:00:00Z"),
          end: new Date("2027-03-18T09:20:00Z"),
          stamp: new Date("2027-03-01T12:00:00.123Z"),
          summary: "B2B-Gespräch: Novák, s.r.o.",
          location: "Tisch 4",
        },
      ],
    });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).toContain("DTSTART:20270318T090000Z\r\n");
    expect(ics).toContain("DTSTAMP:20270301T120000Z\r\n");
    expect(ics).toContain("SUMMARY;LANGUAGE=de:B2B-Gespräch: Novák\\, s.r.o.\r\n");
    expect(ics).toContain("STATUS:CONFIRMED");
  });

  describe("file names", () => {
    it("never end in a hyphen when the slug is cut inside a word boundary", () => {
      // The first 60 characters end right after "oberflaeche-".
      const slug = "kooperationsboerse-saechsisch-boehmische-metall-oberflaeche-veredelung-2027";
      expect(slug.slice(0, 60).endsWith("-")).toBe(true);
      expect(calendarFileName(slug)).toBe("kooperationsboerse-saechsisch-boehmische-metall-oberflaeche.ics");
      expect(calendarFileName(slug, "-agenda")).toBe("kooperationsboerse-saechsisch-boehmische-metall-oberflaeche-agenda.ics");
    });

    it("drops characters a header cannot carry and never yields an empty name", () => {
      expect(calendarFileName("-\"quoted\"--event-")).toBe("quoted-event.ics");
      expect(calendarFileName("---")).toBe("event.ics");
    });
  });
});
