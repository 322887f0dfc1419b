// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/events/csv";

describe("CSV cells", () => {
  it("quotes separators and quotes, and defuses formulas", () => {
    expect(csvCell("Novák; syn")).toBe('"Novák; syn"');
    expect(csvCell('Glas "fein"')).toBe('"Glas ""fein"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell(5)).toBe("5");
    expect(csvCell(null)).toBe("");
    expect(toCsv(["a", "b"], [["x", "y"]])).toBe("\uFEFFa;b\r\nx;y\r\n");
  });
});
