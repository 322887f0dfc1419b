// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads a query the way a buyer means it, before any engine sees it: "Logistik in Liberec" is
 * the trade "Logistik" near the place Liberec, "Pulverbeschichtung Tschechien" is powder coating
 * in the Czech Republic. Place names become a radius filter around the place, country and region
 * words become filters, stop words are dropped; only the rest is searched as words. Both engines
 * call this, so they understand a query alike.
 */
import { REGIONS } from "../geo/places";
import { maxPlaceWords, placeKey, placeNameKeys, placesNamed, type GazetteerPlace } from "../geo/gazetteer";
import { conceptMatcher } from "./concepts";
import { tokenSpans } from "./normalize";
import { CZECH_PLACE_PREPOSITIONS, DESTINATION_PREPOSITIONS, PLACE_PREPOSITIONS, isProviderWord, isStopWord } from "./stop-words";
import type { SearchFilters, SearchQuery } from "./types";

/** "Near Liberec" means this far around it unless the searcher says otherwise. */
export const DEFAULT_RADIUS_KM = 25;
export const MAX_RADIUS_KM = 200;

export interface QueryPlace {
  name: string;
  country: string;
  regionId: string | null;
  lat: number;
  lon: number;
}

export interface UnderstoodQuery {
  /** The words left to search, as typed, separated by single spaces. */
  text: string;
  /** The last word of `text` is the last word typed, so it may still be unfinished. */
  lastWordOpen: boolean;
  place: QueryPlace | null;
  country: string | null;
  /** Region ids (any of them). */
  regions: string[];
  /** Words taken out of the text as typed: stop words, place, country and region words. */
  removed: string[];
  /** The query names a provider ("Anbieter", "dodavatel", "suppliers"): it asks for offers, not requests. */
  wantsProviders: boolean;
  /** Where the words of `text` stand in the query: [start, end) offsets. */
  kept: [number, number][];
}

interface Area {
  country?: string;
  regions?: string[];
}

const SAXON_REGIONS = REGIONS.filter((r) => r.id.startsWith("de-sn-")).map((r) => r.id);

// Folded phrases naming a country or an area; Czech ones also in the cases buyers write them in.
const AREA_WORDS: [string[], Area][] = [
  [
    [
      "tschechien",
      "tschechei",
      "tschechische republik",
      "cesko",
      "cesku",
      "ceska",
      "ceskem",
      "ceska republika",
      "ceske republice",
      "ceske republiky",
      "czech republic",
      "czechia",
      "bohmen",
      "bohemia",
      "cechy",
      "cechach",
    ],
    { country: "CZ" },
  ],
  [["deutschland", "germany", "nemecko", "nemecku", "nemecka", "spolkova republika nemecko"], { country: "DE" }],
  [["polen", "poland", "polsko", "polsku"], { country: "PL" }],
  [["sachsen", "freistaat sachsen", "saxony", "sasko", "sasku", "saska"], { country: "DE", regions: SAXON_REGIONS }],
  [
    ["oberlausitz", "lausitz", "horni luzice", "horni luzici", "luzice", "upper lusatia", "lusatia"],
    { country: "DE", regions: ["de-sn-bautzen", "de-sn-goerlitz"] },
  ],
  [
    ["nordbohmen", "severni cechy", "severnich cechach", "north bohemia", "northern bohemia"],
    { country: "CZ", regions: ["cz-ustecky", "cz-liberecky"] },
  ],
  [
    ["westbohmen", "zapadni cechy", "zapadnich cechach", "west bohemia", "western bohemia"],
    { country: "CZ", regions: ["cz-karlovarsky", "cz-plzensky"] },
  ],
  [["vogtland", "fojtsko"], { country: "DE", regions: ["de-sn-vogtlandkreis"] }],
];

interface AreaIndex {
  phrases: Map<string, Area>;
  /** Czech region adjectives without their ending ("libereck" of "Liberecký kraj") → region. */
  czechAdjectives: Map<string, string>;
  maxWords: number;
}

let areaIndex: AreaIndex | null = null;

function areas(): AreaIndex {
  if (areaIndex) return areaIndex;
  const phrases = new Map<string, Area>();
  for (const [names, area] of AREA_WORDS) for (const n of names) phrases.set(n, area);
  const czechAdjectives = new Map<string, string>();
  for (const r of REGIONS) {
    for (const name of [r.de, r.cs, r.en]) {
      const k = placeKey(name);
      // "Region Pilsen" and "Plzeň Region" are regions; a bare "Pilsen" stays the city.
      if (k.includes(" ") || !placesNamed(k).length) phrases.set(k, { country: r.country, regions: [r.id] });
    }
    const adjective = /^(\S+?)y kraj$/.exec(placeKey(r.cs));
    if (adjective) {
      czechAdjectives.set(adjective[1], r.id);
      // "na Liberecku", "Ústecko": the region as a noun.
      for (const ending of ["o", "u"]) phrases.set(adjective[1] + ending, { country: r.country, regions: [r.id] });
    }
  }
  let maxWords = 1;
  for (const k of phrases.keys()) maxWords = Math.max(maxWords, k.split(" ").length);
  areaIndex = { phrases, czechAdjectives, maxWords };
  return areaIndex;
}

const VOWELS = /[aeiouy]$/;

/** Forms a Czech place name's inflections start with: "liberc" (Liberci), "plzn" (Plzni), "drazdan" (Drážďanech). */
function inflectionStems(word: string): string[] {
  if (word.length < 4) return [word];
  const stems = new Set([word]);
  if (VOWELS.test(word)) stems.add(word.slice(0, -1));
  const mobileE = /^(.*)e([^aeiouy])$/.exec(word);
  if (mobileE) stems.add(mobileE[1] + mobileE[2]);
  return [...stems].filter((s) => s.length >= 4);
}

/** A query word that is the place word inflected, as Czech does after "v", "z", "u" … */
function inflectedMatch(token: string, word: string): boolean {
  if (token === word) return true;
  return inflectionStems(word).some((s) => token.startsWith(s) && token.length - s.length <= 4);
}

let stemIndex: Map<string, Set<string>> | null = null;

/** First words of place names by inflection stem, for the Czech lookups. */
function placeStems(): Map<string, Set<string>> {
  if (stemIndex) return stemIndex;
  stemIndex = new Map();
  for (const key of placeNameKeys()) {
    const first = key.split(" ")[0];
    for (const s of inflectionStems(first)) stemIndex.set(s, (stemIndex.get(s) ?? new Set()).add(key));
  }
  return stemIndex;
}

interface Span {
  token: string;
  original: string;
  start: number;
  end: number;
}

interface PlaceHit {
  place: GazetteerPlace;
  words: number;
  /** Only the first word of the town's name ("Jablonec"): any other reading of the word wins. */
  partial?: boolean;
}

/**
 * A place named at token i: the longest name that fits. Single words that are not well-known
 * towns count only when they look like a place (after "in", "v", "near" …, or capitalised) and
 * are not a trade word, because villages are called "Pila" (saw), "Lom" (quarry) or "Hut".
 */
function placeAt(spans: Span[], i: number): PlaceHit | null {
  const afterPreposition = i > 0 && PLACE_PREPOSITIONS.has(spans[i - 1].token);
  const afterCzechPreposition = i > 0 && CZECH_PLACE_PREPOSITIONS.has(spans[i - 1].token);
  const longest = Math.min(maxPlaceWords(), spans.length - i);
  for (let n = longest; n >= 1; n--) {
    const words = spans.slice(i, i + n).map((s) => s.token);
    let found = placesNamed(words.join(" "));
    if (!found.length && afterCzechPreposition) found = inflectedPlaces(words);
    if (!found.length) continue;
    const place = found[0];
    if (n === 1 && !plausibleSingleWordPlace(spans[i], found, afterPreposition, i === spans.length - 1)) continue;
    return { place, words: n };
  }
  // "Jablonec", "Usti", "Hrádek": the one known town whose name begins with the word.
  const token = spans[i].token;
  const town = token.length >= 4 && !isStopWord(token) ? knownTownStartingWith(token) : null;
  if (town && !conceptMatcher().conceptsForWord(token).length) return { place: town, words: 1, partial: true };
  return null;
}

function knownTownStartingWith(word: string): GazetteerPlace | null {
  const towns = knownTownsByFirstWord().get(word);
  return towns?.length === 1 ? towns[0] : null;
}

function inflectedPlaces(words: string[]): GazetteerPlace[] {
  const candidates = new Set<string>();
  const first = words[0];
  for (let k = first.length; k >= 4; k--) {
    for (const key of placeStems().get(first.slice(0, k)) ?? []) candidates.add(key);
  }
  for (const key of candidates) {
    const parts = key.split(" ");
    if (parts.length !== words.length) continue;
    if (parts.every((p, j) => inflectedMatch(words[j], p))) return [...placesNamed(key)];
  }
  return [];
}

function plausibleSingleWordPlace(
  span: Span,
  found: readonly GazetteerPlace[],
  afterPreposition: boolean,
  last: boolean,
): boolean {
  if (isStopWord(span.token)) return false;
  const known = found[0].known;
  // "Usti" means Ústí nad Labem rather than one of the villages called Ústí: a known town
  // beginning with the word keeps it a word, matched against the places' names as text.
  if (!known && startsKnownTownName(span.token)) return false;
  if (afterPreposition) return true;
  if (span.token.length < 4) return false;
  if (conceptMatcher().conceptsForWord(span.token).length) return false;
  // Several villages of that name and no town: which one is meant cannot be told.
  if (!known && found.length > 1) return false;
  // A village's name before other words is more likely part of a company name ("Labe Metal");
  // buyers put a village last ("Kunststoff Olbersdorf") or after "in", "v", "near".
  return known || (last && /^\p{Lu}/u.test(span.original));
}

let townsByFirstWord: Map<string, GazetteerPlace[]> | null = null;

/** Known towns of several words by their first word: "jablonec" → Jablonec nad Nisou. */
function knownTownsByFirstWord(): Map<string, GazetteerPlace[]> {
  if (!townsByFirstWord) {
    townsByFirstWord = new Map();
    for (const key of placeNameKeys()) {
      const [first, ...rest] = key.split(" ");
      if (!rest.length) continue;
      for (const p of placesNamed(key)) {
        if (!p.known) continue;
        const list = townsByFirstWord.get(first) ?? [];
        if (!list.includes(p)) list.push(p);
        townsByFirstWord.set(first, list);
      }
    }
  }
  return townsByFirstWord;
}

function startsKnownTownName(word: string): boolean {
  return knownTownsByFirstWord().has(word);
}

function areaAt(spans: Span[], i: number): { area: Area; words: number } | null {
  const { phrases, czechAdjectives, maxWords } = areas();
  for (let n = Math.min(maxWords, spans.length - i); n >= 1; n--) {
    const area = phrases.get(
      spans
        .slice(i, i + n)
        .map((s) => s.token)
        .join(" "),
    );
    if (area) return { area, words: n };
  }
  // "v Libereckém kraji", "Ústeckého kraje": the adjective inflected, then a form of "kraj".
  const next = spans[i + 1]?.token;
  if (next?.startsWith("kraj")) {
    for (const [stem, region] of czechAdjectives) {
      if (spans[i].token.startsWith(stem) && spans[i].token.length - stem.length <= 3) {
        return { area: { country: "CZ", regions: [region] }, words: 2 };
      }
    }
  }
  return null;
}

/** Splits a query into what to search for and where. */
export function understandQuery(q: string): UnderstoodQuery {
  const raw = tokenSpans(q);
  const spans: Span[] = raw.map((s) => ({
    token: s.token,
    original: q.slice(s.start, s.end),
    start: s.start,
    end: s.end,
  }));
  const keep = new Array<boolean>(spans.length).fill(true);
  let place: QueryPlace | null = null;
  let country: string | null = null;
  let regions: string[] = [];

  for (let i = 0; i < spans.length; ) {
    const area = areaAt(spans, i);
    const hit = placeAt(spans, i);
    // A destination says where goods go, not where the supplier is: never a filter. A town stays
    // a word ("Touren nach Dresden" is how carriers write it); a country goes, because carriers
    // name the countries they serve in too many ways for the word to be required.
    if ((hit || area) && i > 0 && DESTINATION_PREPOSITIONS.has(spans[i - 1].token)) {
      const words = Math.max(hit?.words ?? 0, area?.words ?? 0);
      if (area && (!hit || area.words >= hit.words)) for (let k = 0; k < words; k++) keep[i + k] = false;
      i += words;
      continue;
    }
    // The longer reading wins; on a tie the place, which is the narrower one.
    if (hit && (!area || (hit.words >= area.words && !hit.partial))) {
      if (!place) {
        const p = hit.place;
        place = { name: p.names[0], country: p.country, regionId: p.regionId, lat: p.lat, lon: p.lon };
      }
      for (let k = 0; k < hit.words; k++) keep[i + k] = false;
      i += hit.words;
    } else if (area) {
      if (area.area.country) country ??= area.area.country;
      if (area.area.regions) regions = [...new Set([...regions, ...area.area.regions])];
      for (let k = 0; k < area.words; k++) keep[i + k] = false;
      i += area.words;
    } else {
      i++;
    }
  }

  // Stop words go only when something else remains: "in" alone is still a search for "in".
  const content = spans.filter((s, i) => keep[i] && !isStopWord(s.token));
  const understoodSomething = place || country || regions.length;
  spans.forEach((s, i) => {
    if (keep[i] && isStopWord(s.token) && (content.length || understoodSomething)) keep[i] = false;
  });

  const kept = spans.map((s, i) => (keep[i] ? i : -1)).filter((i) => i >= 0);
  return {
    text: kept.map((i) => spans[i].original).join(" "),
    lastWordOpen: kept.length > 0 && kept[kept.length - 1] === spans.length - 1,
    place,
    country,
    regions,
    removed: spans.filter((_, i) => !keep[i]).map((s) => s.original),
    wantsProviders: spans.some((s, i) => !keep[i] && isProviderWord(s.token)),
    kept: kept.map((i) => [spans[i].start, spans[i].end]),
  };
}

/** The query read word for word, without places, countries or stop words taken out. */
export function literalQuery(query: Pick<SearchQuery, "q" | "prefix" | "filters">): PreparedQuery {
  const q = query.q ?? "";
  const spans = tokenSpans(q);
  const understood: UnderstoodQuery = {
    text: q.trim(),
    lastWordOpen: spans.length > 0,
    place: null,
    country: null,
    regions: [],
    removed: [],
    wantsProviders: false,
    kept: spans.map((s) => [s.start, s.end]),
  };
  return { q: understood.text, prefix: query.prefix !== false, filters: { ...(query.filters ?? {}) }, understood };
}

/** The query named a place, country or region, which became a filter. */
export function understoodWhere(u: UnderstoodQuery): boolean {
  return Boolean(u.place || u.country || u.regions.length);
}

/**
 * The whole query with its searched words replaced, for "did you mean": "Logistk in Liberec"
 * becomes "Logistik in Liberec", not just "Logistik". `words` are the replacements of `text`'s
 * words in order; missing ones stay as typed.
 */
export function withSearchedWords(q: string, understood: UnderstoodQuery, words: readonly string[]): string {
  let out = q;
  for (let i = Math.min(words.length, understood.kept.length) - 1; i >= 0; i--) {
    const [start, end] = understood.kept[i];
    out = out.slice(0, start) + words[i] + out.slice(end);
  }
  return out.trim().replace(/\s+/g, " ");
}

/** The text, prefix flag and filters an engine runs for a query, after understanding it. */
export interface PreparedQuery {
  q: string;
  prefix: boolean;
  filters: SearchFilters;
  understood: UnderstoodQuery;
}

export function prepareQuery(query: Pick<SearchQuery, "q" | "prefix" | "filters">): PreparedQuery {
  const understood = understandQuery(query.q ?? "");
  const filters: SearchFilters = { ...(query.filters ?? {}) };
  // Filters chosen explicitly win over words in the query.
  if (understood.place && !filters.near) {
    const { name, lat, lon } = understood.place;
    filters.near = { name, lat, lon, radiusKm: filters.radiusKm ?? DEFAULT_RADIUS_KM };
  }
  if (understood.country && !filters.country) filters.country = understood.country;
  // A type chosen explicitly wins: a supplier may well look for requests that ask for suppliers.
  if (understood.wantsProviders && !filters.type) filters.excludeType = "request";
  if (understood.regions.length && !filters.region && !filters.regions) {
    const inCountry = understood.regions.filter(
      (r) => !filters.country || r.startsWith(`${filters.country.toLowerCase()}-`),
    );
    if (inCountry.length) filters.regions = inCountry;
  }
  return {
    q: understood.text,
    prefix: query.prefix !== false && understood.lastWordOpen,
    filters,
    understood,
  };
}
