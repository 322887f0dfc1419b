// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { ImportInputError, formatSummary, parseImportFile } from "@/lib/import/import-file";
import { findJsonSyntaxError } from "@/lib/import/json-position";

function inputError(content: string | Uint8Array): string {
  try {
    parseImportFile(content);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportInputError);
    return (e as Error).message;
  }
  throw new Error("expected an ImportInputError");
}

describe("findJsonSyntaxError", () => {
  it.each([
    ['{\n  "companies": [\n    { "name": "A" },\n  ]\n}', 4, 3, '"]"'],
    ['{ "a": 1 "b": 2 }', 1, 10, '"\\""'],
    ['{ "a": "line\nbreak" }', 1, 13, "line break"],
    ["{ 'a': 1 }", 1, 3, "property name"],
    ['{ "a": tru }', 1, 8, "a value"],
    ['{ "a": [1, 2', 1, 13, "end of the file"],
    ['{ "a": 01 }', 1, 9, '"," or "}"'],
    ["[1] [2]", 1, 5, "end of the file after"],
    ['{ "a": "\\x" }', 1, 9, "escape"],
  ])("locates the error in %j", (text, line, column, fragment) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = findJsonSyntaxError(text);
    expect(error).toMatchObject({ line, column });
    expect(error?.message).toContain(fragment);
  });

  it("accepts what JSON.parse accepts", () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', " [] ", '"x"', "0"]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it("reports very deep nesting instead of crashing", () => {
    const text = "[".repeat(200_000);
    expect(findJsonSyntaxError(text)).not.toBeNull();
  });
});

describe("parseImportFile", () => {
  it("returns the companies array and ignores other top-level keys", () => {
    expect(parseImportFile('\uFEFF{ "$schema": "x", "companies": [{ "name": "A" }] }')).toEqual([{ name: "A" }]);
    expect(parseImportFile(new TextEncoder().encode('{"companies": []}'))).toEqual([]);
  });

  it("names line and column of malformed JSON", () => {
    expect(inputError('{\n  "companies": [\n    { "name": "A", }\n  ]\n}')).toMatch(/^invalid JSON at line 3, column 20: /);
  });

  it("rejects the wrong top level", () => {
    expect(inputError('[{ "name": "A" }]')).toMatch(/top level must be an object.*not an array/);
    expect(inputError('{ "firms": [] }')).toMatch(/no "companies" array/);
    expect(inputError('{ "companies": { "a": 1 } }')).toMatch(/"companies" must be an array, not an object/);
    expect(inputError("null")).toMatch(/not null/);
    expect(inputError("   ")).toMatch(/empty/);
  });

  it("rejects bytes that are not UTF-8", () => {
    expect(inputError(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatch(/UTF-8/);
  });
});

describe("formatSummary", () => {
  const summary = {
    total: 60,
    created: 3,
    updated: 1,
    skipped: 56,
    dryRun: false,
    durationMs: 1234,
    issues: Array.from({ length: 56 }, (_, i) => ({
      index: i + 4,
      externalId: i === 0 ? "bad\u001b[31mred" : i === 1 ? undefined : `x-${i}`,
      field: "employees",
      message: "Invalid option",
    })),
  };

  it("prints counts, one line per issue and the number left out", () => {
    const lines = formatSummary(summary, 3);
    expect(lines[0]).toBe("Import finished in 1.2 s: 60 records, 3 created, 1 updated, 56 skipped");
    expect(lines[1]).toBe("56 issues:");
    expect(lines[2]).toBe("  record 4 (bad\uFFFD[31mred) employees: Invalid option");
    expect(lines[3]).toBe("  record 5 (without externalId) employees: Invalid option");
    expect(lines.at(-1)).toBe("  … and 53 more issues");
    expect(lines).toHaveLength(6);
  });

  it("describes a dry run as such", () => {
    expect(formatSummary({ ...summary, dryRun: true, issues: [] })[0]).toMatch(/^Dry run \(nothing saved\).*4 valid, 56 would be skipped$/);
  });
});
