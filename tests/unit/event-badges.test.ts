// SPDX-License-Identifier: EUPL-1.2
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { badgesPdf } from "@/lib/events/badges";

/** The characters a PDF's fonts map back to text (their ToUnicode tables), as written in the file. */
async function mappedCharacters(bytes: Uint8Array): Promise<{ fonts: string[]; characters: Set<string> }> {
  const pdf = await PDFDocument.load(bytes);
  const fonts: string[] = [];
  const characters = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) {
      const baseFont = (object as { get?: (key: PDFName) => unknown }).get?.(PDFName.of("BaseFont"));
      if (baseFont instanceof PDFName) fonts.push(baseFont.decodeText());
      continue;
    }
    const text = new TextDecoder().decode(decodePDFRawStream(object).decode());
    if (!text.includes("beginbfchar") && !text.includes("beginbfrange")) continue;
    for (const [, hex] of text.matchAll(/<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]{4})>/g)) {
      characters.add(String.fromCharCode(parseInt(hex, 16)));
    }
  }
  return { fonts, characters };
}

describe("event badges", () => {
  it("print Czech names with every accent, in an embedded font", async () => {
    const bytes = await badgesPdf(
      [{ name: "Jiří Dvořák", company: "Strojírna Ústí s.r.o.", code: "ABCD-EFGH-JKLM", eventTitle: "Kooperační burza", date: "18. 3. 2027" }],
      "a6",
      "Badges",
    );
    const { fonts, characters } = await mappedCharacters(bytes);
    expect(fonts.some((name) => name.includes("DejaVuSans"))).toBe(true);
    for (const letter of ["ř", "á", "Ú", "í"]) expect(characters).toContain(letter);
  });
});
