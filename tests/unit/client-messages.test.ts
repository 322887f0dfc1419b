// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import { CLIENT_NAMESPACES, clientMessages, PUBLIC_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

/** Every `useTranslations(…)` argument in the given files (all of the app's source by default). */
function translationCalls(files = ["app", "components", "lib"].flatMap(walk)): { file: string; argument: string }[] {
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/useTranslations\(([^)]*)\)/g)].map((m) => ({ file, argument: m[1].trim() })),
  );
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile(),
  );
}

/** The given files and every project file they import, directly or not. */
function imported(entries: string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const target = resolveImport(file, m[1] ?? m[2]);
      if (target) pending.push(target);
    }
  }
  return [...seen];
}

const LOCALE_DIR = path.join("app", "[locale]");

/**
 * Route groups whose layout hands their pages every client namespace. Their layouts' own
 * navigation is still rendered with the public set, so the layout files count as public.
 */
function signedInGroups(): string[] {
  return readdirSync(LOCALE_DIR).filter((name) => {
    const layout = path.join(LOCALE_DIR, name, "layout.tsx");
    return existsSync(layout) && /<SignedInMessages>/.test(readFileSync(layout, "utf8"));
  });
}

/** Every file a page outside the signed-in areas (or the layout around all pages) imports. */
function publicFiles(): string[] {
  const groups = signedInGroups();
  const entries = walk(LOCALE_DIR).filter((file) => {
    const [group, ...rest] = path.relative(LOCALE_DIR, file).split(path.sep);
    return !groups.includes(group) || (rest.length === 1 && rest[0] === "layout.tsx");
  });
  return imported(entries);
}

const coveredBy = (list: readonly string[]) => (namespace: string) =>
  list.some((n) => namespace === n || namespace.startsWith(`${n}.`));
const covered = coveredBy(CLIENT_NAMESPACES);

describe("messages sent to the browser", () => {
  it("include every namespace a component reads with useTranslations, named as a plain string", () => {
    const calls = translationCalls();
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.filter((c) => !/^"[A-Za-z.]+"$/.test(c.argument))).toEqual([]);
    expect(calls.filter((c) => !covered(c.argument.slice(1, -1)))).toEqual([]);
  });

  it("give the public pages every namespace their components read, and the signed-in areas' only there", () => {
    expect(signedInGroups().sort()).toEqual(["(account)", "(admin)", "(auth)", "(organizer)"]);
    const files = publicFiles();
    expect(files).toContain(path.join("components", "search", "live-search-form.tsx"));
    expect(files).not.toContain(path.join("components", "company-editor", "company-editor.tsx"));
    const calls = translationCalls(files);
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.filter((c) => !coveredBy(PUBLIC_CLIENT_NAMESPACES)(c.argument.slice(1, -1)))).toEqual([]);
    // A namespace only signed-in pages read stays out of the public pages' payload.
    expect(PUBLIC_CLIENT_NAMESPACES).not.toContain("CompanyEditor");
    const publicMessages = clientMessages(de, PUBLIC_CLIENT_NAMESPACES);
    expect(publicMessages).toHaveProperty("Search");
    expect(publicMessages).not.toHaveProperty("CompanyEditor");
    expect(publicMessages).not.toHaveProperty("MemberImport");
    expect(JSON.stringify(publicMessages).length).toBeLessThan(JSON.stringify(clientMessages(de)).length * 0.5);
  });

  it("name namespaces that exist, and leave the pages' server-only texts out", () => {
    const messages = clientMessages(de);
    for (const namespace of CLIENT_NAMESPACES) {
      expect(namespace.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages), namespace).toBeDefined();
    }
    expect(messages).not.toHaveProperty("PrivacyPolicy");
    expect(messages).toHaveProperty("Claims.profile.claimButton", de.Claims.profile.claimButton);
    expect(messages).not.toHaveProperty("Claims.mail");
    expect(JSON.stringify(messages).length).toBeLessThan(JSON.stringify(de).length * 0.7);
  });
});
