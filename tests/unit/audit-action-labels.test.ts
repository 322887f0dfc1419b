// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/log";
import { messagesFor } from "@/lib/i18n/translator";
import { routing } from "@/lib/i18n/routing";

/** The audit log viewer names each action in the reader's language (AuditLog.actions in messages/*.json). */
function labelsOf(locale: (typeof routing.locales)[number]): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === "string") flat[prefix] = node;
    else for (const [key, child] of Object.entries(node as object)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  walk((messagesFor(locale).AuditLog as { actions: unknown }).actions, "");
  return flat;
}

describe.each(routing.locales)("audit action labels in %s", (locale) => {
  it("name every action the portal records, and nothing else", () => {
    expect(Object.keys(labelsOf(locale)).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("are words, not the action's code", () => {
    const coded = Object.entries(labelsOf(locale)).filter(([action, label]) => !label.trim() || label === action || /[._]/.test(label));
    expect(coded).toEqual([]);
  });
});

it("are translated, not copied from German", () => {
  const de = labelsOf("de");
  for (const locale of ["cs", "en"] as const) {
    const copied = Object.entries(labelsOf(locale)).filter(([action, label]) => label === de[action]);
    expect(copied, locale).toEqual([]);
  }
});
