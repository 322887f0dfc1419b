// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import { CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";

/** Every `useTranslations(…)` argument in the app's source, with the file it is in. */
function translationCalls(): { file: string; argument: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /\.tsx?$/.test(entry.name) ? [full] : [];
    });
  return ["app", "components", "lib"].flatMap(walk).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/useTranslations\(([^)]*)\)/g)].map((m) => ({ file, argument: m[1].trim() })),
  );
}

const covered = (namespace: string) => CLIENT_NAMESPACES.some((n) => namespace === n || namespace.startsWith(`${n}.`));

describe("messages sent to the browser", () => {
  it("include every namespace a component reads with useTranslations, named as a plain string", () => {
    const calls = translationCalls();
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.filter((c) => !/^"[A-Za-z.]+"$/.test(c.argument))).toEqual([]);
    expect(calls.filter((c) => !covered(c.argument.slice(1, -1)))).toEqual([]);
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
