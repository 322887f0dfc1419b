// SPDX-License-Identifier: EUPL-1.2
/**
 * The places of Saxony and the Czech border regions with coordinates (lib/geo/data/gazetteer.json,
 * built by scripts/build-gazetteer.ts), looked up by any of their names regardless of case and
 * diacritics: "Plzen", "Pilsen" and "Plzeň" are one place.
 */
import data from "./data/gazetteer.json";
import { foldText } from "../search/normalize";

export interface GazetteerPlace {
  /** The name in the country's own language. */
  name: string;
  country: string;
  regionId: string | null;
  lat: number;
  lon: number;
  /** Every name of the place, the own name first. */
  names: string[];
  /** Named in lib/geo/places.ts: a town people know, preferred over villages of the same name. */
  known: boolean;
}

type Row = [string, string, string | null, number, number, string[]?];

/** Folded words of a name separated by single spaces: "Ústí nad Labem" → "usti nad labem". */
export function placeKey(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Index {
  places: GazetteerPlace[];
  byKey: Map<string, GazetteerPlace[]>;
  /** Most words any name has, so lookups of word sequences know when to stop. */
  maxWords: number;
}

let index: Index | null = null;

function load(): Index {
  if (index) return index;
  const places = (data.places as Row[]).map(([name, country, regionId, lat, lon, other]) => ({
    name,
    country,
    regionId,
    lat,
    lon,
    names: [name, ...(other ?? [])],
    known: Boolean(other?.length),
  }));
  const byKey = new Map<string, GazetteerPlace[]>();
  let maxWords = 1;
  for (const p of places) {
    for (const n of new Set(p.names.map(placeKey))) {
      if (!n) continue;
      const list = byKey.get(n) ?? [];
      list.push(p);
      byKey.set(n, list);
      maxWords = Math.max(maxWords, n.split(" ").length);
    }
  }
  // Known towns before villages of the same name, then the larger (first listed) one.
  for (const list of byKey.values()) list.sort((a, b) => Number(b.known) - Number(a.known));
  index = { places, byKey, maxWords };
  return index;
}

/** Places with this name (folded key or any spelling), known towns first. */
export function placesNamed(name: string): readonly GazetteerPlace[] {
  return load().byKey.get(placeKey(name)) ?? [];
}

/** Every folded name the gazetteer answers to. */
export function placeNameKeys(): IterableIterator<string> {
  return load().byKey.keys();
}

export function maxPlaceWords(): number {
  return load().maxWords;
}

/**
 * The place a company's or event's city stands for: one in its region if there is one, else in
 * its country. Null for cities the gazetteer does not know.
 */
export function locateCity(
  city: string | null | undefined,
  country?: string | null,
  regionId?: string | null,
): GazetteerPlace | null {
  if (!city?.trim()) return null;
  let found = placesNamed(city);
  // "Zittau-Hirschfelde", "Dresden-Neustadt", "Klingenthal/Sachsen": the town before the quarter.
  if (!found.length) {
    const town = city.split(/[/,(]|\s-\s|-(?=\p{Lu})/u)[0];
    if (town !== city) found = placesNamed(town);
  }
  if (!found.length) return null;
  return (
    found.find((p) => regionId && p.regionId === regionId) ??
    found.find((p) => country && p.country === country) ??
    (country ? null : found[0])
  );
}

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Latitude and longitude bounds of a circle, for index-friendly prefilters. */
export function boundingBox(center: { lat: number; lon: number }, radiusKm: number) {
  const dLat = radiusKm / 111.32;
  const dLon = radiusKm / (111.32 * Math.max(0.01, Math.cos(rad(center.lat))));
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLon: center.lon - dLon, maxLon: center.lon + dLon };
}
