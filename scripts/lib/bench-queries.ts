// SPDX-License-Identifier: EUPL-1.2
/**
 * The fixed query mix of the search benchmark. Words come from the vocabulary of the synthetic
 * companies (lib/seed/demo-data.ts), so every category exercises real matches. The list is built
 * without randomness: runs on different machines or days measure exactly the same work.
 */
import { parseSearchParams } from "../../lib/search/params";
import type { SearchQuery } from "../../lib/search/types";

export interface BenchQuery {
  category: string;
  /** The query string as a visitor or API client would send it. */
  params: string;
  query: SearchQuery;
}

const CATEGORIES: Record<string, string[]> = {
  exact: [
    "q=Präzisionsteile",
    "q=Spritzguss",
    "q=Logistik",
    "q=Stahlbau",
    "q=Pulverbeschichtung",
    "q=Brauerei",
    "q=frézování",
    "q=obrábění",
    "q=svařovna",
    "q=CNC Drehen",
    "q=Sondermaschinenbau",
    "q=tiskárna",
  ],
  typo: [
    "q=Spritzgus",
    "q=Logisitk",
    "q=Maschienenbau",
    "q=Pulverbeschichtnug",
    "q=Brauerie",
    "q=Tischelrei",
    "q=Stahlbua",
    "q=Druckrei",
    "q=Sofware",
    "q=Zerspannung",
    "q=frezovnai",
    "q=slevarma",
  ],
  crossLanguage: [
    "q=Fräsen&locale=de",
    "q=milling&locale=en",
    "q=injection moulding&locale=en",
    "q=welding&locale=en",
    "q=Schweißen&locale=de",
    "q=powder coating&locale=en",
    "q=svařování&locale=de",
    "q=lakování&locale=de",
    "q=Spedition&locale=cs",
    "q=brewery&locale=en",
    "q=Gießerei&locale=cs",
    "q=machining&locale=de",
  ],
  withoutDiacritics: [
    "q=obrabeni",
    "q=frezovani",
    "q=svarovna",
    "q=slevarna",
    "q=tiskarna",
    "q=truhlarna",
    "q=Giesserei",
    "q=Schweisstechnik",
    "q=Usti nad Labem",
    "q=Plzen",
    "q=Marianske Lazne",
    "q=Decin",
  ],
  exonym: [
    "q=Pilsen",
    "q=Reichenberg",
    "q=Aussig",
    "q=Tetschen",
    "q=Karlsbad",
    "q=Drážďany",
    "q=Žitava",
    "q=Zhořelec",
    "q=Budyšín",
    "q=Maschinenbau Pilsen",
    "q=Logistik Reichenberg",
    "q=CNC Drážďany",
  ],
  filtered: [
    "q=CNC&country=CZ",
    "q=Logistik&type=offer",
    "q=Software&employees=10-49",
    "q=Metallbau&region=de-sn-goerlitz",
    "q=obrábění&industry=25",
    "q=Spritzguss&language=de",
    "q=Präzisionsteile&country=DE&employees=1-9",
    "q=Fräsen&type=company&country=DE",
    "q=Stahlbau&industry=C&country=CZ",
    "q=Automatisierung&type=offer&region=cz-ustecky",
    "q=Druckerei&language=cs",
    "q=Tischlerei&employees=50-249",
  ],
  browse: [
    "country=CZ",
    "type=offer",
    "industry=C",
    "region=cz-ustecky",
    "employees=250%2B",
    "language=en",
    "type=company&country=DE&employees=1-9",
    "industry=62",
    "type=company&language=cs",
    "region=de-sn-goerlitz&type=company",
    "country=DE&industry=25.62",
    "",
  ],
};

const LOCALES = ["de", "cs", "en"] as const;
export const BENCH_QUERY_COUNT = 200;

function build(): BenchQuery[] {
  const names = Object.keys(CATEGORIES);
  const out: BenchQuery[] = [];
  for (let i = 0; i < BENCH_QUERY_COUNT; i++) {
    const category = names[i % names.length];
    const round = Math.floor(i / names.length);
    const list = CATEGORIES[category];
    const base = list[round % list.length];
    const extra = new URLSearchParams(base);
    // Vary the visitor's language and look at page 2 now and then, unless the entry fixes them.
    if (!extra.has("locale")) extra.set("locale", LOCALES[round % LOCALES.length]);
    if (round % 5 === 4) extra.set("page", "2");
    const parsed = parseSearchParams(extra);
    if (!parsed.ok) throw new Error(`benchmark query "${base}" is invalid: ${parsed.error.parameter} ${parsed.error.message}`);
    out.push({ category, params: extra.toString(), query: parsed.query });
  }
  return out;
}

export const BENCH_QUERIES: readonly BenchQuery[] = build();
