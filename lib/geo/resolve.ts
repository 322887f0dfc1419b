// SPDX-License-Identifier: EUPL-1.2
import { REGIONS } from "./places";

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const lookup = new Map<string, string>();
for (const r of REGIONS) {
  for (const name of [r.id, r.de, r.cs, r.en]) lookup.set(fold(name), r.id);
}

/** Accepts a region id or its name in any language ("Ústecký kraj", "Landkreis Görlitz"). */
export function resolveRegionId(value: string | undefined | null): string | null {
  if (!value) return null;
  return lookup.get(fold(value)) ?? null;
}
