// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENV_NAMES, parseSettings } from "@/lib/env/schema";

/** Variable names in the first column of README's configuration table. */
function readmeVariables(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? "";
  const names: string[] = [];
  for (const line of section.split("\n")) {
    const firstCell = /^\|([^|]+)\|/.exec(line)?.[1] ?? "";
    for (const match of firstCell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) names.push(match[1]);
  }
  return names;
}

/** Variable names and the values shown for them in .env.example (each commented out). */
function exampleVariables(): Map<string, string> {
  const example = readFileSync(".env.example", "utf8");
  const out = new Map<string, string>();
  for (const line of example.split("\n")) {
    const match = /^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) out.set(match[1], match[2]);
  }
  return out;
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe("configuration documents", () => {
  it("README's table lists exactly the variables the portal reads", () => {
    expect(sorted(readmeVariables())).toEqual(sorted(ENV_NAMES));
  });

  it(".env.example lists exactly the variables the portal reads, each once", () => {
    const example = readFileSync(".env.example", "utf8");
    const lines = example.split("\n").filter((l) => /^#?\s*[A-Z][A-Z0-9_]*=/.test(l));
    expect(lines.length).toBe(ENV_NAMES.length);
    expect(sorted(exampleVariables().keys())).toEqual(sorted(ENV_NAMES));
  });

  it(".env.example shows values the portal accepts", () => {
    // Uncommented as they stand, the example's values must pass validation.
    const values = Object.fromEntries(exampleVariables());
    expect(() => parseSettings(values)).not.toThrow();
  });
});
