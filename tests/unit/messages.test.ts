// SPDX-License-Identifier: EUPL-1.2
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import cs from "../../messages/cs.json";
import en from "../../messages/en.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const files = { de: flatten(de as Tree), cs: flatten(cs as Tree), en: flatten(en as Tree) };
/** Argument names used by an ICU message, including those inside plural/select branches. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if ("value" in el && typeof el.value === "string" && el.type !== TYPE.literal) names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
      if ("children" in el) walk(el.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}

describe("messages", () => {
  it.each(["cs", "en"] as const)("%s has exactly the keys of de", (lang) => {
    const missing = [...files.de.keys()].filter((k) => !files[lang].has(k));
    const extra = [...files[lang].keys()].filter((k) => !files.de.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(["de", "cs", "en"] as const)("%s has no empty values", (lang) => {
    const empty = [...files[lang]].filter(([, v]) => !v.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(["cs", "en"] as const)("%s uses the same placeholders as de", (lang) => {
    const mismatched = [...files.de]
      .filter(([k, v]) => files[lang].has(k) && placeholders(v).join() !== placeholders(files[lang].get(k)!).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it("Czech and German are translations, not copies of the English text", () => {
    // Short labels such as "Online" or "Workshop" are legitimately identical; long sentences are not.
    const copied = [...files.en]
      .filter(([, v]) => v.length > 25)
      .filter(([k, v]) => files.cs.get(k) === v || files.de.get(k) === v)
      .map(([k]) => k);
    expect(copied).toEqual([]);
  });
});
