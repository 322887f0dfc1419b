// SPDX-License-Identifier: EUPL-1.2
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import cs from "../../messages/cs.json";
import en from "../../messages/en.json";

type Tree = { [key: string]: string | Tree };
type Locale = "de" | "cs" | "en";
type Value = string | number | Date;

const catalogs: Record<Locale, Tree> = { de: de as Tree, cs: cs as Tree, en: en as Tree };

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

/**
 * Arguments that hold a number of things. Written bare in front of a noun they produce
 * "1 vereinbarte Gespräche"; they belong in a plural rule instead.
 */
const COUNTS = new Set([
  "count", "min", "max", "minutes", "hours", "days", "taken", "capacity", "pending", "accepted",
  "placed", "slots", "tables", "limit", "published", "remaining", "kept", "unscheduled",
]);
/** Arguments that carry a company's or person's name, which may end in a full stop ("s.r.o."). */
const NAMES = new Set([
  "company", "companies", "name", "organization", "recipientCompany", "reported", "reporter", "inviter",
  "author", "person", "pair",
]);
/**
 * Words that may follow a bare number without a counted noun: "3 von 10 Zeichen", "Page 2 of 5",
 * "davon 4 mit Termin", "mindestens 3 sein", units such as "MB".
 */
const CONNECTORS = new Set(["von", "of", "z", "ze", "aus", "mit", "zu", "sein", "gehen", "weitere", "more", "mb"]);

interface Argument {
  kind: "plain" | "number" | "plural" | "select" | "date";
  options: string[];
}

function collectArguments(elements: MessageFormatElement[], into = new Map<string, Argument>()) {
  for (const el of elements) {
    if (el.type === TYPE.argument && !into.has(el.value)) into.set(el.value, { kind: "plain", options: [] });
    if (el.type === TYPE.number) into.set(el.value, { kind: "number", options: [] });
    if (el.type === TYPE.date || el.type === TYPE.time) into.set(el.value, { kind: "date", options: [] });
    if (el.type === TYPE.plural) into.set(el.value, { kind: "plural", options: Object.keys(el.options) });
    if (el.type === TYPE.select) into.set(el.value, { kind: "select", options: Object.keys(el.options) });
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) collectArguments(option.value, into);
    }
    if (el.type === TYPE.tag) collectArguments(el.children, into);
  }
  return into;
}

/** Every plural element with the categories it offers (exact "=n" matches left out). */
function pluralElements(elements: MessageFormatElement[], out: { name: string; categories: string[] }[] = []) {
  for (const el of elements) {
    if (el.type === TYPE.plural && el.pluralType !== "ordinal") {
      out.push({ name: el.value, categories: Object.keys(el.options).filter((k) => !k.startsWith("=")) });
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) pluralElements(option.value, out);
    }
    if (el.type === TYPE.tag) pluralElements(el.children, out);
  }
  return out;
}

/** Bare count arguments directly followed by a word other than a connector. */
function barePluralCandidates(elements: MessageFormatElement[], out: string[] = []) {
  elements.forEach((el, i) => {
    const next = elements[i + 1];
    if (el.type === TYPE.argument && COUNTS.has(el.value) && next?.type === TYPE.literal) {
      const word = /^\s+(\p{L}+)/u.exec(next.value)?.[1];
      if (word && !CONNECTORS.has(word.toLowerCase())) out.push(`{${el.value}} ${word}`);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) barePluralCandidates(option.value, out);
    }
    if (el.type === TYPE.tag) barePluralCandidates(el.children, out);
  });
  return out;
}

/** Value sets that reach every branch: each select option and numbers for each plural category. */
function sampleValues(args: Map<string, Argument>): Record<string, Value>[] {
  const base: Record<string, Value> = {};
  for (const [name, arg] of args) {
    if (arg.kind === "date") base[name] = new Date("2027-03-18T09:30:00Z");
    else if (arg.kind === "number" || arg.kind === "plural" || COUNTS.has(name)) base[name] = 3;
    else if (arg.kind === "select") base[name] = arg.options.find((o) => o !== "other") ?? "other";
    else if (NAMES.has(name)) base[name] = "Lakovna Hrádek s.r.o.";
    else base[name] = `${name}-wert`;
  }
  const samples = [base];
  for (const [name, arg] of args) {
    if (arg.kind === "plural") for (const n of [0, 1, 2, 5, 1.5, 21]) samples.push({ ...base, [name]: n });
    if (arg.kind === "select") for (const option of arg.options) samples.push({ ...base, [name]: option });
  }
  return samples;
}

const tags = { link: (chunks: unknown) => chunks, policy: (chunks: unknown) => chunks };

describe.each(["de", "cs", "en"] as const)("every %s message", (locale) => {
  const messages = flatten(catalogs[locale]);
  const requiredCategories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it("formats with sample values for all its arguments, without errors", () => {
    const errors: string[] = [];
    const t = createTranslator({
      locale,
      messages: catalogs[locale],
      timeZone: "Europe/Berlin",
      onError: (error) => errors.push(error.message),
    });
    for (const [key, message] of messages) {
      const ast = parse(message, { ignoreTag: false });
      const hasTags = message.includes("<");
      for (const values of sampleValues(collectArguments(ast))) {
        const output = hasTags
          ? String(t.markup(key as never, { ...values, ...tags } as never))
          : t(key as never, values as never);
        expect(output, key).not.toBe(key);
        expect(output, `${key} with ${JSON.stringify(values)}`).not.toMatch(/\.\./);
        expect(output, key).not.toMatch(/[{}]/);
      }
    }
    expect(errors).toEqual([]);
  });

  it(`has plural rules with the categories ${locale} needs`, () => {
    const incomplete = messages.flatMap(([key, message]) =>
      pluralElements(parse(message, { ignoreTag: true }))
        .filter((p) => requiredCategories.some((c) => !p.categories.includes(c)))
        .map((p) => `${key} {${p.name}}: ${p.categories.join(" ")}`),
    );
    expect(incomplete).toEqual([]);
  });

  it("puts counts before nouns only through plural rules", () => {
    const bare = messages.flatMap(([key, message]) =>
      barePluralCandidates(parse(message, { ignoreTag: true })).map((found) => `${key}: ${found}`),
    );
    expect(bare).toEqual([]);
  });
});
