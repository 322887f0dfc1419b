// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds lib/geo/data/gazetteer.json, the places search understands and measures distances
 * from, out of GeoNames' postal code files (CC BY 4.0, see lib/geo/data/SOURCE.md).
 *
 *   npx tsx scripts/build-gazetteer.ts <folder>
 *
 * The folder holds CZ, DE and PL files either as GeoNames publishes them
 * (https://download.geonames.org/export/zip/CZ.zip → CZ.txt, tab-separated) or in the CSV
 * form with a header line (zipcodes.cz.csv …). Every place of Saxony and of the Czech regions
 * along the border is kept; elsewhere only the towns lib/geo/places.ts names. The names in
 * lib/geo/places.ts (German and Czech exonyms, aliases) are added to the place they belong to.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PLACES, type Place } from "../lib/geo/places";
import { foldText } from "../lib/search/normalize";

const OUT = "lib/geo/data/gazetteer.json";

/** GeoNames admin1 codes of the Czech border regions, and Saxony's district keys (AGS). */
const CZ_REGIONS: Record<string, string> = {
  "81": "cz-karlovarsky",
  "82": "cz-kralovehradecky",
  "83": "cz-liberecky",
  "87": "cz-plzensky",
  "89": "cz-ustecky",
};
const CZ_OTHER_REGIONS: Record<string, string> = {
  "52": "cz-praha",
  "78": "cz-jihomoravsky",
  "79": "cz-jihocesky",
  "80": "cz-vysocina",
  "84": "cz-olomoucky",
  "85": "cz-moravskoslezsky",
  "86": "cz-pardubicky",
  "88": "cz-stredocesky",
  "90": "cz-zlinsky",
};
const SAXON_DISTRICTS: Record<string, string> = {
  "14511": "de-sn-chemnitz",
  "14521": "de-sn-erzgebirgskreis",
  "14522": "de-sn-mittelsachsen",
  "14523": "de-sn-vogtlandkreis",
  "14524": "de-sn-zwickau",
  "14612": "de-sn-dresden",
  "14625": "de-sn-bautzen",
  "14626": "de-sn-goerlitz",
  "14627": "de-sn-meissen",
  "14628": "de-sn-saechsische-schweiz",
  "14713": "de-sn-leipzig",
  "14729": "de-sn-leipzig-land",
  "14730": "de-sn-nordsachsen",
};

interface PostalRow {
  country: string;
  place: string;
  admin1: string;
  admin2Name: string;
  admin3: string;
  lat: number;
  lon: number;
}

/** One CSV line with double-quoted fields. */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

function readPostalFile(file: string): PostalRow[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean);
  const csv = lines[0].startsWith("country_code,");
  const rows: PostalRow[] = [];
  for (const line of csv ? lines.slice(1) : lines) {
    // Both forms share GeoNames' column order: country, postal code, place, admin1 name/code,
    // admin2 name/code, admin3 name/code, latitude, longitude.
    const f = csv ? splitCsv(line) : line.split("\t");
    const lat = Number(f[9]);
    const lon = Number(f[10]);
    if (!f[2] || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    rows.push({ country: f[0], place: f[2].trim(), admin1: f[4], admin2Name: f[5], admin3: f[8], lat, lon });
  }
  return rows;
}

function findFile(dir: string, country: string): string {
  const lower = country.toLowerCase();
  const name = readdirSync(dir).find((n) => n === `${country}.txt` || n === `zipcodes.${lower}.csv`);
  if (!name) throw new Error(`no ${country}.txt or zipcodes.${lower}.csv in ${dir}`);
  return path.join(dir, name);
}

// Mail addresses of large customers are no place names anyone searches for.
const NOT_A_PLACE = /\b(gmbh|ag|kg|mbh|e\.v|bank|postfach)\b/i;
/** Postal districts of cities, "Liberec XXXII - Radčice" or "Praha 10-Žižkov": the city is what counts. */
const CITY_DISTRICT = /^(\p{L}[\p{L} .]*?)\s+(?:[IVXLC]+|\d+)(?=$|[\s-])/u;
/** "Klingenthal/Sachsen", "Schwarzenberg/Erzgebirge": the town's name without its area. */
const WITH_AREA = /^([^/]+)\/.+$/;

/** The place a postal entry names, or null when it names none. */
function placeName(raw: string): string | null {
  if (NOT_A_PLACE.test(raw)) return null;
  const district = CITY_DISTRICT.exec(raw);
  if (district) return district[1].trim();
  if (/\d/.test(raw)) return null;
  return raw.replace(WITH_AREA, "$1").trim();
}

interface Candidate {
  name: string;
  country: string;
  regionId: string | null;
  district: string;
  lat: number;
  lon: number;
  count: number;
}

function regionOf(row: PostalRow): { regionId: string | null; border: boolean } | null {
  if (row.country === "CZ") {
    if (CZ_REGIONS[row.admin1]) return { regionId: CZ_REGIONS[row.admin1], border: true };
    return { regionId: CZ_OTHER_REGIONS[row.admin1] ?? null, border: false };
  }
  if (row.country === "DE") {
    // GeoNames lists Saxony twice: "SN" for places, "13" for large customers' own postal codes.
    if (row.admin1 === "SN" && SAXON_DISTRICTS[row.admin3])
      return { regionId: SAXON_DISTRICTS[row.admin3], border: true };
    return row.admin1 === "SN" ? null : { regionId: null, border: false };
  }
  return { regionId: null, border: false };
}

const key = (s: string) =>
  foldText(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Quarters written "City-Quarter" ("Brno-Bystrc", "Ústí nad Labem-Střekov"): a name before a
 * hyphen that begins at least three entries of a district is a city. Hyphenated towns
 * ("Annaberg-Buchholz") occur once and stay as they are.
 */
function quarterCities(rows: PostalRow[]): Set<string> {
  const counts = new Map<string, Set<string>>();
  for (const row of rows) {
    const m = /^([^-]+)-\S/.exec(row.place);
    if (!m) continue;
    const k = `${row.country}|${row.admin2Name}|${m[1].trim()}`;
    counts.set(k, (counts.get(k) ?? new Set()).add(row.place));
  }
  return new Set([...counts].filter(([, names]) => names.size >= 3).map(([k]) => k));
}

/** "Opava-Město", "Domažlice (Město)", "Ústí nad Labem-centrum", "Brno-Bystrc": the city. */
function cityOfQuarter(row: PostalRow, cities: Set<string>): string | null {
  const plain = row.place.replace(/\s*\(.*\)$/, "");
  if (plain !== row.place && plain === row.admin2Name) return plain;
  const before = /^([^-]+)-\S/.exec(row.place)?.[1].trim();
  if (!before) return null;
  const city = placeName(before);
  if (!city) return null;
  // A Czech district is named after its town, so "<district>-<anything>" is a quarter of that town.
  if (city === row.admin2Name || cities.has(`${row.country}|${row.admin2Name}|${before}`)) return city;
  return null;
}

function collect(rows: PostalRow[]) {
  const cities = quarterCities(rows);
  const border = new Map<string, Candidate>();
  const elsewhere = new Map<string, Candidate>();
  for (const row of rows) {
    const name = cityOfQuarter(row, cities) ?? placeName(row.place);
    if (!name) continue;
    const region = regionOf(row);
    if (!region) continue;
    const target = region.border ? border : elsewhere;
    const k = `${row.country}|${region.regionId}|${row.admin2Name}|${key(name)}`;
    const c = target.get(k);
    if (c) {
      // A place with several postal codes: the mean of their points.
      c.lat += row.lat;
      c.lon += row.lon;
      c.count++;
    } else {
      target.set(k, {
        name,
        country: row.country,
        regionId: region.regionId,
        district: row.admin2Name,
        lat: row.lat,
        lon: row.lon,
        count: 1,
      });
    }
  }
  return { border: [...border.values()], elsewhere: [...elsewhere.values()] };
}

function curatedNames(p: Place): string[] {
  return [...new Set([p.de, p.cs, p.en, ...(p.aliases ?? [])])];
}

/** The candidate a curated place stands for: same country, one of its names, its region first. */
function matchCurated(p: Place, candidates: Candidate[]): Candidate | null {
  const names = new Set(curatedNames(p).map(key));
  let found = candidates.filter((c) => c.country === p.country && names.has(key(c.name)));
  if (!found.length) {
    // "Reichenbach im Vogtland" is "Reichenbach" in the postal data, "Aue-Bad Schlema" still "Aue":
    // the first part of the name, in the same region only.
    const first = new Set(curatedNames(p).map((n) => key(n.split(/\/|-| im | in | an der /)[0])));
    found = candidates.filter((c) => c.regionId === p.regionId && first.has(key(c.name)));
  }
  // The town itself collects the most postal codes; villages of the same name have one or two.
  return (
    found.sort(
      (a, b) => Number(b.regionId === p.regionId) - Number(a.regionId === p.regionId) || b.count - a.count,
    )[0] ?? null
  );
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

function main() {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) {
    console.error("usage: npx tsx scripts/build-gazetteer.ts <folder with CZ, DE and PL postal code files>");
    process.exit(1);
  }
  const rows = ["CZ", "DE", "PL"].flatMap((c) => readPostalFile(findFile(dir, c)));
  const { border, elsewhere } = collect(rows);

  type Entry = { name: string; country: string; regionId: string | null; lat: number; lon: number; names: Set<string> };
  const entries = new Map<Candidate, Entry>();
  for (const c of border)
    entries.set(c, {
      name: c.name,
      country: c.country,
      regionId: c.regionId,
      lat: c.lat / c.count,
      lon: c.lon / c.count,
      names: new Set(),
    });

  let unmatched = 0;
  for (const p of PLACES) {
    const c = matchCurated(p, border) ?? matchCurated(p, elsewhere);
    if (!c) {
      unmatched++;
      console.warn(`[gazetteer] no coordinates for ${p.id}`);
      continue;
    }
    const e = entries.get(c) ?? {
      name: c.name,
      country: c.country,
      regionId: p.regionId ?? c.regionId,
      lat: c.lat / c.count,
      lon: c.lon / c.count,
      names: new Set<string>(),
    };
    for (const n of curatedNames(p)) if (key(n) !== key(e.name)) e.names.add(n);
    entries.set(c, e);
  }

  const places = [...entries.values()]
    .map((e) => [
      e.name,
      e.country,
      e.regionId,
      round(e.lat),
      round(e.lon),
      ...(e.names.size ? [[...e.names].sort()] : []),
    ])
    .sort((a, b) => `${a[1]}|${a[2]}|${a[0]}`.localeCompare(`${b[1]}|${b[2]}|${b[0]}`));
  const out = {
    source:
      "GeoNames postal code data (https://download.geonames.org/export/zip/), CC BY 4.0; names from lib/geo/places.ts",
    columns: ["name", "country", "regionId", "lat", "lon", "otherNames"],
    places,
  };
  writeFileSync(OUT, `${JSON.stringify(out).replace(/\],\[/g, "],\n[")}\n`);
  const byRegion = new Map<string, number>();
  for (const p of places) byRegion.set(String(p[2]), (byRegion.get(String(p[2])) ?? 0) + 1);
  console.log(`[gazetteer] ${places.length} places written to ${OUT} (${unmatched} named places without coordinates)`);
  for (const [r, n] of [...byRegion].sort()) console.log(`  ${r}: ${n}`);
}

main();
