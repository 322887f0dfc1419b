// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("README's architecture map", () => {
  it("names every folder under lib/", () => {
    const readme = readFileSync("README.md", "utf8");
    const map = readme.split(/^## Architecture$/m)[1]?.split(/^```$/m)[1] ?? "";
    const listed = [...map.matchAll(/^ {2}([a-z0-9-]+)\/ /gm)].map((m) => m[1]).sort();
    const folders = readdirSync("lib", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders.filter((name) => !listed.includes(name))).toEqual([]);
    // The generated client exists only after `npm run prisma:generate`; every other entry is a real folder.
    expect(listed.filter((name) => !folders.includes(name) && name !== "generated")).toEqual([]);
  });
});
