// SPDX-License-Identifier: EUPL-1.2
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../lib/import/table-file";

/** A member list as a Czech chamber exports it: most accents are í, á, é, which both code pages share. */
function czechList(): string {
  const rows = Array.from({ length: 20 }, (_, i) => `hk-${i + 1};Strojírna Liberec ${i + 1} s.r.o.;Liberec;CZ;info${i + 1}@example.cz;interní`);
  return ["Číslo člena;Firma;Město;country;contactEmail;Poznámka", ...rows].join("\r\n");
}

describe("reading a CSV without a byte order mark", () => {
  it("reads a Czech list in Windows-1250 even when shared letters outnumber č, ř and ě", () => {
    const { text, encoding } = decodeText(iconv.encode(czechList(), "windows-1250"));
    expect(encoding).toBe("windows-1250");
    expect(text.split("\r\n")[0]).toBe("Číslo člena;Firma;Město;country;contactEmail;Poznámka");
  });

  it("reads a German list with an odd French or Danish name in Windows-1252", () => {
    const rows = Array.from({ length: 20 }, (_, i) => `m-${i + 1};Bäckerei Müller ${i + 1} GmbH;Görlitz;DE;Straße ${i + 1}`);
    const list = ["Mitgliedsnummer;Firma;Ort;country;Straße", ...rows, "m-21;Crème Café Søren GmbH;Löbau;DE;Hauptstraße 1"].join("\r\n");
    const { text, encoding } = decodeText(iconv.encode(list, "windows-1252"));
    expect(encoding).toBe("windows-1252");
    expect(text).toContain("Crème Café Søren GmbH");
    expect(text).toContain("Bäckerei Müller 1 GmbH");
  });

  it("reads ť as Windows-1250 on its own, a byte Windows-1252 leaves unassigned", () => {
    const { text } = decodeText(iconv.encode("Firma;Město\r\nŤapka s.r.o.;Děčín", "windows-1250"));
    expect(text).toContain("Ťapka s.r.o.;Děčín");
  });

  it("reads UTF-8 with and without a byte order mark", () => {
    const utf8 = Buffer.from(czechList(), "utf8");
    expect(decodeText(utf8).text).toBe(czechList());
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])).text).toBe(czechList());
  });
});
