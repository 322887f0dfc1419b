// SPDX-License-Identifier: EUPL-1.2
/**
 * Every known name of a document's place, so "Pilsen", "Plzen" and "Plzeň" all find a company
 * in Plzeň, and "Drážďany" finds one in Dresden.
 */
import { PLACES } from "../geo/places";
import { foldText } from "./normalize";

type Place = (typeof PLACES)[number];

const key = (name: string) =>
  foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

let lookup: Map<string, Place[]> | null = null;

function placesNamed(name: string): Place[] {
  if (!lookup) {
    lookup = new Map();
    for (const p of PLACES) {
      for (const n of new Set([p.de, p.cs, p.en, ...(p.aliases ?? [])])) {
        const k = key(n);
        const list = lookup.get(k) ?? [];
        if (!list.includes(p)) list.push(p);
        lookup.set(k, list);
      }
    }
  }
  return lookup.get(key(name)) ?? [];
}

/** The known place for a city name, preferring one in the given country. */
export function findPlace(city: string, country?: string | null): Place | null {
  const found = placesNamed(city);
  return found.find((p) => p.country === country) ?? found[0] ?? null;
}

function withFolded(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    if (!n?.trim()) continue;
    out.add(n.trim());
    out.add(foldText(n.trim()));
  }
  return [...out];
}

/**
 * Names of the city in all languages plus aliases, each also without diacritics. Unknown cities
 * keep their own name, so nothing the author wrote gets lost. Region names are left out on
 * purpose: "Ústí" should find Ústí nad Labem, not every town in Ústecký kraj (the region is a filter).
 */
export function placeForms(city: string | null | undefined, country?: string | null): string[] {
  if (!city?.trim()) return [];
  const place = findPlace(city, country);
  return withFolded(place ? [city, place.de, place.cs, place.en, ...(place.aliases ?? [])] : [city]);
}
