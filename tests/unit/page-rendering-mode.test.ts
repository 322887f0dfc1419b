// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The locale layout has generateStaticParams, so Next.js may cache any page below it. A page
 * that reads the session, headers or search parameters without saying it renders per request
 * fails at runtime with DYNAMIC_SERVER_USAGE (a 500 for the visitor). Every page therefore
 * states how it renders: itself, or through a layout above it.
 */
const LOCALE_ROOT = path.join(process.cwd(), "app", "[locale]");
const DECLARATION = /export const (dynamic = "force-dynamic"|revalidate = \d+)/;

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

function declares(file: string): boolean {
  return existsSync(file) && DECLARATION.test(readFileSync(file, "utf8"));
}

function renderingDeclared(page: string): boolean {
  if (declares(page)) return true;
  for (let dir = path.dirname(page); dir.startsWith(LOCALE_ROOT) && dir !== LOCALE_ROOT; dir = path.dirname(dir)) {
    if (declares(path.join(dir, "layout.tsx"))) return true;
  }
  return false;
}

// Pages that read nothing of the request and may be cached as they are.
const STATIC_PAGES = new Set(["[...rest]/page.tsx"]);

describe("how each page renders", () => {
  it("every page below the locale says whether it is cached or rendered per request", () => {
    const found = pages(LOCALE_ROOT).map((p) => path.relative(LOCALE_ROOT, p));
    expect(found.length).toBeGreaterThan(40);
    const undeclared = found.filter((p) => !STATIC_PAGES.has(p) && !renderingDeclared(path.join(LOCALE_ROOT, p)));
    expect(undeclared).toEqual([]);
  });
});
