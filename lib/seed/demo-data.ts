// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo data for the German–Czech SME portal: hand-shaped companies from the Saxon–Czech border
 * region, a fast synthetic generator for load tests and a handful of upcoming events.
 *
 * Everything is derived from fixed tables plus a seeded PRNG, so every call returns identical
 * data — seeds, tests and screenshots depend on that.
 */
import { mulberry32, type Rng } from "./random";

export type Lang = "de" | "cs" | "en";
export type LocalizedText = Partial<Record<Lang, string>>;

export interface ImportOfferOrSeek {
  title: LocalizedText;
  description?: LocalizedText;
  industries?: string[];
}

export interface ImportCompany {
  externalId: string;
  name: string;
  legalForm?: string;
  country: "DE" | "CZ" | "PL";
  region?: string;
  city?: string;
  postalCode?: string;
  street?: string;
  website?: string;
  email?: string;
  phone?: string;
  employees?: "1-9" | "10-49" | "50-249" | "250+";
  foundedYear?: number;
  languages?: Lang[];
  industries?: string[];
  certifications?: string[];
  description: LocalizedText;
  offers?: ImportOfferOrSeek[];
  seeks?: ImportOfferOrSeek[];
}

export interface DemoEvent {
  slug: string;
  organizerName: string;
  organizerCountry: "DE" | "CZ";
  organizerCity: string;
  type: "WORKSHOP" | "MATCHMAKING" | "FAIR" | "WEBINAR";
  title: LocalizedText;
  description: LocalizedText;
  startsInDays: number;
  durationHours: number;
  startHourLocal: number;
  venueName?: string;
  city?: string;
  address?: string;
  onlineUrl?: string;
  languages: Lang[];
  capacity: number;
  meetingsEnabled: boolean;
}

type Country = ImportCompany["country"];
type Employees = NonNullable<ImportCompany["employees"]>;
/** One sentence or title in all three languages; placeholders are filled per company. */
type Tri = Record<Lang, string>;

interface ListingTemplate {
  title: Tri;
  description?: Tri;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** FNV-1a, so each hand-shaped company gets its own stream independent of list order. */
function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`demo-data: index ${index} out of range`);
  return item;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return at(items, Math.floor(rng() * items.length));
}

function pickDistinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = items.slice();
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    out.push(at(pool.splice(Math.floor(rng() * pool.length), 1), 0));
  }
  return out;
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function digits(rng: Rng, count: number): string {
  // Subscriber numbers never start with 0 or 1.
  const base = 10 ** (count - 1);
  return String(intBetween(rng, 2 * base, 10 * base - 1));
}

/** Templates split once into [text, key, text, key, …, text]; the generator fills hundreds of thousands. */
const compiledTemplates = new Map<string, readonly string[]>();

function fill(template: string, ctx: Readonly<Record<string, string>>): string {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiledTemplates.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = at(parts, 0);
  for (let i = 1; i < parts.length; i += 2) {
    const key = at(parts, i);
    out += (ctx[key] ?? `{${key}}`) + at(parts, i + 1);
  }
  return out;
}

const TRANSLIT: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ł: "l" };

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßł]/g, (ch) => TRANSLIT[ch] ?? ch)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

interface City {
  name: string;
  country: Country;
  region: string | null;
  postalCodes: readonly string[];
  /** Landline area codes without the trunk prefix. */
  areaCodes: readonly string[];
  de: string;
  en: string;
  /** Czech locative phrase ("v Liberci"); German towns without a usual Czech form use "ve městě …". */
  csLoc: string;
  nearBorder: boolean;
}

function place(
  country: Country,
  region: string | null,
  name: string,
  postalCodes: readonly string[],
  areaCodes: readonly string[],
  csLoc: string,
  nearBorder: boolean,
  names: { de?: string; en?: string } = {},
): City {
  return {
    name,
    country,
    region,
    postalCodes,
    areaCodes,
    de: names.de ?? name,
    en: names.en ?? names.de ?? name,
    csLoc,
    nearBorder,
  };
}

const SN = (district: string) => `de-sn-${district}`;

// One place per line keeps the table scannable.
// prettier-ignore
const CITIES: readonly City[] = [
  // Saxony
  place("DE", SN("dresden"), "Dresden", ["01067", "01069", "01099", "01109", "01127", "01139", "01187", "01219", "01237", "01277", "01307"], ["351"], "v Drážďanech", false),
  place("DE", SN("leipzig"), "Leipzig", ["04103", "04109", "04129", "04155", "04229", "04249", "04277", "04299", "04317", "04347"], ["341"], "v Lipsku", false),
  place("DE", SN("chemnitz"), "Chemnitz", ["09111", "09112", "09113", "09116", "09119", "09120", "09125", "09126", "09130", "09247"], ["371"], "v Saské Kamenici", false),
  place("DE", SN("saechsische-schweiz"), "Pirna", ["01796"], ["3501"], "v Pirně", true),
  place("DE", SN("saechsische-schweiz"), "Freital", ["01705"], ["351"], "ve Freitalu", true),
  place("DE", SN("saechsische-schweiz"), "Heidenau", ["01809"], ["3529"], "ve městě Heidenau", true),
  place("DE", SN("saechsische-schweiz"), "Sebnitz", ["01855"], ["35971"], "v Sebnitzu", true),
  place("DE", SN("saechsische-schweiz"), "Dippoldiswalde", ["01744"], ["3504"], "ve městě Dippoldiswalde", true),
  place("DE", SN("saechsische-schweiz"), "Neustadt in Sachsen", ["01844"], ["3596"], "ve městě Neustadt in Sachsen", true),
  place("DE", SN("saechsische-schweiz"), "Glashütte", ["01768"], ["35053"], "ve městě Glashütte", true),
  place("DE", SN("saechsische-schweiz"), "Bad Schandau", ["01814"], ["35022"], "ve městě Bad Schandau", true),
  place("DE", SN("goerlitz"), "Zittau", ["02763"], ["3583"], "v Žitavě", true),
  place("DE", SN("goerlitz"), "Görlitz", ["02826", "02827", "02828"], ["3581"], "ve Zhořelci", true),
  place("DE", SN("goerlitz"), "Löbau", ["02708"], ["3585"], "ve městě Löbau", true),
  place("DE", SN("goerlitz"), "Niesky", ["02906"], ["3588"], "ve městě Niesky", true),
  place("DE", SN("goerlitz"), "Weißwasser", ["02943"], ["3576"], "ve městě Weißwasser", true),
  place("DE", SN("goerlitz"), "Ebersbach-Neugersdorf", ["02727", "02730"], ["3586"], "ve městě Ebersbach-Neugersdorf", true),
  place("DE", SN("goerlitz"), "Seifhennersdorf", ["02782"], ["3586"], "ve městě Seifhennersdorf", true),
  place("DE", SN("bautzen"), "Bautzen", ["02625"], ["3591"], "v Budyšíně", true),
  place("DE", SN("bautzen"), "Kamenz", ["01917"], ["3578"], "v Kamenzu", false),
  place("DE", SN("bautzen"), "Hoyerswerda", ["02977"], ["3571"], "v Hoyerswerdě", false),
  place("DE", SN("bautzen"), "Radeberg", ["01454"], ["3528"], "v Radebergu", false),
  place("DE", SN("bautzen"), "Bischofswerda", ["01877"], ["3594"], "ve městě Bischofswerda", true),
  place("DE", SN("bautzen"), "Großröhrsdorf", ["01900"], ["35952"], "ve městě Großröhrsdorf", false),
  place("DE", SN("meissen"), "Meißen", ["01662"], ["3521"], "v Míšni", false, { en: "Meissen" }),
  place("DE", SN("meissen"), "Riesa", ["01587", "01589"], ["3525"], "ve městě Riesa", false),
  place("DE", SN("meissen"), "Radebeul", ["01445"], ["351"], "v Radebeulu", false),
  place("DE", SN("meissen"), "Coswig", ["01640"], ["3523"], "ve městě Coswig", false),
  place("DE", SN("meissen"), "Großenhain", ["01558"], ["3522"], "ve městě Großenhain", false),
  place("DE", SN("mittelsachsen"), "Freiberg", ["09599"], ["3731"], "ve Freibergu", false),
  place("DE", SN("mittelsachsen"), "Döbeln", ["04720"], ["3431"], "v Döbelnu", false),
  place("DE", SN("mittelsachsen"), "Mittweida", ["09648"], ["3727"], "v Mittweidě", false),
  place("DE", SN("mittelsachsen"), "Flöha", ["09557"], ["3726"], "ve městě Flöha", false),
  place("DE", SN("mittelsachsen"), "Frankenberg/Sa.", ["09669"], ["37206"], "ve Frankenbergu", false),
  place("DE", SN("erzgebirgskreis"), "Annaberg-Buchholz", ["09456"], ["3733"], "ve městě Annaberg-Buchholz", true),
  place("DE", SN("erzgebirgskreis"), "Aue-Bad Schlema", ["08280"], ["3771"], "ve městě Aue-Bad Schlema", true),
  place("DE", SN("erzgebirgskreis"), "Marienberg", ["09496"], ["3735"], "v Marienbergu", true),
  place("DE", SN("erzgebirgskreis"), "Olbernhau", ["09526"], ["37360"], "ve městě Olbernhau", true),
  place("DE", SN("erzgebirgskreis"), "Schwarzenberg", ["08340"], ["3774"], "ve Schwarzenbergu", true),
  place("DE", SN("erzgebirgskreis"), "Stollberg", ["09366"], ["37296"], "ve Stollbergu", true),
  place("DE", SN("erzgebirgskreis"), "Zschopau", ["09405"], ["3725"], "ve městě Zschopau", true),
  place("DE", SN("erzgebirgskreis"), "Oberwiesenthal", ["09484"], ["37348"], "ve městě Oberwiesenthal", true),
  place("DE", SN("zwickau"), "Zwickau", ["08056", "08058", "08060", "08062", "08066"], ["375"], "ve městě Zwickau", false),
  place("DE", SN("zwickau"), "Crimmitschau", ["08451"], ["3762"], "ve městě Crimmitschau", false),
  place("DE", SN("zwickau"), "Glauchau", ["08371"], ["3763"], "ve městě Glauchau", false),
  place("DE", SN("zwickau"), "Werdau", ["08412"], ["3761"], "ve městě Werdau", false),
  place("DE", SN("zwickau"), "Limbach-Oberfrohna", ["09212"], ["3722"], "ve městě Limbach-Oberfrohna", false),
  place("DE", SN("vogtlandkreis"), "Plauen", ["08523", "08525", "08527"], ["3741"], "v Plavně", true),
  place("DE", SN("vogtlandkreis"), "Reichenbach im Vogtland", ["08468"], ["3765"], "v Reichenbachu", true),
  place("DE", SN("vogtlandkreis"), "Auerbach/Vogtl.", ["08209"], ["3744"], "v Auerbachu", true),
  place("DE", SN("vogtlandkreis"), "Oelsnitz/Vogtl.", ["08606"], ["37421"], "ve městě Oelsnitz", true),
  place("DE", SN("vogtlandkreis"), "Markneukirchen", ["08258"], ["37422"], "ve městě Markneukirchen", true),
  place("DE", SN("vogtlandkreis"), "Klingenthal", ["08248"], ["37467"], "v Klingenthalu", true),
  place("DE", SN("nordsachsen"), "Torgau", ["04860"], ["3421"], "ve městě Torgau", false),
  place("DE", SN("nordsachsen"), "Delitzsch", ["04509"], ["34202"], "ve městě Delitzsch", false),
  place("DE", SN("nordsachsen"), "Eilenburg", ["04838"], ["3423"], "v Eilenburgu", false),
  place("DE", SN("nordsachsen"), "Oschatz", ["04758"], ["3435"], "ve městě Oschatz", false),
  place("DE", SN("leipzig-land"), "Borna", ["04552"], ["3433"], "v Borně", false),
  place("DE", SN("leipzig-land"), "Grimma", ["04668"], ["3437"], "v Grimmě", false),
  place("DE", SN("leipzig-land"), "Markkleeberg", ["04416"], ["341"], "v Markkleebergu", false),
  place("DE", SN("leipzig-land"), "Wurzen", ["04808"], ["3425"], "ve městě Wurzen", false),

  // Czech Republic
  place("CZ", "cz-ustecky", "Ústí nad Labem", ["400 01", "400 03", "400 07", "400 11"], ["475", "472"], "v Ústí nad Labem", true),
  place("CZ", "cz-ustecky", "Teplice", ["415 01"], ["417"], "v Teplicích", true),
  place("CZ", "cz-ustecky", "Děčín", ["405 02"], ["412"], "v Děčíně", true),
  place("CZ", "cz-ustecky", "Chomutov", ["430 01"], ["474"], "v Chomutově", true),
  place("CZ", "cz-ustecky", "Most", ["434 01"], ["476"], "v Mostě", true),
  place("CZ", "cz-ustecky", "Litoměřice", ["412 01"], ["416"], "v Litoměřicích", false),
  place("CZ", "cz-ustecky", "Louny", ["440 01"], ["415"], "v Lounech", false),
  place("CZ", "cz-ustecky", "Žatec", ["438 01"], ["415"], "v Žatci", false),
  place("CZ", "cz-ustecky", "Kadaň", ["432 01"], ["474"], "v Kadani", true),
  place("CZ", "cz-ustecky", "Jirkov", ["431 11"], ["474"], "v Jirkově", true),
  place("CZ", "cz-ustecky", "Rumburk", ["408 01"], ["412"], "v Rumburku", true),
  place("CZ", "cz-ustecky", "Varnsdorf", ["407 47"], ["412"], "ve Varnsdorfu", true),
  place("CZ", "cz-ustecky", "Bílina", ["418 01"], ["417"], "v Bílině", false),
  place("CZ", "cz-ustecky", "Lovosice", ["410 02"], ["416"], "v Lovosicích", false),
  place("CZ", "cz-ustecky", "Roudnice nad Labem", ["413 01"], ["416"], "v Roudnici nad Labem", false),
  place("CZ", "cz-liberecky", "Liberec", ["460 01", "460 05", "460 06", "460 07", "460 08", "460 14"], ["485", "482"], "v Liberci", true),
  place("CZ", "cz-liberecky", "Jablonec nad Nisou", ["466 01"], ["483"], "v Jablonci nad Nisou", true),
  place("CZ", "cz-liberecky", "Česká Lípa", ["470 01"], ["487"], "v České Lípě", true),
  place("CZ", "cz-liberecky", "Nový Bor", ["473 01"], ["487"], "v Novém Boru", true),
  place("CZ", "cz-liberecky", "Kamenický Šenov", ["471 14"], ["487"], "v Kamenickém Šenově", true),
  place("CZ", "cz-liberecky", "Turnov", ["511 01"], ["481"], "v Turnově", false),
  place("CZ", "cz-liberecky", "Semily", ["513 01"], ["481"], "v Semilech", false),
  place("CZ", "cz-liberecky", "Frýdlant", ["464 01"], ["482"], "ve Frýdlantu", true),
  place("CZ", "cz-liberecky", "Hrádek nad Nisou", ["463 34"], ["482"], "v Hrádku nad Nisou", true),
  place("CZ", "cz-liberecky", "Tanvald", ["468 41"], ["483"], "v Tanvaldu", true),
  place("CZ", "cz-liberecky", "Chrastava", ["463 31"], ["482"], "v Chrastavě", true),
  place("CZ", "cz-karlovarsky", "Karlovy Vary", ["360 01", "360 05", "360 06"], ["353"], "v Karlových Varech", true),
  place("CZ", "cz-karlovarsky", "Cheb", ["350 02"], ["354"], "v Chebu", true),
  place("CZ", "cz-karlovarsky", "Sokolov", ["356 01"], ["352"], "v Sokolově", true),
  place("CZ", "cz-karlovarsky", "Aš", ["352 01"], ["354"], "v Aši", true),
  place("CZ", "cz-karlovarsky", "Kraslice", ["358 01"], ["352"], "v Kraslicích", true),
  place("CZ", "cz-karlovarsky", "Ostrov", ["363 01"], ["353"], "v Ostrově", true),
  place("CZ", "cz-karlovarsky", "Mariánské Lázně", ["353 01"], ["354"], "v Mariánských Lázních", true),
  place("CZ", "cz-karlovarsky", "Chodov", ["357 35"], ["352"], "v Chodově", true),
  place("CZ", "cz-karlovarsky", "Nejdek", ["362 21"], ["353"], "v Nejdku", true),
  place("CZ", "cz-karlovarsky", "Horní Slavkov", ["357 31"], ["352"], "v Horním Slavkově", true),
  place("CZ", "cz-plzensky", "Plzeň", ["301 00", "312 00", "323 00", "326 00"], ["377", "378"], "v Plzni", false, { de: "Pilsen", en: "Plzeň" }),
  place("CZ", "cz-plzensky", "Klatovy", ["339 01"], ["376"], "v Klatovech", true),
  place("CZ", "cz-plzensky", "Domažlice", ["344 01"], ["379"], "v Domažlicích", true),
  place("CZ", "cz-plzensky", "Rokycany", ["337 01"], ["371"], "v Rokycanech", false),
  place("CZ", "cz-plzensky", "Tachov", ["347 01"], ["374"], "v Tachově", true),
  place("CZ", "cz-plzensky", "Stříbro", ["349 01"], ["374"], "ve Stříbře", true),
  place("CZ", "cz-kralovehradecky", "Hradec Králové", ["500 02", "500 03"], ["495"], "v Hradci Králové", false),
  place("CZ", "cz-kralovehradecky", "Trutnov", ["541 01"], ["499"], "v Trutnově", false),
  place("CZ", "cz-kralovehradecky", "Náchod", ["547 01"], ["491"], "v Náchodě", false),
  place("CZ", "cz-kralovehradecky", "Jičín", ["506 01"], ["493"], "v Jičíně", false),
  place("CZ", "cz-kralovehradecky", "Dvůr Králové nad Labem", ["544 01"], ["499"], "ve Dvoře Králové nad Labem", false),
  place("CZ", "cz-kralovehradecky", "Vrchlabí", ["543 01"], ["499"], "ve Vrchlabí", false),
  place("CZ", "cz-stredocesky", "Mladá Boleslav", ["293 01"], ["326"], "v Mladé Boleslavi", false),
  place("CZ", "cz-stredocesky", "Kladno", ["272 01"], ["312"], "v Kladně", false),
  place("CZ", "cz-stredocesky", "Mělník", ["276 01"], ["315"], "v Mělníku", false),
  place("CZ", "cz-stredocesky", "Kolín", ["280 02"], ["321"], "v Kolíně", false),
  place("CZ", "cz-praha", "Praha", ["110 00", "120 00", "130 00", "140 00", "170 00", "186 00"], ["224", "233", "251", "272", "296"], "v Praze", false, { de: "Prag", en: "Prague" }),
  place("CZ", "cz-pardubicky", "Pardubice", ["530 02"], ["466"], "v Pardubicích", false),
  place("CZ", "cz-jihomoravsky", "Brno", ["602 00", "612 00"], ["541", "543"], "v Brně", false),
  place("CZ", "cz-vysocina", "Jihlava", ["586 01"], ["567"], "v Jihlavě", false),

  // Poland, just across the Neisse
  place("PL", null, "Zgorzelec", ["59-900"], ["75"], "ve Zgorzelci", true),
  place("PL", null, "Bogatynia", ["59-920"], ["75"], "v Bogatynii", true),
  place("PL", null, "Jelenia Góra", ["58-500", "58-506"], ["75"], "v Jelení Hoře", false),
];

const CITY_BY_NAME = new Map(CITIES.map((c) => [c.name, c]));

function cityNamed(name: string): City {
  const found = CITY_BY_NAME.get(name);
  if (!found) throw new Error(`demo-data: unknown city ${name}`);
  return found;
}

function phoneFor(rng: Rng, city: City): string {
  const area = pick(rng, city.areaCodes);
  if (city.country === "DE") return `+49 ${area} ${digits(rng, 10 - area.length)}`;
  if (city.country === "PL") return `+48 ${area} ${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`;
  return `+420 ${area} ${digits(rng, 3)} ${digits(rng, 3)}`;
}

/** The neighbouring market as used in "customers in …" / "v …" phrases. */
const NEIGHBOUR: Readonly<Record<Country, Tri>> = {
  DE: { de: "Tschechien", cs: "Česku", en: "the Czech Republic" },
  CZ: { de: "Deutschland", cs: "Německu", en: "Germany" },
  PL: { de: "Deutschland und Tschechien", cs: "Německu a Česku", en: "Germany and the Czech Republic" },
};

/** "… from the neighbouring market" phrases ("aus Tschechien", "z Německa"). */
const NEIGHBOUR_FROM: Readonly<Record<Country, Tri>> = {
  DE: { de: "aus Tschechien", cs: "z Česka", en: "from the Czech Republic" },
  CZ: { de: "aus Deutschland", cs: "z Německa", en: "from Germany" },
  PL: { de: "aus Deutschland und Tschechien", cs: "z Německa a Česka", en: "from Germany and the Czech Republic" },
};

/** Language names as they appear after "auf" / "v" / "in". */
const LANGUAGE_NAMES: Readonly<Record<Lang, Tri>> = {
  de: { de: "Deutsch", cs: "Tschechisch", en: "Englisch" },
  cs: { de: "němčině", cs: "češtině", en: "angličtině" },
  en: { de: "German", cs: "Czech", en: "English" },
};

const AND: Tri = { de: "und", cs: "a", en: "and" };

function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${AND[lang]} ${items[items.length - 1]}`;
}

function languagePhrase(spoken: readonly Lang[], lang: Lang): string {
  const list = joinList(
    spoken.map((l) => LANGUAGE_NAMES[lang][l]),
    lang,
  );
  return lang === "cs" ? `v ${list}` : list;
}

// ---------------------------------------------------------------------------------------------
// Industry profiles
//
// Placeholders: {city} (German/English town name), {loc} (Czech locative, "v Liberci"),
// {year}, {nb} (neighbouring market), {nbFrom} ("from" it), {langs}, {certs}, {n} (head count).
// ---------------------------------------------------------------------------------------------

interface Profile {
  /** First code is the main one; a second may be added for variety. */
  nace: readonly string[];
  certs: readonly string[];
  intro: readonly Tri[];
  detail: readonly Tri[];
  offers: readonly ListingTemplate[];
  seeks: readonly ListingTemplate[];
  /** Words for synthetic company names. */
  wordDe: readonly string[];
  wordCs: readonly string[];
}

const t = (de: string, cs: string, en: string): Tri => ({ de, cs, en });
const listing = (title: Tri, description?: Tri): ListingTemplate => (description ? { title, description } : { title });

const PROFILES = {
  cnc: {
    nace: ["25.62", "25.99"],
    certs: ["ISO 9001", "ISO 14001", "IATF 16949", "AS 9100"],
    intro: [
      t(
        "Seit {year} fertigen wir in {city} Präzisionsteile nach Kundenzeichnung.",
        "Od roku {year} vyrábíme {loc} přesné díly podle výkresové dokumentace zákazníka.",
        "Since {year}, we have been manufacturing precision parts to customer drawings in {city}.",
      ),
      t(
        "Wir sind ein Zerspanungsbetrieb aus {city} und bearbeiten seit {year} Stahl, Edelstahl und Aluminium.",
        "Jsme strojírenská firma {loc} a od roku {year} obrábíme ocel, nerezovou ocel a hliník.",
        "We are a machining company based in {city} and have been processing steel, stainless steel and aluminium since {year}.",
      ),
      t(
        "Wir haben unseren Betrieb {year} in {city} gegründet und uns von Anfang an auf die CNC-Lohnzerspanung spezialisiert.",
        "Naši firmu {loc} jsme založili v roce {year} a od začátku se specializujeme na zakázkové obrábění CNC.",
        "We founded our company in {city} in {year} and have specialised in CNC contract machining from the start.",
      ),
    ],
    detail: [
      t(
        "Auf modernen 5-Achs-Bearbeitungszentren fräsen wir komplexe Bauteile bis 800 mm Kantenlänge.",
        "Na moderních pětiosých obráběcích centrech frézujeme složité díly s délkou hrany až 800 mm.",
        "On modern 5-axis machining centres we mill complex components with edge lengths of up to 800 mm.",
      ),
      t(
        "Dreh- und Frästeile liefern wir vom Prototyp bis zur Serie mit mehreren tausend Stück.",
        "Soustružené a frézované díly dodáváme od prototypu až po série několika tisíc kusů.",
        "We supply turned and milled parts from prototypes to batches of several thousand pieces.",
      ),
      t(
        "Die Maßhaltigkeit prüfen wir in unserem klimatisierten Messraum mit einer 3D-Koordinatenmessmaschine.",
        "Rozměrovou přesnost kontrolujeme v klimatizované měrové místnosti na 3D souřadnicovém měřicím stroji.",
        "We check dimensional accuracy in our air-conditioned measuring room using a 3D coordinate measuring machine.",
      ),
      t(
        "Zu unseren Kunden zählen Maschinenbauer, Automobilzulieferer und Hersteller von Medizintechnik.",
        "Mezi naše zákazníky patří výrobci strojů, dodavatelé pro automobilový průmysl a výrobci zdravotnické techniky.",
        "Our customers include machine builders, automotive suppliers and medical technology manufacturers.",
      ),
    ],
    offers: [
      listing(
        t("CNC-Fräsen von Aluminium und Stahl", "CNC frézování hliníku a oceli", "CNC milling of aluminium and steel"),
        t(
          "3- und 5-Achs-Bearbeitung, Losgrößen ab einem Stück.",
          "Tříosé a pětiosé obrábění, série již od jednoho kusu.",
          "3- and 5-axis machining, batch sizes from one piece.",
        ),
      ),
      listing(t("CNC-Drehen bis Ø 400 mm", "CNC soustružení do průměru 400 mm", "CNC turning up to 400 mm diameter")),
      listing(
        t(
          "Lohnfertigung von Dreh- und Frästeilen",
          "Zakázková výroba soustružených a frézovaných dílů",
          "Contract manufacturing of turned and milled parts",
        ),
      ),
      listing(
        t(
          "Prototypen und Kleinserien aus Edelstahl",
          "Prototypy a malé série z nerezové oceli",
          "Prototypes and small batches in stainless steel",
        ),
      ),
      listing(
        t(
          "Schleifen und Honen von Präzisionsteilen",
          "Broušení a honování přesných dílů",
          "Grinding and honing of precision parts",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Partner für Härten und Oberflächenbehandlung",
          "Partner pro kalení a povrchové úpravy",
          "Partner for hardening and surface treatment",
        ),
      ),
      listing(
        t(
          "Dauerhafte Serienaufträge für Frästeile",
          "Dlouhodobé sériové zakázky na frézované díly",
          "Long-term series orders for milled parts",
        ),
      ),
      listing(t("Erfahrene Zerspanungsmechaniker", "Zkušení obsluhovatelé CNC strojů", "Experienced CNC machinists")),
      listing(t("Lieferant für Aluminium-Zuschnitte", "Dodavatel hliníkových přířezů", "Supplier of aluminium blanks")),
    ],
    wordDe: ["Zerspanungstechnik", "CNC-Fertigung", "Präzisionsteile"],
    wordCs: ["Obrábění", "CNC výroba", "Přesné díly"],
  },

  welding: {
    nace: ["25.11", "25.99"],
    certs: ["EN 1090", "ISO 3834", "ISO 9001"],
    intro: [
      t(
        "Seit {year} steht unser Betrieb in {city} für Stahlbau und Schweißtechnik.",
        "Od roku {year} se naše firma {loc} věnuje ocelovým konstrukcím a svařování.",
        "Since {year}, our company in {city} has focused on steel construction and welding.",
      ),
      t(
        "Wir sind ein Metallbau- und Schweißfachbetrieb aus {city}, gegründet {year}.",
        "Jsme zámečnická a svářečská firma {loc}, založená v roce {year}.",
        "We are a metalworking and welding company based in {city}, founded in {year}.",
      ),
      t(
        "In unserer Fertigungshalle in {city} schweißen wir seit {year} Baugruppen für Maschinen- und Anlagenbauer.",
        "V naší výrobní hale {loc} svařujeme od roku {year} konstrukční celky pro výrobce strojů a zařízení.",
        "In our production hall in {city} we have been welding assemblies for machine and plant builders since {year}.",
      ),
    ],
    detail: [
      t(
        "Wir schweißen Stahl, Edelstahl und Aluminium in den Verfahren MAG, WIG und MIG.",
        "Svařujeme ocel, nerezovou ocel a hliník metodami MAG, TIG a MIG.",
        "We weld steel, stainless steel and aluminium using MAG, TIG and MIG processes.",
      ),
      t(
        "Unsere Stahlkonstruktionen reichen von Treppen und Podesten bis zu Hallentragwerken.",
        "Naše ocelové konstrukce sahají od schodišť a plošin až po nosné konstrukce hal.",
        "Our steel structures range from stairs and platforms to load-bearing frames for industrial halls.",
      ),
      t(
        "Zwei Hallenkrane mit je zehn Tonnen Tragkraft ermöglichen auch schwere Schweißkonstruktionen.",
        "Dva mostové jeřáby, každý s nosností deset tun, nám umožňují vyrábět i těžké svařence.",
        "Two overhead cranes, each with a capacity of ten tonnes, allow us to build heavy welded structures.",
      ),
      t(
        "Unsere Schweißer sind nach DIN EN ISO 9606-1 geprüft.",
        "Naši svářeči mají platné zkoušky podle ČSN EN ISO 9606-1.",
        "Our welders are qualified to EN ISO 9606-1.",
      ),
    ],
    offers: [
      listing(
        t(
          "Schweißbaugruppen nach EN 1090",
          "Svařované konstrukční celky podle EN 1090",
          "Welded assemblies according to EN 1090",
        ),
        t(
          "Stahl- und Edelstahlbaugruppen bis Ausführungsklasse EXC2.",
          "Ocelové a nerezové svařence do třídy provedení EXC2.",
          "Steel and stainless steel assemblies up to execution class EXC2.",
        ),
      ),
      listing(
        t(
          "Stahlbau: Treppen, Bühnen und Geländer",
          "Ocelové konstrukce: schodiště, plošiny a zábradlí",
          "Steel construction: stairs, platforms and railings",
        ),
      ),
      listing(
        t(
          "WIG-Schweißen von Edelstahl und Aluminium",
          "Svařování nerezu a hliníku metodou TIG",
          "TIG welding of stainless steel and aluminium",
        ),
      ),
      listing(
        t(
          "Montage von Stahlkonstruktionen vor Ort",
          "Montáž ocelových konstrukcí na místě",
          "On-site installation of steel structures",
        ),
      ),
      listing(
        t(
          "Robotergestütztes MAG-Schweißen von Serienteilen",
          "Robotické svařování sériových dílů metodou MAG",
          "Robotic MAG welding of series parts",
        ),
      ),
    ],
    seeks: [
      listing(
        t("Dienstleister für Pulverbeschichtung", "Dodavatel práškového lakování", "Powder coating service provider"),
      ),
      listing(
        t(
          "Feuerverzinkerei in Grenznähe",
          "Žárová zinkovna v blízkosti hranic",
          "Hot-dip galvanising plant near the border",
        ),
      ),
      listing(
        t(
          "Zertifizierte Schweißer für Montageeinsätze",
          "Certifikovaní svářeči pro montáže",
          "Certified welders for installation work",
        ),
      ),
    ],
    wordDe: ["Stahlbau", "Metallbau", "Schweißtechnik"],
    wordCs: ["Svařovna", "Kovovýroba", "Ocelové konstrukce"],
  },

  sheet: {
    nace: ["25.99", "25.62"],
    certs: ["ISO 9001", "EN 1090", "ISO 14001"],
    intro: [
      t(
        "Seit {year} bearbeiten wir in {city} Bleche aus Stahl, Edelstahl und Aluminium.",
        "Od roku {year} zpracováváme {loc} plechy z oceli, nerezové oceli a hliníku.",
        "Since {year}, we have been processing steel, stainless steel and aluminium sheet in {city}.",
      ),
      t(
        "Unser Unternehmen in {city} ist seit {year} auf Laserschneiden und Abkanten spezialisiert.",
        "Naše firma {loc} se od roku {year} specializuje na laserové řezání a ohýbání plechů.",
        "Our company in {city} has specialised in laser cutting and press brake bending since {year}.",
      ),
      t(
        "Wir sind ein Blechverarbeiter aus {city} und liefern seit {year} Zuschnitte, Biegeteile und Gehäuse.",
        "Jsme zpracovatel plechů {loc} a od roku {year} dodáváme přířezy, ohýbané díly a skříně.",
        "We are a sheet metal processor based in {city} and have been supplying blanks, bent parts and enclosures since {year}.",
      ),
    ],
    detail: [
      t(
        "Mit zwei Faserlasern schneiden wir Bleche bis 25 mm Stärke im Format 3 × 1,5 m.",
        "Dvěma vláknovými lasery řežeme plechy do tloušťky 25 mm ve formátu 3 × 1,5 m.",
        "With two fibre lasers we cut sheets up to 25 mm thick in 3 × 1.5 m format.",
      ),
      t(
        "CNC-Abkantpressen mit bis zu 250 Tonnen Presskraft formen auch lange Profile präzise.",
        "Ohraňovací lisy CNC s lisovací silou až 250 tun přesně ohýbají i dlouhé profily.",
        "CNC press brakes with up to 250 tonnes of force bend even long profiles precisely.",
      ),
      t(
        "Vom Zuschnitt bis zum pulverbeschichteten Gehäuse erhalten Kunden alles aus einer Hand.",
        "Od přířezu až po práškově lakovanou skříň získají zákazníci vše z jedné ruky.",
        "From the blank to the powder-coated enclosure, customers get everything from a single source.",
      ),
      t(
        "Für wirtschaftliche Serien kombinieren wir Stanz- und Lasertechnik.",
        "Pro hospodárné série kombinujeme vysekávání a laserové řezání.",
        "We combine punching and laser technology for cost-effective series production.",
      ),
    ],
    offers: [
      listing(
        t(
          "Laserschneiden von Blechen bis 25 mm",
          "Laserové řezání plechů do 25 mm",
          "Laser cutting of sheet metal up to 25 mm",
        ),
        t(
          "Baustahl, Edelstahl und Aluminium, Lieferung innerhalb von fünf Arbeitstagen.",
          "Konstrukční ocel, nerez a hliník, dodání do pěti pracovních dnů.",
          "Structural steel, stainless steel and aluminium, delivered within five working days.",
        ),
      ),
      listing(
        t(
          "Blechbearbeitung: Abkanten, Stanzen, Schweißen",
          "Zpracování plechu: ohýbání, vysekávání, svařování",
          "Sheet metal working: bending, punching, welding",
        ),
      ),
      listing(
        t(
          "Schaltschrank- und Gerätegehäuse aus Blech",
          "Plechové rozvaděčové a přístrojové skříně",
          "Sheet metal enclosures for control cabinets and devices",
        ),
      ),
      listing(t("Rohrlaserschneiden", "Laserové řezání trubek", "Laser tube cutting")),
    ],
    seeks: [
      listing(t("Partner für Pulverbeschichtung", "Partner pro práškové lakování", "Partner for powder coating")),
      listing(
        t("Serienaufträge für Laserteile", "Sériové zakázky na laserové výpalky", "Series orders for laser-cut parts"),
      ),
      listing(t("Lieferant für Edelstahlbleche", "Dodavatel nerezových plechů", "Supplier of stainless steel sheet")),
    ],
    wordDe: ["Blechtechnik", "Lasertechnik", "Blechbearbeitung"],
    wordCs: ["Zpracování plechu", "Laserové řezání", "Plechy"],
  },

  coating: {
    nace: ["25.61"],
    certs: ["ISO 9001", "ISO 14001", "ISO 50001"],
    intro: [
      t(
        "Seit {year} veredeln wir in {city} Metalloberflächen für Industrie und Handwerk.",
        "Od roku {year} zušlechťujeme {loc} kovové povrchy pro průmysl i řemeslníky.",
        "Since {year}, we have been finishing metal surfaces for industry and trade in {city}.",
      ),
      t(
        "Wir sind ein Lohnbeschichter aus {city} und seit {year} auf Pulverbeschichtung spezialisiert.",
        "Jsme lakovna {loc} a od roku {year} se specializujeme na práškové lakování.",
        "We are a contract coater based in {city} and have specialised in powder coating since {year}.",
      ),
    ],
    detail: [
      t(
        "Unsere Pulverbeschichtungsanlage verarbeitet Teile bis 6 m Länge und 800 kg Gewicht.",
        "Naše linka práškového lakování zpracuje díly do délky 6 m a hmotnosti 800 kg.",
        "Our powder coating line handles parts up to 6 m long and 800 kg in weight.",
      ),
      t(
        "Vor dem Beschichten werden alle Teile gestrahlt oder in einer mehrstufigen Vorbehandlung gereinigt.",
        "Před lakováním všechny díly otryskáme nebo vyčistíme ve vícestupňové předúpravě.",
        "Before coating, all parts are blasted or cleaned in a multi-stage pretreatment.",
      ),
      t(
        "Wir bieten alle RAL-Farbtöne sowie Struktur- und Metallic-Effekte an.",
        "Nabízíme všechny odstíny RAL i strukturované a metalické efekty.",
        "We offer all RAL colours as well as textured and metallic finishes.",
      ),
      t(
        "Abholung und Lieferung übernehmen wir mit eigenen Fahrzeugen, auch über die Grenze.",
        "Svoz a rozvoz zajišťujeme vlastními vozidly, i přes hranice.",
        "We collect and deliver with our own vehicles, including across the border.",
      ),
    ],
    offers: [
      listing(
        t(
          "Pulverbeschichtung in allen RAL-Farben",
          "Práškové lakování ve všech odstínech RAL",
          "Powder coating in all RAL colours",
        ),
      ),
      listing(
        t(
          "Sandstrahlen und Glasperlstrahlen",
          "Pískování a tryskání skleněnými kuličkami",
          "Sand blasting and glass bead blasting",
        ),
      ),
      listing(
        t(
          "Galvanisches Verzinken und Eloxieren",
          "Galvanické zinkování a eloxování",
          "Zinc electroplating and anodising",
        ),
      ),
      listing(t("Nasslackierung von Großteilen", "Mokré lakování velkých dílů", "Wet painting of large parts")),
    ],
    seeks: [
      listing(
        t(
          "Serienaufträge aus dem Maschinenbau",
          "Sériové zakázky ze strojírenství",
          "Series orders from mechanical engineering",
        ),
      ),
      listing(t("Lieferant für Pulverlacke", "Dodavatel práškových barev", "Supplier of powder coatings")),
      listing(
        t(
          "Speditionspartner für Sammeltransporte",
          "Dopravce pro sběrné přepravy",
          "Haulier for consolidated shipments",
        ),
      ),
    ],
    wordDe: ["Pulverbeschichtung", "Oberflächentechnik"],
    wordCs: ["Lakovna", "Povrchové úpravy"],
  },

  foundry: {
    nace: ["24.51", "24.53"],
    certs: ["ISO 9001", "ISO 14001", "ISO 50001"],
    intro: [
      t(
        "Unsere Gießerei in {city} gießt seit {year} Teile aus Grauguss und Sphäroguss.",
        "Naše slévárna {loc} odlévá od roku {year} díly ze šedé a tvárné litiny.",
        "Our foundry in {city} has been casting grey and ductile iron parts since {year}.",
      ),
      t(
        "Seit {year} fertigen wir in {city} Aluminium-Gussteile im Sand- und Kokillenguss.",
        "Od roku {year} vyrábíme {loc} hliníkové odlitky litím do písku a do kokil.",
        "Since {year}, we have been producing aluminium castings in sand and gravity die casting in {city}.",
      ),
    ],
    detail: [
      t(
        "Wir gießen Stückgewichte von 0,5 bis 800 kg in Klein- und Mittelserien.",
        "Odléváme kusy o hmotnosti od 0,5 do 800 kg v malých a středních sériích.",
        "We cast pieces weighing from 0.5 to 800 kg in small and medium series.",
      ),
      t(
        "Auf Wunsch liefern wir die Gussteile einbaufertig bearbeitet.",
        "Na přání dodáváme odlitky obrobené a připravené k montáži.",
        "On request, we deliver castings fully machined and ready for assembly.",
      ),
      t(
        "Modellbau, Gießsimulation und Röntgenprüfung gehören zu unserem Leistungsumfang.",
        "Součástí našich služeb je výroba modelů, simulace lití i rentgenová kontrola.",
        "Our services include pattern making, casting simulation and X-ray inspection.",
      ),
    ],
    offers: [
      listing(
        t("Gussteile aus Grauguss und Sphäroguss", "Odlitky ze šedé a tvárné litiny", "Grey and ductile iron castings"),
      ),
      listing(
        t(
          "Aluminium-Sandguss und Kokillenguss",
          "Hliníkové odlitky do písku a do kokil",
          "Aluminium sand and gravity die castings",
        ),
      ),
      listing(t("Mechanische Bearbeitung von Gussteilen", "Obrábění odlitků", "Machining of castings")),
    ],
    seeks: [
      listing(
        t("Dienstleister für Pulverbeschichtung", "Dodavatel práškového lakování", "Powder coating service provider"),
      ),
      listing(
        t(
          "Modellbauer für Holz- und Kunststoffmodelle",
          "Modelárna pro dřevěné a plastové modely",
          "Pattern maker for wooden and plastic patterns",
        ),
      ),
      listing(
        t(
          "Abnehmer für Gussteile im Maschinenbau",
          "Odběratelé odlitků ze strojírenství",
          "Customers for castings in mechanical engineering",
        ),
      ),
    ],
    wordDe: ["Gießerei", "Gusstechnik"],
    wordCs: ["Slévárna", "Odlitky"],
  },

  forging: {
    nace: ["25.50"],
    certs: ["ISO 9001", "IATF 16949"],
    intro: [
      t(
        "Seit {year} fertigen wir in {city} Gesenkschmiedeteile aus Stahl.",
        "Od roku {year} vyrábíme {loc} zápustkové výkovky z oceli.",
        "Since {year}, we have been producing closed-die steel forgings in {city}.",
      ),
      t(
        "Unsere Schmiede in {city} verbindet seit {year} traditionelles Handwerk mit moderner Umformtechnik.",
        "Naše kovárna {loc} od roku {year} spojuje tradiční řemeslo s moderní technologií tváření.",
        "Since {year}, our forge in {city} has combined traditional craftsmanship with modern forming technology.",
      ),
    ],
    detail: [
      t(
        "Auf Hämmern und Pressen fertigen wir Schmiedeteile von 0,2 bis 60 kg.",
        "Na bucharech a lisech vyrábíme výkovky o hmotnosti od 0,2 do 60 kg.",
        "On hammers and presses we produce forgings weighing from 0.2 to 60 kg.",
      ),
      t(
        "Wärmebehandlung und Kugelstrahlen erfolgen direkt im eigenen Werk.",
        "Tepelné zpracování a tryskání provádíme přímo ve vlastním závodě.",
        "Heat treatment and shot blasting are carried out in our own plant.",
      ),
      t(
        "Unsere Kunden kommen aus der Landtechnik, dem Schienenfahrzeugbau und der Hydraulik.",
        "Naši zákazníci působí v zemědělské technice, výrobě kolejových vozidel a hydraulice.",
        "Our customers come from agricultural machinery, rail vehicle manufacturing and hydraulics.",
      ),
    ],
    offers: [
      listing(
        t(
          "Gesenkschmiedeteile von 0,2 bis 60 kg",
          "Zápustkové výkovky od 0,2 do 60 kg",
          "Closed-die forgings from 0.2 to 60 kg",
        ),
      ),
      listing(
        t(
          "Freiformschmieden und Kunstschmiedearbeiten",
          "Volné kování a umělecké kovářství",
          "Open-die forging and artistic blacksmithing",
        ),
      ),
      listing(
        t("Wärmebehandlung von Stahlteilen", "Tepelné zpracování ocelových dílů", "Heat treatment of steel parts"),
      ),
    ],
    seeks: [
      listing(
        t(
          "Partner für die mechanische Bearbeitung von Schmiedeteilen",
          "Partner pro obrábění výkovků",
          "Partner for machining forgings",
        ),
      ),
      listing(t("Lieferant für Stabstahl", "Dodavatel tyčové oceli", "Supplier of steel bars")),
    ],
    wordDe: ["Schmiedetechnik", "Gesenkschmiede"],
    wordCs: ["Kovárna", "Výkovky"],
  },

  machinery: {
    nace: ["28.99", "33.20"],
    certs: ["ISO 9001", "ISO 14001"],
    intro: [
      t(
        "Seit {year} entwickeln und bauen wir in {city} Sondermaschinen für die Industrie.",
        "Od roku {year} vyvíjíme a stavíme {loc} jednoúčelové stroje pro průmysl.",
        "Since {year}, we have been developing and building special-purpose machines for industry in {city}.",
      ),
      t(
        "Wir sind ein Maschinenbauunternehmen aus {city} und bauen seit {year} Produktionsanlagen und Fertigungslinien.",
        "Jsme strojírenská firma {loc} a od roku {year} stavíme výrobní zařízení a linky.",
        "We are a mechanical engineering company based in {city} and have been building production equipment and lines since {year}.",
      ),
      t(
        "Unser Betrieb in {city} konstruiert und fertigt seit {year} Vorrichtungen, Maschinen und komplette Produktionslinien.",
        "Naše firma {loc} od roku {year} konstruuje a vyrábí přípravky, stroje i kompletní výrobní linky.",
        "Since {year}, our company in {city} has been designing and manufacturing fixtures, machines and complete production lines.",
      ),
    ],
    detail: [
      t(
        "Konstruktion, Fertigung, Montage und Inbetriebnahme erfolgen bei uns aus einer Hand.",
        "Konstrukci, výrobu, montáž i uvedení do provozu zajišťujeme sami.",
        "Design, manufacturing, assembly and commissioning are all handled in-house.",
      ),
      t(
        "Unsere Anlagen laufen bei Kunden in der Automobil-, Lebensmittel- und Verpackungsindustrie.",
        "Naše zařízení pracují u zákazníků v automobilovém, potravinářském a obalovém průmyslu.",
        "Our systems are in operation at customers in the automotive, food and packaging industries.",
      ),
      t(
        "Für Retrofit und Modernisierung älterer Maschinen haben wir ein eigenes Serviceteam.",
        "Pro retrofit a modernizaci starších strojů máme vlastní servisní tým.",
        "We have a dedicated service team for retrofitting and modernising older machines.",
      ),
      t(
        "Ein großer Teil unserer Maschinen geht in den Export, vor allem nach Mitteleuropa.",
        "Velká část našich strojů míří na export, především do střední Evropy.",
        "A large share of our machines is exported, mainly within Central Europe.",
      ),
    ],
    offers: [
      listing(
        t(
          "Sondermaschinenbau nach Kundenanforderung",
          "Výroba jednoúčelových strojů na zakázku",
          "Custom special-purpose machinery",
        ),
        t(
          "Von der Idee über die Konstruktion bis zur Inbetriebnahme beim Kunden.",
          "Od nápadu přes konstrukci až po uvedení do provozu u zákazníka.",
          "From the initial idea and design through to commissioning at the customer's site.",
        ),
      ),
      listing(t("Montage- und Prüfvorrichtungen", "Montážní a kontrolní přípravky", "Assembly and testing fixtures")),
      listing(
        t(
          "Retrofit und Modernisierung von Werkzeugmaschinen",
          "Retrofit a modernizace obráběcích strojů",
          "Retrofit and modernisation of machine tools",
        ),
      ),
      listing(
        t(
          "Fördertechnik und Transportsysteme",
          "Dopravníková technika a transportní systémy",
          "Conveyor technology and transport systems",
        ),
      ),
      listing(
        t(
          "Konstruktion und Montage von Produktionslinien",
          "Konstrukce a montáž výrobních linek",
          "Design and assembly of production lines",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Lohnfertigung Schweißbaugruppen",
          "Zakázková výroba svařenců",
          "Contract manufacturing of welded assemblies",
        ),
      ),
      listing(
        t(
          "Zulieferer für Dreh- und Frästeile",
          "Dodavatel soustružených a frézovaných dílů",
          "Supplier of turned and milled parts",
        ),
      ),
      listing(t("Vertriebspartner in {nb}", "Obchodní partner v {nb}", "Sales partner in {nb}")),
      listing(
        t(
          "Partner für Schaltschrankbau und Steuerungstechnik",
          "Partner pro výrobu rozvaděčů a řídicí techniku",
          "Partner for control cabinet building and control engineering",
        ),
      ),
    ],
    wordDe: ["Maschinenbau", "Sondermaschinenbau", "Anlagenbau"],
    wordCs: ["Strojírna", "Stroje a zařízení", "Výroba strojů"],
  },

  automation: {
    nace: ["27.12", "33.20", "27.90"],
    certs: ["ISO 9001", "ISO 14001"],
    intro: [
      t(
        "Seit {year} automatisieren wir von unserem Standort in {city} aus Maschinen und Produktionsanlagen.",
        "Od roku {year} se {loc} zabýváme automatizací strojů a výrobních zařízení.",
        "Since {year}, we have been automating machines and production plants from our base in {city}.",
      ),
      t(
        "Wir sind ein Elektro- und Automatisierungsbetrieb aus {city}, gegründet {year}.",
        "Jsme firma {loc} zaměřená na elektrotechniku a automatizaci, založená v roce {year}.",
        "We are an electrical engineering and automation company based in {city}, founded in {year}.",
      ),
      t(
        "Unser Team in {city} plant, baut und programmiert seit {year} Steuerungen für den Maschinenbau.",
        "Náš tým {loc} od roku {year} navrhuje, vyrábí a programuje řídicí systémy pro strojírenství.",
        "Since {year}, our team in {city} has been designing, building and programming control systems for machine builders.",
      ),
    ],
    detail: [
      t(
        "Wir programmieren Steuerungen von Siemens, Beckhoff und B&R sowie Industrieroboter verschiedener Hersteller.",
        "Programujeme řídicí systémy Siemens, Beckhoff a B&R i průmyslové roboty různých výrobců.",
        "We program Siemens, Beckhoff and B&R controllers as well as industrial robots from various manufacturers.",
      ),
      t(
        "Im eigenen Schaltschrankbau entstehen jährlich mehrere hundert Schaltanlagen.",
        "Ve vlastní výrobě rozvaděčů vzniká ročně několik set rozvaděčů.",
        "Our in-house panel shop builds several hundred control cabinets every year.",
      ),
      t(
        "Inbetriebnahmen und Service übernehmen wir in ganz Europa.",
        "Uvádění do provozu a servis zajišťujeme po celé Evropě.",
        "We carry out commissioning and service work throughout Europe.",
      ),
      t(
        "Besonders gefragt sind unsere Lösungen für Bildverarbeitung und Qualitätsprüfung.",
        "Největší zájem je o naše řešení pro strojové vidění a kontrolu kvality.",
        "Our solutions for machine vision and quality inspection are in particular demand.",
      ),
    ],
    offers: [
      listing(
        t(
          "Schaltschrankbau nach Kundenplänen",
          "Výroba rozvaděčů podle dokumentace zákazníka",
          "Control cabinet building to customer plans",
        ),
      ),
      listing(
        t(
          "SPS-Programmierung und Inbetriebnahme",
          "Programování PLC a uvádění do provozu",
          "PLC programming and commissioning",
        ),
        t(
          "Siemens TIA Portal, Beckhoff TwinCAT und B&R Automation Studio.",
          "Siemens TIA Portal, Beckhoff TwinCAT a B&R Automation Studio.",
          "Siemens TIA Portal, Beckhoff TwinCAT and B&R Automation Studio.",
        ),
      ),
      listing(
        t(
          "Roboterzellen für Handhabung und Schweißen",
          "Robotická pracoviště pro manipulaci a svařování",
          "Robot cells for handling and welding",
        ),
      ),
      listing(
        t(
          "Kamerasysteme für die Qualitätskontrolle",
          "Kamerové systémy pro kontrolu kvality",
          "Camera systems for quality control",
        ),
      ),
      listing(
        t(
          "Elektroinstallation von Maschinen und Anlagen",
          "Elektroinstalace strojů a zařízení",
          "Electrical installation of machines and plants",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Maschinenbauer als Partner für gemeinsame Projekte",
          "Strojírenské firmy jako partneři pro společné projekty",
          "Machine builders as partners for joint projects",
        ),
      ),
      listing(
        t(
          "Elektriker und Inbetriebnehmer",
          "Elektrikáři a technici pro uvádění do provozu",
          "Electricians and commissioning technicians",
        ),
      ),
      listing(t("Vertriebspartner in {nb}", "Obchodní partner v {nb}", "Sales partner in {nb}")),
    ],
    wordDe: ["Automatisierung", "Steuerungstechnik", "Elektrotechnik"],
    wordCs: ["Automatizace", "Řídicí systémy", "Elektrotechnika"],
  },

  electronics: {
    nace: ["26.12", "26.11", "27.32"],
    certs: ["ISO 9001", "IATF 16949", "ISO 14001"],
    intro: [
      t(
        "Seit {year} bestücken wir in {city} Leiterplatten für Industriekunden.",
        "Od roku {year} osazujeme {loc} desky plošných spojů pro průmyslové zákazníky.",
        "Since {year}, we have been assembling printed circuit boards for industrial customers in {city}.",
      ),
      t(
        "Wir sind ein Elektronikdienstleister aus {city} und seit {year} am Markt.",
        "Jsme firma {loc} zaměřená na zakázkovou výrobu elektroniky a na trhu působíme od roku {year}.",
        "We are an electronics manufacturing services company based in {city} and have been in business since {year}.",
      ),
      t(
        "Unser Unternehmen in {city} entwickelt und fertigt seit {year} elektronische Baugruppen.",
        "Naše firma {loc} od roku {year} vyvíjí a vyrábí elektronické sestavy.",
        "Since {year}, our company in {city} has been developing and manufacturing electronic assemblies.",
      ),
    ],
    detail: [
      t(
        "Auf drei SMD-Linien bestücken wir Bauteile bis zur Baugröße 01005.",
        "Na třech linkách SMD osazujeme součástky až do velikosti 01005.",
        "On three SMD lines we place components down to size 01005.",
      ),
      t(
        "Neben SMD- und THT-Bestückung bieten wir Kabelkonfektion und Gerätemontage an.",
        "Kromě osazování SMD a THT nabízíme výrobu kabelových svazků a montáž přístrojů.",
        "Besides SMD and THT assembly, we offer cable harness production and device assembly.",
      ),
      t(
        "Jede Baugruppe durchläuft AOI, Funktionstest und bei Bedarf eine Röntgenprüfung.",
        "Každá sestava prochází optickou kontrolou AOI, funkčním testem a v případě potřeby rentgenovou kontrolou.",
        "Every assembly undergoes AOI, functional testing and, where required, X-ray inspection.",
      ),
      t(
        "Wir begleiten Kunden von der Schaltungsentwicklung bis zur Serienfertigung.",
        "Zákazníky provázíme od vývoje zapojení až po sériovou výrobu.",
        "We support customers from circuit design through to series production.",
      ),
    ],
    offers: [
      listing(
        t(
          "SMD- und THT-Bestückung von Leiterplatten",
          "Osazování desek plošných spojů SMD a THT",
          "SMD and THT PCB assembly",
        ),
      ),
      listing(
        t("Kabelkonfektion und Kabelbäume", "Výroba kabelů a kabelových svazků", "Cable assembly and wiring harnesses"),
      ),
      listing(
        t(
          "Entwicklung elektronischer Steuerungen",
          "Vývoj elektronických řídicích jednotek",
          "Development of electronic control units",
        ),
      ),
      listing(t("Prüfgeräte und Testadapter", "Testovací zařízení a adaptéry", "Test equipment and test adapters")),
    ],
    seeks: [
      listing(
        t(
          "Lieferant für Leiterplatten in Kleinserien",
          "Dodavatel desek plošných spojů v malých sériích",
          "Supplier of PCBs in small batches",
        ),
      ),
      listing(
        t("Partner für Gehäuse aus Kunststoff", "Partner pro výrobu plastových krytů", "Partner for plastic housings"),
      ),
      listing(
        t(
          "Neue Serienkunden aus der Industrieelektronik",
          "Noví sérioví zákazníci z průmyslové elektroniky",
          "New series customers in industrial electronics",
        ),
      ),
    ],
    wordDe: ["Elektronik", "Leiterplattenbestückung"],
    wordCs: ["Elektronika", "Osazování DPS"],
  },

  plastics: {
    nace: ["22.29", "22.21", "22.22"],
    certs: ["ISO 9001", "IATF 16949", "ISO 14001"],
    intro: [
      t(
        "Seit {year} fertigen wir in {city} technische Kunststoffteile im Spritzgussverfahren.",
        "Od roku {year} vyrábíme {loc} technické plastové díly vstřikováním.",
        "Since {year}, we have been producing technical plastic parts by injection moulding in {city}.",
      ),
      t(
        "Wir sind ein Kunststoffverarbeiter aus {city} und seit {year} Partner der Industrie.",
        "Jsme zpracovatel plastů {loc} a od roku {year} jsme partnerem průmyslu.",
        "We are a plastics processor based in {city} and have been a partner to industry since {year}.",
      ),
      t(
        "Unser Spritzgießbetrieb in {city} wurde {year} gegründet.",
        "Naše lisovna plastů {loc} byla založena v roce {year}.",
        "Our injection moulding plant in {city} was founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Auf über zwanzig Spritzgießmaschinen mit 50 bis 650 Tonnen Schließkraft verarbeiten wir alle gängigen Thermoplaste.",
        "Na více než dvaceti vstřikovacích lisech s uzavírací silou 50 až 650 tun zpracováváme všechny běžné termoplasty.",
        "On more than twenty injection moulding machines with clamping forces from 50 to 650 tonnes we process all common thermoplastics.",
      ),
      t(
        "Wir liefern Teile für die Automobil-, Elektro- und Haushaltsgeräteindustrie.",
        "Dodáváme díly pro automobilový a elektrotechnický průmysl i pro výrobce domácích spotřebičů.",
        "We supply parts to the automotive, electrical and household appliance industries.",
      ),
      t(
        "Im eigenen Werkzeugbau bauen und warten wir unsere Spritzgießwerkzeuge.",
        "Ve vlastní nástrojárně vyrábíme a udržujeme vstřikovací formy.",
        "We build and maintain our injection moulds in our own toolroom.",
      ),
      t(
        "Montage, Ultraschallschweißen und Bedrucken ergänzen unser Angebot.",
        "Naši nabídku doplňuje montáž, ultrazvukové svařování a potisk.",
        "Assembly, ultrasonic welding and printing complete our range of services.",
      ),
    ],
    offers: [
      listing(
        t(
          "Kunststoff-Spritzguss von 1 g bis 2 kg",
          "Vstřikování plastů od 1 g do 2 kg",
          "Plastic injection moulding from 1 g to 2 kg",
        ),
        t(
          "PP, PA, ABS, PC und POM, auch glasfaserverstärkt.",
          "PP, PA, ABS, PC a POM, i vyztužené skelnými vlákny.",
          "PP, PA, ABS, PC and POM, also glass-fibre reinforced.",
        ),
      ),
      listing(t("Zwei-Komponenten-Spritzguss", "Dvoukomponentní vstřikování", "Two-component injection moulding")),
      listing(t("Baugruppenmontage und Verpackung", "Montáž sestav a balení", "Assembly of components and packaging")),
      listing(t("Extrusion von Kunststoffprofilen", "Vytlačování plastových profilů", "Extrusion of plastic profiles")),
      listing(
        t(
          "Tiefziehen von Kunststoffverpackungen",
          "Tvarování plastových obalů za tepla",
          "Thermoforming of plastic packaging",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Werkzeugbauer für Spritzgießwerkzeuge",
          "Nástrojárna pro výrobu vstřikovacích forem",
          "Toolmaker for injection moulds",
        ),
      ),
      listing(
        t(
          "Neue Kunden für Spritzgussteile",
          "Noví zákazníci pro vstřikované díly",
          "New customers for injection-moulded parts",
        ),
      ),
      listing(
        t("Lieferant für Rezyklat-Granulate", "Dodavatel recyklovaných granulátů", "Supplier of recycled granulates"),
      ),
    ],
    wordDe: ["Kunststofftechnik", "Spritzguss"],
    wordCs: ["Plasty", "Lisovna plastů"],
  },

  tooling: {
    nace: ["25.73"],
    certs: ["ISO 9001"],
    intro: [
      t(
        "Seit {year} bauen wir in {city} Spritzgieß- und Stanzwerkzeuge.",
        "Od roku {year} vyrábíme {loc} vstřikovací formy a střižné nástroje.",
        "Since {year}, we have been building injection moulds and stamping tools in {city}.",
      ),
      t(
        "Wir sind ein Werkzeug- und Formenbauer aus {city}, gegründet {year}.",
        "Jsme nástrojárna {loc}, založená v roce {year}.",
        "We are a tool and mould maker based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Mit Senk- und Drahterodieren sowie HSC-Fräsen erreichen wir Toleranzen im Mikrometerbereich.",
        "Díky elektroerozivnímu hloubení, drátovému řezání a frézování HSC dosahujeme tolerancí v řádu mikrometrů.",
        "With die-sinking and wire EDM as well as high-speed milling, we achieve tolerances in the micrometre range.",
      ),
      t(
        "Von der Konstruktion bis zur Bemusterung liefern wir Werkzeuge einbaufertig.",
        "Nástroje dodáváme připravené k nasazení, od konstrukce až po odzkoušení.",
        "We deliver tools ready for production, from design to sampling.",
      ),
      t(
        "Wartung und Reparatur fremder Werkzeuge übernehmen wir kurzfristig.",
        "Údržbu a opravy nástrojů jiných výrobců zajistíme v krátkém termínu.",
        "We carry out maintenance and repairs on third-party tools at short notice.",
      ),
    ],
    offers: [
      listing(
        t(
          "Spritzgießwerkzeuge bis 2 Tonnen",
          "Vstřikovací formy do hmotnosti 2 tun",
          "Injection moulds up to 2 tonnes",
        ),
      ),
      listing(t("Stanz- und Umformwerkzeuge", "Střižné a tvářecí nástroje", "Stamping and forming tools")),
      listing(
        t("Drahterodieren und Senkerodieren", "Drátové řezání a elektroerozivní hloubení", "Wire and die-sinking EDM"),
      ),
      listing(t("Werkzeugreparatur und Änderungen", "Opravy a úpravy nástrojů", "Tool repair and modifications")),
    ],
    seeks: [
      listing(
        t(
          "Partner für Härterei und Beschichtung",
          "Partner pro kalení a povlakování",
          "Partner for hardening and coating",
        ),
      ),
      listing(
        t(
          "Kunden aus der Kunststoffverarbeitung",
          "Zákazníci z oblasti zpracování plastů",
          "Customers in plastics processing",
        ),
      ),
    ],
    wordDe: ["Werkzeugbau", "Formenbau"],
    wordCs: ["Nástrojárna", "Formy"],
  },

  glass: {
    nace: ["23.13", "23.19"],
    certs: ["ISO 9001"],
    intro: [
      t(
        "Seit {year} entsteht in unserer Glashütte in {city} mundgeblasenes Glas.",
        "Od roku {year} vzniká v naší sklárně {loc} ručně foukané sklo.",
        "Since {year}, our glassworks in {city} has been producing mouth-blown glass.",
      ),
      t(
        "Wir sind eine Glasmanufaktur aus {city} mit Tradition seit {year}.",
        "Jsme sklářská manufaktura {loc} s tradicí od roku {year}.",
        "We are a glass manufactory in {city} with a tradition dating back to {year}.",
      ),
      t(
        "Unser Betrieb in {city} veredelt seit {year} Glas durch Schleifen, Gravieren und Bemalen.",
        "Naše firma {loc} od roku {year} zušlechťuje sklo broušením, rytím a malováním.",
        "Since {year}, our company in {city} has been decorating glass by cutting, engraving and painting.",
      ),
    ],
    detail: [
      t(
        "Unsere Glasmacher fertigen Vasen, Trinkgläser und Leuchten in kleinen Serien und als Einzelstücke.",
        "Naši skláři vyrábějí vázy, sklenice a svítidla v malých sériích i jako unikáty.",
        "Our glassmakers produce vases, drinking glasses and lamps in small series and as one-off pieces.",
      ),
      t(
        "Für Hotels und Gastronomie entwickeln wir individuelle Glaskollektionen.",
        "Pro hotely a gastronomii vyvíjíme individuální kolekce skla.",
        "We develop bespoke glass collections for hotels and restaurants.",
      ),
      t(
        "Neben Gebrauchsglas fertigen wir technisches Glas für Beleuchtung und Labor.",
        "Kromě užitkového skla vyrábíme technické sklo pro osvětlení a laboratoře.",
        "In addition to tableware, we make technical glass for lighting and laboratories.",
      ),
      t(
        "Besucher können unseren Glasmachern in der Schauwerkstatt über die Schulter schauen.",
        "Návštěvníci mohou v naší ukázkové dílně sledovat skláře při práci.",
        "Visitors can watch our glassmakers at work in our show workshop.",
      ),
    ],
    offers: [
      listing(
        t(
          "Mundgeblasenes Glas in Kleinserien",
          "Ručně foukané sklo v malých sériích",
          "Mouth-blown glass in small series",
        ),
      ),
      listing(t("Glasgravur und Glasmalerei", "Rytí a malování skla", "Glass engraving and painting")),
      listing(
        t(
          "Leuchtengläser und technisches Glas",
          "Skla pro svítidla a technické sklo",
          "Lamp glass and technical glass",
        ),
      ),
      listing(
        t(
          "Individuelle Glaskollektionen für die Hotellerie",
          "Individuální kolekce skla pro hotely",
          "Bespoke glass collections for the hotel trade",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Handelspartner für Glas und Wohnaccessoires in {nb}",
          "Obchodní partner pro sklo a bytové doplňky v {nb}",
          "Retail partner for glass and home accessories in {nb}",
        ),
      ),
      listing(t("Designer für neue Kollektionen", "Designéři pro nové kolekce", "Designers for new collections")),
      listing(
        t(
          "Spezialverpackungen für den Glasversand",
          "Speciální obaly pro přepravu skla",
          "Special packaging for shipping glass",
        ),
      ),
    ],
    wordDe: ["Glasmanufaktur", "Glaswerkstatt"],
    wordCs: ["Sklárna", "Sklo"],
  },

  furniture: {
    nace: ["31.09", "31.01", "16.23"],
    certs: [],
    intro: [
      t(
        "Seit {year} fertigen wir in {city} Möbel und Innenausbauten aus Massivholz.",
        "Od roku {year} vyrábíme {loc} nábytek a interiérové vybavení z masivního dřeva.",
        "Since {year}, we have been making solid wood furniture and interior fittings in {city}.",
      ),
      t(
        "Wir sind ein Holzverarbeitungsbetrieb aus {city} und seit {year} am Markt.",
        "Jsme dřevozpracující firma {loc} a na trhu působíme od roku {year}.",
        "We are a wood processing company based in {city} and have been in business since {year}.",
      ),
      t(
        "Unsere Tischlerei in {city} wurde {year} gegründet.",
        "Naše truhlárna {loc} byla založena v roce {year}.",
        "Our joinery in {city} was founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Wir verarbeiten vorwiegend Fichte, Buche und Eiche aus regionalen Wäldern.",
        "Zpracováváme především smrk, buk a dub z regionálních lesů.",
        "We mainly process spruce, beech and oak from regional forests.",
      ),
      t(
        "Für Hotels, Büros und Praxen realisieren wir komplette Einrichtungen.",
        "Pro hotely, kanceláře a ordinace realizujeme kompletní vybavení interiérů.",
        "We deliver complete interior fit-outs for hotels, offices and medical practices.",
      ),
      t(
        "Auf CNC-Bearbeitungszentren fertigen wir Möbelteile auch in größeren Serien.",
        "Na CNC obráběcích centrech vyrábíme nábytkové dílce i ve větších sériích.",
        "On CNC machining centres we also produce furniture components in larger series.",
      ),
      t(
        "Jedes Möbelstück wird in unserer Werkstatt von Hand geschliffen und geölt.",
        "Každý kus nábytku v naší dílně ručně brousíme a olejujeme.",
        "Every piece of furniture is sanded and oiled by hand in our workshop.",
      ),
    ],
    offers: [
      listing(
        t(
          "Objektmöbel für Hotels und Büros",
          "Nábytek na zakázku pro hotely a kanceláře",
          "Contract furniture for hotels and offices",
        ),
      ),
      listing(
        t(
          "Innenausbau und Einbauschränke",
          "Vestavěné skříně a interiéry na míru",
          "Interior fittings and built-in wardrobes",
        ),
      ),
      listing(
        t(
          "CNC-Zuschnitt und Kantenbearbeitung von Plattenwerkstoffen",
          "CNC formátování a olepování hran deskových materiálů",
          "CNC cutting and edge banding of panel materials",
        ),
      ),
      listing(t("Massivholztische und Sitzmöbel", "Stoly a sedací nábytek z masivu", "Solid wood tables and seating")),
    ],
    seeks: [
      listing(t("Lieferant für Eichen-Schnittholz", "Dodavatel dubového řeziva", "Supplier of oak sawn timber")),
      listing(
        t(
          "Handelspartner für Möbel in {nb}",
          "Obchodní partner pro prodej nábytku v {nb}",
          "Furniture sales partner in {nb}",
        ),
      ),
      listing(
        t("Polsterei als Subunternehmer", "Čalounická dílna jako subdodavatel", "Upholstery workshop as subcontractor"),
      ),
    ],
    wordDe: ["Tischlerei", "Möbelwerkstatt"],
    wordCs: ["Truhlárna", "Nábytek"],
  },

  timber: {
    nace: ["16.10", "16.24", "16.23"],
    certs: [],
    intro: [
      t(
        "Unser Sägewerk in {city} verarbeitet seit {year} Rundholz aus der Region.",
        "Naše pila {loc} zpracovává od roku {year} kulatinu z regionu.",
        "Our sawmill in {city} has been processing roundwood from the region since {year}.",
      ),
      t(
        "Seit {year} fertigen wir in {city} Paletten, Kisten und Holzverpackungen.",
        "Od roku {year} vyrábíme {loc} palety, bedny a dřevěné obaly.",
        "Since {year}, we have been producing pallets, crates and wooden packaging in {city}.",
      ),
      t(
        "Wir sind ein Holzbaubetrieb aus {city} und errichten seit {year} Dachstühle und Holzhäuser.",
        "Jsme tesařská firma {loc} a od roku {year} stavíme krovy a dřevostavby.",
        "We are a timber construction company based in {city} and have been building roof structures and timber houses since {year}.",
      ),
    ],
    detail: [
      t(
        "Wir verarbeiten vorwiegend Fichte, Kiefer und Lärche aus nachhaltiger Forstwirtschaft.",
        "Zpracováváme hlavně smrk, borovici a modřín z udržitelně obhospodařovaných lesů.",
        "We mainly process spruce, pine and larch from sustainably managed forests.",
      ),
      t(
        "Eine eigene Trocknungsanlage sichert gleichbleibende Holzqualität.",
        "Vlastní sušárna zajišťuje stálou kvalitu dřeva.",
        "Our own drying kiln ensures consistent timber quality.",
      ),
      t(
        "Die Lieferung erfolgt mit eigenen Lkw im Umkreis von 200 km.",
        "Dodáváme vlastními nákladními vozy do vzdálenosti 200 km.",
        "We deliver with our own lorries within a radius of 200 km.",
      ),
    ],
    offers: [
      listing(
        t(
          "Schnittholz und Konstruktionsvollholz",
          "Řezivo a konstrukční hranoly KVH",
          "Sawn timber and structural solid timber",
        ),
      ),
      listing(t("Europaletten und Sonderpaletten", "Europalety a atypické palety", "Euro pallets and custom pallets")),
      listing(
        t(
          "Exportkisten und Holzverpackungen nach ISPM 15",
          "Exportní bedny a dřevěné obaly podle ISPM 15",
          "Export crates and wooden packaging to ISPM 15",
        ),
      ),
      listing(
        t(
          "Dachstühle und Holzrahmenbau",
          "Krovy a dřevostavby rámové konstrukce",
          "Roof trusses and timber frame construction",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Abnehmer für Sägenebenprodukte und Hackschnitzel",
          "Odběratelé pilin a štěpky",
          "Buyers for sawmill by-products and wood chips",
        ),
      ),
      listing(
        t(
          "Forstbetriebe als Rundholzlieferanten",
          "Lesní podniky jako dodavatelé kulatiny",
          "Forestry companies as roundwood suppliers",
        ),
      ),
      listing(
        t(
          "Industriekunden für Holzverpackungen",
          "Průmysloví zákazníci pro dřevěné obaly",
          "Industrial customers for wooden packaging",
        ),
      ),
    ],
    wordDe: ["Holzbau", "Sägewerk", "Holzverpackung"],
    wordCs: ["Dřevovýroba", "Pila", "Tesařství"],
  },

  textile: {
    nace: ["13.96", "13.92", "14.13"],
    certs: ["ISO 9001", "ISO 14001"],
    intro: [
      t(
        "Seit {year} produzieren wir in {city} technische Textilien für die Industrie.",
        "Od roku {year} vyrábíme {loc} technické textilie pro průmysl.",
        "Since {year}, we have been producing technical textiles for industry in {city}.",
      ),
      t(
        "Unsere Weberei in {city} produziert seit {year} Gewebe für Industrie und Mode.",
        "Naše tkalcovna {loc} vyrábí od roku {year} tkaniny pro průmysl i módu.",
        "Since {year}, our weaving mill in {city} has been producing fabrics for industry and fashion.",
      ),
      t(
        "Wir sind ein Textilunternehmen aus {city} und nähen seit {year} Arbeits- und Schutzbekleidung.",
        "Jsme textilní firma {loc} a od roku {year} šijeme pracovní a ochranné oděvy.",
        "We are a textile company based in {city} and have been sewing workwear and protective clothing since {year}.",
      ),
    ],
    detail: [
      t(
        "Unsere Stoffe kommen in Fahrzeugsitzen, Filtern und Schutzkleidung zum Einsatz.",
        "Naše tkaniny se používají v sedadlech vozidel, filtrech a ochranných oděvech.",
        "Our fabrics are used in vehicle seats, filters and protective clothing.",
      ),
      t(
        "Kleine Auflagen ab 200 Metern sind bei uns ebenso möglich wie große Serien.",
        "Vyrábíme malé zakázky již od 200 metrů i velké série.",
        "We produce small runs from 200 metres as well as large series.",
      ),
      t(
        "Ausrüstung, Beschichtung und Konfektion erfolgen im eigenen Haus.",
        "Úpravu, zátěrování i konfekci provádíme ve vlastní režii.",
        "Finishing, coating and making-up are carried out in-house.",
      ),
      t(
        "Wir setzen zunehmend auf recycelte Fasern und zertifizierte Baumwolle.",
        "Stále více využíváme recyklovaná vlákna a certifikovanou bavlnu.",
        "We increasingly use recycled fibres and certified cotton.",
      ),
    ],
    offers: [
      listing(
        t(
          "Technische Gewebe für Filter und Fahrzeugbau",
          "Technické tkaniny pro filtry a automobilový průmysl",
          "Technical fabrics for filters and vehicle manufacturing",
        ),
      ),
      listing(t("Lohnkonfektion und Näharbeiten", "Zakázkové šití a konfekce", "Contract sewing and making-up")),
      listing(
        t(
          "Arbeits- und Schutzbekleidung mit Logo",
          "Pracovní a ochranné oděvy s logem",
          "Workwear and protective clothing with logo",
        ),
      ),
      listing(
        t("Textilbeschichtung und Kaschierung", "Zátěrování a laminace textilií", "Textile coating and lamination"),
      ),
    ],
    seeks: [
      listing(
        t(
          "Lieferant für recyceltes Polyestergarn",
          "Dodavatel recyklované polyesterové příze",
          "Supplier of recycled polyester yarn",
        ),
      ),
      listing(
        t("Näherei als Kapazitätspartner", "Šicí dílna jako kapacitní partner", "Sewing workshop as capacity partner"),
      ),
      listing(
        t(
          "Abnehmer für technische Textilien in {nb}",
          "Odběratelé technických textilií v {nb}",
          "Buyers of technical textiles in {nb}",
        ),
      ),
    ],
    wordDe: ["Textil", "Weberei", "Konfektion"],
    wordCs: ["Textil", "Tkalcovna", "Šicí dílna"],
  },

  print: {
    nace: ["18.12", "17.21"],
    certs: ["ISO 9001", "ISO 14001"],
    intro: [
      t(
        "Seit {year} drucken wir in {city} Kataloge, Broschüren und Verpackungen.",
        "Od roku {year} tiskneme {loc} katalogy, brožury a obaly.",
        "Since {year}, we have been printing catalogues, brochures and packaging in {city}.",
      ),
      t(
        "Wir sind eine Druckerei aus {city} und seit {year} Partner für Industrie und Handel.",
        "Jsme tiskárna {loc} a od roku {year} jsme partnerem průmyslu a obchodu.",
        "We are a printing company based in {city} and have been a partner to industry and commerce since {year}.",
      ),
    ],
    detail: [
      t(
        "Im Offset- und Digitaldruck verarbeiten wir Auflagen von 50 bis 500.000 Exemplaren.",
        "V ofsetovém a digitálním tisku zpracováváme náklady od 50 do 500 000 výtisků.",
        "In offset and digital printing we handle runs from 50 to 500,000 copies.",
      ),
      t(
        "Faltschachteln aus Karton fertigen wir inklusive Stanzen und Kleben.",
        "Skládačky z kartonu vyrábíme včetně výseku a lepení.",
        "We produce folding cartons including die-cutting and gluing.",
      ),
      t(
        "Auf Wunsch übernehmen wir auch den Satz mehrsprachiger Drucksachen.",
        "Na přání zajistíme i sazbu vícejazyčných tiskovin.",
        "On request, we also typeset multilingual print materials.",
      ),
    ],
    offers: [
      listing(t("Offset- und Digitaldruck", "Ofsetový a digitální tisk", "Offset and digital printing")),
      listing(
        t(
          "Faltschachteln und Verpackungen aus Karton",
          "Skládačky a obaly z kartonu",
          "Folding cartons and cardboard packaging",
        ),
      ),
      listing(t("Etiketten und Aufkleber", "Etikety a samolepky", "Labels and stickers")),
    ],
    seeks: [
      listing(
        t(
          "Agenturen und Verlage als Wiederverkäufer",
          "Agentury a nakladatelství jako partneři pro další prodej",
          "Agencies and publishers as resellers",
        ),
      ),
      listing(t("Lieferant für Recyclingkarton", "Dodavatel recyklované lepenky", "Supplier of recycled board")),
    ],
    wordDe: ["Druckerei", "Verpackungsdruck"],
    wordCs: ["Tiskárna", "Obaly"],
  },

  chemical: {
    nace: ["20.30", "20.59"],
    certs: ["ISO 9001", "ISO 14001"],
    intro: [
      t(
        "Seit {year} entwickeln und produzieren wir in {city} Lacke und Beschichtungsstoffe.",
        "Od roku {year} vyvíjíme a vyrábíme {loc} laky a nátěrové hmoty.",
        "Since {year}, we have been developing and producing paints and coatings in {city}.",
      ),
      t(
        "Wir sind ein Chemieunternehmen aus {city}, gegründet {year}, mit Schwerpunkt auf Spezialchemikalien.",
        "Jsme chemická firma {loc}, založená v roce {year}, se zaměřením na speciální chemikálie.",
        "We are a chemical company based in {city}, founded in {year}, focusing on speciality chemicals.",
      ),
    ],
    detail: [
      t(
        "Unser Labor entwickelt Rezepturen nach Kundenwunsch, auch in kleinen Chargen.",
        "Naše laboratoř vyvíjí receptury podle přání zákazníka, i v malých šaržích.",
        "Our laboratory develops formulations to customer specifications, even in small batches.",
      ),
      t(
        "Wasserbasierte und lösemittelarme Produkte machen inzwischen den größten Teil unseres Sortiments aus.",
        "Vodou ředitelné a nízkorozpouštědlové výrobky dnes tvoří většinu našeho sortimentu.",
        "Water-based and low-solvent products now make up most of our range.",
      ),
      t(
        "Wir beliefern Metallbau, Holzindustrie und Bauwirtschaft.",
        "Dodáváme firmám z kovovýroby, dřevozpracujícího průmyslu a stavebnictví.",
        "We supply metalworking, the wood industry and the construction sector.",
      ),
    ],
    offers: [
      listing(
        t(
          "Industrielacke nach Kundenrezeptur",
          "Průmyslové laky podle receptury zákazníka",
          "Industrial paints to customer formulation",
        ),
      ),
      listing(t("Korrosionsschutzbeschichtungen", "Antikorozní nátěrové systémy", "Anti-corrosion coating systems")),
      listing(
        t(
          "Reinigungs- und Entfettungsmittel für die Metallindustrie",
          "Čisticí a odmašťovací prostředky pro kovoprůmysl",
          "Cleaning and degreasing agents for the metal industry",
        ),
      ),
    ],
    seeks: [
      listing(
        t("Händler für Lacke und Farben in {nb}", "Distributoři barev a laků v {nb}", "Paint distributors in {nb}"),
      ),
      listing(
        t("Lieferant für Pigmente und Bindemittel", "Dodavatel pigmentů a pojiv", "Supplier of pigments and binders"),
      ),
    ],
    wordDe: ["Lackfabrik", "Chemie"],
    wordCs: ["Barvy", "Chemie"],
  },

  automotive: {
    nace: ["29.32", "29.31"],
    certs: ["IATF 16949", "ISO 14001", "ISO 9001"],
    intro: [
      t(
        "Seit {year} fertigen wir in {city} Komponenten für die Automobilindustrie.",
        "Od roku {year} vyrábíme {loc} komponenty pro automobilový průmysl.",
        "Since {year}, we have been manufacturing components for the automotive industry in {city}.",
      ),
      t(
        "Wir sind ein Automobilzulieferer aus {city} und seit {year} Partner namhafter Fahrzeughersteller.",
        "Jsme dodavatel pro automobilový průmysl {loc} a od roku {year} jsme partnerem renomovaných výrobců vozidel.",
        "We are an automotive supplier based in {city} and have been a partner to well-known vehicle manufacturers since {year}.",
      ),
    ],
    detail: [
      t(
        "Unser Produktprogramm umfasst Kabelsätze, Halter und Innenraumteile.",
        "Náš sortiment zahrnuje kabelové svazky, držáky a díly interiéru.",
        "Our product range includes wiring harnesses, brackets and interior parts.",
      ),
      t(
        "Mehrere Fahrzeugwerke in Sachsen und Böhmen beliefern wir just in sequence.",
        "Několik automobilek v Sasku a v Čechách zásobujeme v režimu just-in-sequence.",
        "We supply several vehicle plants in Saxony and Bohemia just in sequence.",
      ),
      t(
        "Eine zunehmende Rolle spielen Komponenten für Elektrofahrzeuge.",
        "Stále větší roli hrají komponenty pro elektromobily.",
        "Components for electric vehicles are playing an increasingly important role.",
      ),
    ],
    offers: [
      listing(
        t(
          "Kabelsätze für Fahrzeuge und Maschinen",
          "Kabelové svazky pro vozidla a stroje",
          "Wiring harnesses for vehicles and machines",
        ),
      ),
      listing(
        t(
          "Metall- und Kunststoffbaugruppen für Fahrzeuge",
          "Kovové a plastové sestavy pro vozidla",
          "Metal and plastic assemblies for vehicles",
        ),
      ),
      listing(
        t(
          "Sequenzmontage und Logistik für OEM-Werke",
          "Sekvenční montáž a logistika pro závody OEM",
          "Sequenced assembly and logistics for OEM plants",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Zulieferer für Stanzteile mit IATF 16949",
          "Dodavatel lisovaných dílů s certifikací IATF 16949",
          "Supplier of stamped parts with IATF 16949",
        ),
      ),
      listing(t("Fachkräfte für Qualitätssicherung", "Specialisté na řízení kvality", "Quality assurance specialists")),
    ],
    wordDe: ["Fahrzeugteile", "Autoteile"],
    wordCs: ["Autodíly", "Autokomponenty"],
  },

  software: {
    nace: ["62.01", "62.02", "62.03", "63.11", "58.29"],
    certs: ["ISO 27001", "ISO 9001"],
    intro: [
      t(
        "Seit {year} entwickeln wir in {city} individuelle Software für mittelständische Unternehmen.",
        "Od roku {year} vyvíjíme {loc} software na míru pro malé a střední firmy.",
        "Since {year}, we have been developing custom software for small and medium-sized businesses in {city}.",
      ),
      t(
        "Wir sind ein IT-Dienstleister aus {city} und betreuen seit {year} Kunden aus Industrie und Handel.",
        "Jsme IT firma {loc} a od roku {year} pečujeme o zákazníky z průmyslu a obchodu.",
        "We are an IT service provider based in {city} and have been supporting customers from industry and commerce since {year}.",
      ),
      t(
        "Unser Softwarehaus in {city} wurde {year} gegründet.",
        "Naše softwarová firma {loc} byla založena v roce {year}.",
        "Our software company in {city} was founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Wir entwickeln Web- und Mobilanwendungen, Schnittstellen und Datenbanklösungen.",
        "Vyvíjíme webové a mobilní aplikace, rozhraní a databázová řešení.",
        "We develop web and mobile applications, interfaces and database solutions.",
      ),
      t(
        "Für Fertigungsbetriebe bieten wir MES-Lösungen und die Anbindung von Maschinen an ERP-Systeme.",
        "Výrobním firmám nabízíme systémy MES a napojení strojů na ERP.",
        "For manufacturers we offer MES solutions and the integration of machines with ERP systems.",
      ),
      t(
        "Hosting, Wartung und IT-Sicherheit übernehmen wir für unsere Kunden langfristig.",
        "Pro naše zákazníky dlouhodobě zajišťujeme hosting, údržbu a bezpečnost IT.",
        "We provide long-term hosting, maintenance and IT security for our customers.",
      ),
      t(
        "Wir arbeiten agil, in kurzen Iterationen und eng mit den Fachabteilungen unserer Kunden zusammen.",
        "Pracujeme agilně v krátkých iteracích a v úzké spolupráci s odbornými útvary zákazníka.",
        "We work in an agile way, in short iterations and in close cooperation with our customers' departments.",
      ),
    ],
    offers: [
      listing(t("Individuelle Softwareentwicklung", "Vývoj softwaru na zakázku", "Custom software development")),
      listing(
        t(
          "Digitalisierung von Produktionsprozessen (MES)",
          "Digitalizace výrobních procesů (MES)",
          "Digitalisation of production processes (MES)",
        ),
        t(
          "Maschinendatenerfassung, Auftragsrückmeldung und Auswertungen in Echtzeit.",
          "Sběr dat ze strojů, odvádění zakázek a vyhodnocení v reálném čase.",
          "Machine data collection, order feedback and real-time reporting.",
        ),
      ),
      listing(t("Webshops und B2B-Portale", "E-shopy a B2B portály", "Online shops and B2B portals")),
      listing(t("IT-Betreuung und Cloud-Hosting", "Správa IT a cloudový hosting", "IT support and cloud hosting")),
      listing(t("IT-Sicherheitsaudits", "Bezpečnostní audity IT", "IT security audits")),
    ],
    seeks: [
      listing(t("Partner in {nb} für Vertrieb", "Partner pro prodej v {nb}", "Sales partner in {nb}")),
      listing(
        t(
          "Pilotkunden aus der Fertigungsindustrie",
          "Pilotní zákazníci z výrobního průmyslu",
          "Pilot customers from manufacturing",
        ),
      ),
      listing(
        t(
          "Freiberufliche Entwickler (TypeScript, Java)",
          "Externí vývojáři (TypeScript, Java)",
          "Freelance developers (TypeScript, Java)",
        ),
      ),
    ],
    wordDe: ["Software", "IT-Service", "Digital"],
    wordCs: ["Software", "IT služby", "Digital"],
  },

  logistics: {
    nace: ["49.41", "52.29", "52.10"],
    certs: ["ISO 9001", "ISO 14001"],
    intro: [
      t(
        "Seit {year} organisieren wir von {city} aus Transporte zwischen Deutschland und Tschechien.",
        "Od roku {year} organizujeme přepravy mezi Českem a Německem, naše sídlo je {loc}.",
        "Since {year}, we have been organising transport between Germany and the Czech Republic from {city}.",
      ),
      t(
        "Wir sind ein Logistikunternehmen aus {city}, gegründet {year}.",
        "Jsme logistická firma {loc}, založená v roce {year}.",
        "We are a logistics company based in {city}, founded in {year}.",
      ),
      t(
        "Unsere Spedition in {city} ist seit {year} im Nah- und Fernverkehr tätig.",
        "Naše spediční firma {loc} působí od roku {year} v regionální i dálkové dopravě.",
        "Since {year}, our forwarding company in {city} has been operating in regional and long-distance haulage.",
      ),
    ],
    detail: [
      t(
        "Unser Fuhrpark umfasst Planen-Sattelzüge, Kühlfahrzeuge und Transporter.",
        "Náš vozový park tvoří plachtové návěsové soupravy, chladírenské vozy a dodávky.",
        "Our fleet comprises curtain-sided articulated lorries, refrigerated trucks and vans.",
      ),
      t(
        "In unserem Lager bieten wir rund 8.000 Palettenstellplätze mit Kommissionierung und Verpackung.",
        "V našem skladu nabízíme přibližně 8 000 paletových míst včetně vychystávání a balení.",
        "Our warehouse offers around 8,000 pallet spaces, including order picking and packing.",
      ),
      t(
        "Zollabwicklung und Dokumentation für Drittlandssendungen übernehmen wir gleich mit.",
        "Celní odbavení a dokumentaci pro zásilky do třetích zemí vyřídíme za vás.",
        "We also handle customs clearance and documentation for shipments to non-EU countries.",
      ),
      t(
        "Teil- und Komplettladungen fahren wir täglich zwischen Sachsen und Böhmen.",
        "Dílčí i kompletní zásilky vozíme denně mezi Saskem a Čechami.",
        "We run part and full loads between Saxony and Bohemia every day.",
      ),
    ],
    offers: [
      listing(
        t(
          "Teil- und Komplettladungen Deutschland–Tschechien",
          "Dílčí a kompletní vozové zásilky Česko–Německo",
          "Part and full truck loads Germany–Czech Republic",
        ),
      ),
      listing(
        t("Kontraktlogistik und Lagerhaltung", "Smluvní logistika a skladování", "Contract logistics and warehousing"),
      ),
      listing(
        t(
          "Zollabwicklung und Exportdokumente",
          "Celní odbavení a vývozní dokumentace",
          "Customs clearance and export documents",
        ),
      ),
      listing(t("Express- und Sonderfahrten", "Expresní a mimořádné přepravy", "Express and special deliveries")),
      listing(t("Kühltransporte für Lebensmittel", "Chlazená přeprava potravin", "Refrigerated food transport")),
    ],
    seeks: [
      listing(
        t(
          "Subunternehmer mit eigenem Lkw",
          "Subdodavatelé s vlastními nákladními vozy",
          "Subcontractors with their own lorries",
        ),
      ),
      listing(
        t(
          "Berufskraftfahrer mit Führerschein CE",
          "Řidiči s oprávněním skupiny C+E",
          "Professional drivers with a class CE licence",
        ),
      ),
      listing(t("Lagerfläche in Grenznähe", "Skladové prostory v blízkosti hranic", "Warehouse space near the border")),
    ],
    wordDe: ["Spedition", "Logistik", "Transporte"],
    wordCs: ["Doprava", "Logistika", "Spedice"],
  },

  translation: {
    nace: ["74.30"],
    certs: ["ISO 9001"],
    intro: [
      t(
        "Seit {year} bieten wir in {city} Übersetzungen und Dolmetschleistungen zwischen Deutsch, Tschechisch und Englisch an.",
        "Od roku {year} poskytujeme {loc} překlady a tlumočení mezi češtinou, němčinou a angličtinou.",
        "Since {year}, we have been providing translation and interpreting between German, Czech and English in {city}.",
      ),
      t(
        "Wir sind ein Übersetzungsbüro aus {city} und seit {year} auf Fachübersetzungen für die Industrie spezialisiert.",
        "Jsme překladatelská agentura {loc} a od roku {year} se specializujeme na odborné překlady pro průmysl.",
        "We are a translation agency based in {city} and have specialised in technical translations for industry since {year}.",
      ),
    ],
    detail: [
      t(
        "Unsere Übersetzerinnen und Übersetzer arbeiten ausschließlich in ihre Muttersprache.",
        "Naši překladatelé překládají výhradně do svého mateřského jazyka.",
        "Our translators work exclusively into their native language.",
      ),
      t(
        "Zu unseren Schwerpunkten gehören Betriebsanleitungen, Verträge und Websites.",
        "Mezi naše hlavní oblasti patří návody k obsluze, smlouvy a webové stránky.",
        "Our main areas include operating manuals, contracts and websites.",
      ),
      t(
        "Für Verhandlungen, Audits und Schulungen stellen wir erfahrene Dolmetscher.",
        "Pro jednání, audity a školení zajišťujeme zkušené tlumočníky.",
        "We provide experienced interpreters for negotiations, audits and training sessions.",
      ),
      t(
        "Beglaubigte Übersetzungen von Urkunden erhalten Sie bei uns innerhalb weniger Tage.",
        "Úřední překlady listin vyhotovíme během několika dnů.",
        "Certified translations of official documents are available within a few days.",
      ),
    ],
    offers: [
      listing(
        t(
          "Fachübersetzungen Deutsch–Tschechisch",
          "Odborné překlady čeština–němčina",
          "Technical translations German–Czech",
        ),
      ),
      listing(
        t(
          "Dolmetschen bei Verhandlungen und Messen",
          "Tlumočení při jednáních a na veletrzích",
          "Interpreting at negotiations and trade fairs",
        ),
      ),
      listing(t("Beglaubigte Übersetzungen", "Soudně ověřené překlady", "Certified translations")),
      listing(
        t(
          "Lokalisierung von Software und Websites",
          "Lokalizace softwaru a webových stránek",
          "Localisation of software and websites",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Freiberufliche Übersetzer für Polnisch",
          "Externí překladatelé pro polštinu",
          "Freelance translators for Polish",
        ),
      ),
      listing(
        t(
          "Unternehmen mit Übersetzungsbedarf in der Technik",
          "Firmy s potřebou technických překladů",
          "Companies needing technical translations",
        ),
      ),
    ],
    wordDe: ["Übersetzungen", "Sprachendienst"],
    wordCs: ["Překlady", "Jazykový servis"],
  },

  accounting: {
    nace: ["69.20", "70.22"],
    certs: [],
    intro: [
      t(
        "Seit {year} berät unsere Kanzlei in {city} kleine und mittlere Unternehmen in Steuer- und Buchhaltungsfragen.",
        "Od roku {year} radí naše kancelář {loc} malým a středním firmám v oblasti daní a účetnictví.",
        "Since {year}, our firm in {city} has been advising small and medium-sized businesses on tax and accounting matters.",
      ),
      t(
        "Wir sind eine Steuerberatungs- und Buchhaltungsgesellschaft aus {city}, gegründet {year}.",
        "Jsme daňová a účetní kancelář {loc}, založená v roce {year}.",
        "We are a tax advisory and accounting firm based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Besonders gefragt ist unsere Erfahrung mit deutsch-tschechischen Sachverhalten wie Betriebsstätten und Entsendungen.",
        "Zvláště žádané jsou naše zkušenosti s česko-německými případy, jako jsou stálé provozovny a vysílání zaměstnanců.",
        "Our experience with German-Czech matters such as permanent establishments and employee postings is in particular demand.",
      ),
      t(
        "Wir übernehmen Finanzbuchhaltung, Lohnabrechnung und Jahresabschlüsse.",
        "Zajišťujeme vedení účetnictví, zpracování mezd a roční účetní závěrky.",
        "We handle bookkeeping, payroll and annual financial statements.",
      ),
      t(
        "Mandanten, die in den Nachbarmarkt expandieren, unterstützen wir bei der Gründung einer Tochtergesellschaft.",
        "Klientům, kteří expandují na sousední trh, pomáháme se založením dceřiné společnosti.",
        "We help clients expanding into the neighbouring market to set up a subsidiary.",
      ),
      t(
        "Unsere Mandanten betreuen wir vollständig digital.",
        "Naše klienty obsluhujeme plně digitálně.",
        "We serve our clients entirely digitally.",
      ),
    ],
    offers: [
      listing(
        t("Finanzbuchhaltung und Lohnabrechnung", "Vedení účetnictví a zpracování mezd", "Bookkeeping and payroll"),
      ),
      listing(
        t(
          "Steuerberatung für grenzüberschreitende Tätigkeit",
          "Daňové poradenství pro přeshraniční činnost",
          "Tax advice for cross-border activities",
        ),
      ),
      listing(
        t(
          "Unterstützung bei der Firmengründung in {nb}",
          "Pomoc se založením firmy v {nb}",
          "Support with company formation in {nb}",
        ),
      ),
      listing(
        t(
          "Jahresabschlüsse und Steuererklärungen",
          "Účetní závěrky a daňová přiznání",
          "Annual accounts and tax returns",
        ),
      ),
    ],
    seeks: [
      listing(t("Kooperationskanzlei in {nb}", "Partnerská kancelář v {nb}", "Partner firm in {nb}")),
      listing(
        t(
          "Buchhalter mit Deutsch- und Tschechischkenntnissen",
          "Účetní se znalostí němčiny a češtiny",
          "Accountants with German and Czech language skills",
        ),
      ),
    ],
    wordDe: ["Steuerberatung", "Buchhaltung"],
    wordCs: ["Účetnictví", "Daně"],
  },

  legal: {
    nace: ["69.10"],
    certs: [],
    intro: [
      t(
        "Unsere Kanzlei in {city} berät seit {year} Unternehmen im deutsch-tschechischen Wirtschaftsrecht.",
        "Naše advokátní kancelář {loc} radí od roku {year} firmám v oblasti česko-německého obchodního práva.",
        "Since {year}, our law firm in {city} has been advising companies on German-Czech business law.",
      ),
      t(
        "Wir sind eine auf Wirtschaftsrecht spezialisierte Anwaltskanzlei aus {city}, gegründet {year}.",
        "Jsme advokátní kancelář {loc} specializovaná na obchodní právo, založená v roce {year}.",
        "We are a law firm based in {city} specialising in business law, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Wir gestalten Verträge, begleiten Firmengründungen und vertreten Mandanten vor Gericht.",
        "Připravujeme smlouvy, zakládáme společnosti a zastupujeme klienty před soudy.",
        "We draft contracts, assist with company formations and represent clients in court.",
      ),
      t(
        "Ein Schwerpunkt liegt auf dem Arbeitsrecht und der Entsendung von Mitarbeitern.",
        "Jedním z našich těžišť je pracovní právo a vysílání zaměstnanců.",
        "One of our focal areas is employment law and the posting of workers.",
      ),
      t(
        "Forderungen gegenüber Geschäftspartnern im Nachbarland setzen wir effizient durch.",
        "Pohledávky za obchodními partnery v sousední zemi vymáháme efektivně.",
        "We efficiently enforce claims against business partners in the neighbouring country.",
      ),
    ],
    offers: [
      listing(
        t(
          "Vertragsgestaltung im deutsch-tschechischen Geschäftsverkehr",
          "Smlouvy pro česko-německý obchodní styk",
          "Contract drafting for German-Czech business",
        ),
      ),
      listing(
        t(
          "Forderungsmanagement im Nachbarland",
          "Vymáhání pohledávek v sousední zemi",
          "Debt collection in the neighbouring country",
        ),
      ),
      listing(
        t(
          "Arbeitsrechtliche Beratung bei Entsendungen",
          "Pracovněprávní poradenství při vysílání zaměstnanců",
          "Employment law advice on postings",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Steuerberater als Kooperationspartner",
          "Daňoví poradci jako partneři",
          "Tax advisers as cooperation partners",
        ),
      ),
    ],
    wordDe: ["Rechtsanwälte", "Kanzlei"],
    wordCs: ["Advokátní kancelář", "Právní služby"],
  },

  engineering: {
    nace: ["71.12", "74.10", "72.19"],
    certs: ["ISO 9001"],
    intro: [
      t(
        "Seit {year} plant unser Ingenieurbüro in {city} Maschinen, Anlagen und Gebäude.",
        "Od roku {year} projektuje naše inženýrská kancelář {loc} stroje, zařízení a budovy.",
        "Since {year}, our engineering office in {city} has been designing machines, plants and buildings.",
      ),
      t(
        "Wir sind ein technisches Büro aus {city} und unterstützen seit {year} Industriekunden bei Konstruktion und Berechnung.",
        "Jsme technická kancelář {loc} a od roku {year} podporujeme průmyslové zákazníky v konstrukci a výpočtech.",
        "We are a technical office based in {city} and have been supporting industrial customers with design and calculation since {year}.",
      ),
    ],
    detail: [
      t(
        "Unsere Konstrukteure arbeiten mit SolidWorks, Inventor und Siemens NX.",
        "Naši konstruktéři pracují v systémech SolidWorks, Inventor a Siemens NX.",
        "Our designers work with SolidWorks, Inventor and Siemens NX.",
      ),
      t(
        "FEM-Berechnungen und statische Nachweise erstellen wir normgerecht.",
        "Výpočty MKP a statické posudky zpracováváme v souladu s normami.",
        "We prepare FEM calculations and structural analyses in line with the relevant standards.",
      ),
      t(
        "Bei Forschungsprojekten arbeiten wir mit Hochschulen in Sachsen und Tschechien zusammen.",
        "Na výzkumných projektech spolupracujeme s vysokými školami v Sasku i v Česku.",
        "For research projects we work with universities in Saxony and the Czech Republic.",
      ),
      t(
        "Wir übernehmen auch die CE-Kennzeichnung und Risikobeurteilung von Maschinen.",
        "Zajišťujeme také označení CE a posouzení rizik strojů.",
        "We also handle CE marking and risk assessment for machines.",
      ),
    ],
    offers: [
      listing(
        t(
          "Konstruktion und technische Dokumentation",
          "Konstrukce a technická dokumentace",
          "Design engineering and technical documentation",
        ),
      ),
      listing(t("FEM-Berechnung und Statik", "Výpočty MKP a statika", "FEM analysis and structural engineering")),
      listing(
        t("CE-Kennzeichnung und Risikobeurteilung", "Označení CE a posouzení rizik", "CE marking and risk assessment"),
      ),
      listing(
        t(
          "Werkstoffprüfung und Prüflabor",
          "Zkoušky materiálů a zkušební laboratoř",
          "Materials testing and test laboratory",
        ),
      ),
    ],
    seeks: [
      listing(
        t("Fertigungspartner für Prototypen", "Výrobní partner pro prototypy", "Manufacturing partner for prototypes"),
      ),
      listing(
        t(
          "Forschungspartner für Förderprojekte",
          "Výzkumní partneři pro dotační projekty",
          "Research partners for funded projects",
        ),
      ),
    ],
    wordDe: ["Ingenieurbüro", "Konstruktion"],
    wordCs: ["Projekce", "Technická kancelář"],
  },

  hospitality: {
    nace: ["55.10", "56.10"],
    certs: [],
    intro: [
      t(
        "Unser Hotel in {city} empfängt seit {year} Geschäftsreisende und Urlauber.",
        "Náš hotel {loc} vítá od roku {year} obchodní cestující i turisty.",
        "Since {year}, our hotel in {city} has been welcoming business travellers and holidaymakers.",
      ),
      t(
        "Seit {year} führen wir in {city} ein Hotel mit Restaurant und Tagungsräumen.",
        "Od roku {year} provozujeme {loc} hotel s restaurací a konferenčními prostory.",
        "Since {year}, we have been running a hotel with a restaurant and conference rooms in {city}.",
      ),
    ],
    detail: [
      t(
        "Für Seminare und Firmenfeiern stehen drei Tagungsräume für bis zu 120 Personen bereit.",
        "Pro semináře a firemní akce máme k dispozici tři sály až pro 120 osob.",
        "Three meeting rooms for up to 120 people are available for seminars and company events.",
      ),
      t(
        "Unsere Küche setzt auf regionale Produkte aus Sachsen und Böhmen.",
        "Naše kuchyně sází na regionální suroviny ze Saska a z Čech.",
        "Our kitchen relies on regional produce from Saxony and Bohemia.",
      ),
      t(
        "Von uns aus erreichen Gäste in kurzer Zeit Wanderwege, Radrouten und Sehenswürdigkeiten auf beiden Seiten der Grenze.",
        "Od nás se hosté rychle dostanou k turistickým stezkám, cyklotrasám i památkám na obou stranách hranice.",
        "From here, guests can quickly reach hiking trails, cycle routes and sights on both sides of the border.",
      ),
    ],
    offers: [
      listing(
        t(
          "Tagungen und Seminare mit Übernachtung",
          "Konference a semináře s ubytováním",
          "Conferences and seminars with accommodation",
        ),
      ),
      listing(t("Firmenfeiern und Catering", "Firemní večírky a catering", "Company parties and catering")),
      listing(
        t(
          "Zimmerkontingente für Monteure und Geschäftsreisende",
          "Ubytování pro montéry a obchodní cestující",
          "Room allocations for fitters and business travellers",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Reiseveranstalter und Busunternehmen als Partner",
          "Cestovní kanceláře a autobusoví dopravci jako partneři",
          "Tour operators and coach companies as partners",
        ),
      ),
      listing(t("Regionale Lieferanten für Lebensmittel", "Regionální dodavatelé potravin", "Regional food suppliers")),
      listing(t("Köche und Servicepersonal", "Kuchaři a obsluha", "Chefs and service staff")),
    ],
    wordDe: ["Hotel", "Gasthof", "Pension"],
    wordCs: ["Hotel", "Penzion", "Restaurace"],
  },

  food: {
    nace: ["10.71", "10.89"],
    certs: [],
    intro: [
      t(
        "Seit {year} backen wir in {city} Brot, Brötchen und Feingebäck nach traditionellen Rezepten.",
        "Od roku {year} pečeme {loc} chléb, pečivo a jemné pečivo podle tradičních receptur.",
        "Since {year}, we have been baking bread, rolls and pastries to traditional recipes in {city}.",
      ),
      t(
        "Wir sind ein Lebensmittelhersteller aus {city} und produzieren seit {year} regionale Spezialitäten.",
        "Jsme výrobce potravin {loc} a od roku {year} vyrábíme regionální speciality.",
        "We are a food producer based in {city} and have been making regional specialities since {year}.",
      ),
    ],
    detail: [
      t(
        "Unsere Produkte gibt es in eigenen Filialen, im Lebensmittelhandel und in der Gastronomie.",
        "Naše výrobky najdete v našich prodejnách, v obchodech s potravinami i v gastronomii.",
        "Our products are sold in our own shops, in food retail and in restaurants.",
      ),
      t(
        "Unsere Rohstoffe beziehen wir von Erzeugern aus der Region und verzichten auf künstliche Zusatzstoffe.",
        "Suroviny odebíráme od regionálních producentů a obejdeme se bez umělých přídatných látek.",
        "We source our raw materials from regional producers and do without artificial additives.",
      ),
      t(
        "Hotels, Kantinen und Cateringunternehmen beliefern wir täglich mit eigenen Fahrzeugen.",
        "Hotely, jídelny a cateringové firmy zásobujeme denně vlastními vozy.",
        "We supply hotels, canteens and catering companies daily with our own vehicles.",
      ),
    ],
    offers: [
      listing(
        t(
          "Backwaren für Gastronomie und Hotellerie",
          "Pekařské výrobky pro gastronomii a hotely",
          "Baked goods for restaurants and hotels",
        ),
      ),
      listing(
        t(
          "Regionale Feinkost als Firmengeschenk",
          "Regionální lahůdky jako firemní dárky",
          "Regional delicacies as corporate gifts",
        ),
      ),
      listing(
        t(
          "Eigenmarkenproduktion für den Handel",
          "Výroba privátních značek pro obchodní řetězce",
          "Private label production for retailers",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Händler für regionale Lebensmittel in {nb}",
          "Prodejci regionálních potravin v {nb}",
          "Retailers of regional food in {nb}",
        ),
      ),
      listing(t("Lieferant für Bio-Mehl", "Dodavatel bio mouky", "Supplier of organic flour")),
    ],
    wordDe: ["Bäckerei", "Feinkost"],
    wordCs: ["Pekárna", "Lahůdky"],
  },

  brewery: {
    nace: ["11.05"],
    certs: [],
    intro: [
      t(
        "In unserer Brauerei in {city} brauen wir seit {year} Bier nach böhmischer und sächsischer Tradition.",
        "V našem pivovaru {loc} vaříme od roku {year} pivo podle české a saské tradice.",
        "Since {year}, we have been brewing beer in the Bohemian and Saxon tradition at our brewery in {city}.",
      ),
      t(
        "Wir sind eine Familienbrauerei aus {city} mit Brautradition seit {year}.",
        "Jsme rodinný pivovar {loc} s pivovarskou tradicí od roku {year}.",
        "We are a family brewery in {city} with a brewing tradition dating back to {year}.",
      ),
    ],
    detail: [
      t(
        "Unser Sortiment reicht vom hellen Lager über Zwickelbier bis zu saisonalen Spezialbieren.",
        "Náš sortiment sahá od světlého ležáku přes nefiltrované pivo až po sezónní speciály.",
        "Our range runs from pale lager and unfiltered beer to seasonal specialities.",
      ),
      t(
        "Wir verwenden Saazer Hopfen und Malz aus der Region.",
        "Používáme žatecký chmel a slad z regionu.",
        "We use Saaz hops and malt from the region.",
      ),
      t(
        "Gastronomie und Getränkehandel beliefern wir mit Fass- und Flaschenbier.",
        "Gastronomii a obchodníky s nápoji zásobujeme sudovým i lahvovým pivem.",
        "We supply restaurants and drinks wholesalers with draught and bottled beer.",
      ),
    ],
    offers: [
      listing(
        t(
          "Fassbier für Gastronomie und Veranstaltungen",
          "Sudové pivo pro gastronomii a akce",
          "Draught beer for restaurants and events",
        ),
      ),
      listing(t("Firmenbier mit eigenem Etikett", "Firemní pivo s vlastní etiketou", "Custom-labelled company beer")),
      listing(t("Brauereiführungen für Gruppen", "Exkurze do pivovaru pro skupiny", "Brewery tours for groups")),
    ],
    seeks: [
      listing(t("Getränkehändler in {nb}", "Distributoři nápojů v {nb}", "Beverage distributors in {nb}")),
      listing(
        t(
          "Gastronomiepartner für Fassbier",
          "Restaurace a hospody jako odběratelé sudového piva",
          "Restaurants and pubs as draught beer customers",
        ),
      ),
    ],
    wordDe: ["Brauerei", "Brauhaus"],
    wordCs: ["Pivovar", "Minipivovar"],
  },

  construction: {
    nace: ["41.20", "42.11", "43.99"],
    certs: ["ISO 9001", "ISO 14001"],
    intro: [
      t(
        "Seit {year} errichten wir in {city} und Umgebung Wohn-, Gewerbe- und Industriebauten.",
        "Od roku {year} stavíme {loc} a okolí obytné, komerční i průmyslové budovy.",
        "Since {year}, we have been constructing residential, commercial and industrial buildings in and around {city}.",
      ),
      t(
        "Wir sind ein Bauunternehmen aus {city}, gegründet {year}.",
        "Jsme stavební firma {loc}, založená v roce {year}.",
        "We are a construction company based in {city}, founded in {year}.",
      ),
      t(
        "Unser Baubetrieb in {city} ist seit {year} im Hoch- und Tiefbau tätig.",
        "Naše stavební firma {loc} působí od roku {year} v pozemním i inženýrském stavitelství.",
        "Since {year}, our construction business in {city} has been active in building construction and civil engineering.",
      ),
    ],
    detail: [
      t(
        "Wir übernehmen Rohbau, Sanierung und schlüsselfertiges Bauen.",
        "Zajišťujeme hrubé stavby, rekonstrukce i stavby na klíč.",
        "We handle shell construction, renovation and turnkey projects.",
      ),
      t(
        "Eigene Maschinen und Kolonnen ermöglichen kurze Bauzeiten.",
        "Vlastní stroje a pracovní čety nám umožňují krátké doby výstavby.",
        "Our own machinery and crews allow short construction times.",
      ),
      t(
        "Zu unseren Referenzen zählen Produktionshallen, Schulen und Straßenbauprojekte.",
        "K našim referencím patří výrobní haly, školy i silniční stavby.",
        "Our references include production halls, schools and road construction projects.",
      ),
    ],
    offers: [
      listing(
        t("Hallenbau und Industriebau", "Výstavba hal a průmyslových objektů", "Industrial and hall construction"),
      ),
      listing(
        t("Sanierung von Bestandsgebäuden", "Rekonstrukce stávajících budov", "Renovation of existing buildings"),
      ),
      listing(t("Tiefbau und Erdarbeiten", "Inženýrské stavby a zemní práce", "Civil engineering and earthworks")),
      listing(
        t(
          "Trockenbau und Innenausbau",
          "Sádrokartonové konstrukce a dokončovací práce",
          "Drywall and interior finishing",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Subunternehmer für Elektro- und Sanitärinstallation",
          "Subdodavatelé elektroinstalací a zdravotechniky",
          "Subcontractors for electrical and plumbing installation",
        ),
      ),
      listing(t("Bauaufträge in {nb}", "Stavební zakázky v {nb}", "Construction projects in {nb}")),
      listing(t("Poliere und Facharbeiter", "Mistři a kvalifikovaní řemeslníci", "Foremen and skilled workers")),
    ],
    wordDe: ["Bau", "Bauunternehmen", "Hochbau"],
    wordCs: ["Stavby", "Stavební firma", "Stavitelství"],
  },

  building: {
    nace: ["43.22", "43.21"],
    certs: ["ISO 9001"],
    intro: [
      t(
        "Seit {year} planen und installieren wir in {city} Heizungs-, Lüftungs- und Sanitäranlagen.",
        "Od roku {year} navrhujeme a instalujeme {loc} topení, vzduchotechniku a zdravotechniku.",
        "Since {year}, we have been designing and installing heating, ventilation and plumbing systems in {city}.",
      ),
      t(
        "Wir sind ein Elektro- und Haustechnikbetrieb aus {city}, gegründet {year}.",
        "Jsme elektroinstalační a topenářská firma {loc}, založená v roce {year}.",
        "We are an electrical and building services contractor based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Wärmepumpen und Photovoltaikanlagen gehören inzwischen zu unseren häufigsten Aufträgen.",
        "Tepelná čerpadla a fotovoltaické elektrárny dnes patří k našim nejčastějším zakázkám.",
        "Heat pumps and photovoltaic systems are now among our most frequent jobs.",
      ),
      t(
        "Für Gewerbekunden bieten wir Wartungsverträge mit 24-Stunden-Notdienst.",
        "Firemním zákazníkům nabízíme servisní smlouvy s nepřetržitou pohotovostí.",
        "For business customers we offer maintenance contracts with a 24-hour emergency service.",
      ),
      t(
        "Wir arbeiten für Bauträger, Wohnungsgesellschaften und Industriebetriebe.",
        "Pracujeme pro developery, bytová družstva i průmyslové podniky.",
        "We work for developers, housing companies and industrial businesses.",
      ),
    ],
    offers: [
      listing(t("Installation von Wärmepumpen", "Instalace tepelných čerpadel", "Installation of heat pumps")),
      listing(
        t(
          "Elektroinstallation für Gewerbe und Industrie",
          "Elektroinstalace pro firmy a průmysl",
          "Electrical installation for commercial and industrial buildings",
        ),
      ),
      listing(t("Lüftungs- und Klimatechnik", "Vzduchotechnika a klimatizace", "Ventilation and air conditioning")),
      listing(t("Wartung und Notdienst", "Servis a pohotovostní služba", "Maintenance and emergency service")),
    ],
    seeks: [
      listing(t("Monteure für Heizung und Sanitär", "Montéři topení a vody", "Heating and plumbing fitters")),
      listing(t("Großhändler für Wärmepumpen", "Velkoobchod s tepelnými čerpadly", "Wholesaler for heat pumps")),
    ],
    wordDe: ["Haustechnik", "Elektro", "Heizung und Sanitär"],
    wordCs: ["Elektro", "Topenářství", "Technika budov"],
  },

  energy: {
    nace: ["35.11", "43.21", "35.30"],
    certs: ["ISO 50001", "ISO 14001", "ISO 9001"],
    intro: [
      t(
        "Seit {year} planen und bauen wir von {city} aus Photovoltaik- und Speicheranlagen.",
        "Od roku {year} navrhujeme a stavíme fotovoltaické elektrárny a bateriová úložiště, sídlíme {loc}.",
        "Since {year}, we have been planning and building photovoltaic and storage systems from our base in {city}.",
      ),
      t(
        "Wir sind ein Energieversorger aus {city} und erzeugen seit {year} Strom und Wärme aus erneuerbaren Quellen.",
        "Jsme energetická firma {loc} a od roku {year} vyrábíme elektřinu a teplo z obnovitelných zdrojů.",
        "We are an energy company based in {city} and have been generating electricity and heat from renewable sources since {year}.",
      ),
    ],
    detail: [
      t(
        "Unsere Solarparks und Biogasanlagen haben zusammen eine Leistung von über 40 Megawatt.",
        "Naše solární parky a bioplynové stanice mají dohromady výkon přes 40 megawattů.",
        "Our solar parks and biogas plants have a combined capacity of more than 40 megawatts.",
      ),
      t(
        "Für Gewerbebetriebe entwickeln wir Konzepte zur Eigenstromversorgung und Lastspitzenkappung.",
        "Pro firmy připravujeme koncepty vlastní výroby elektřiny a snižování odběrových špiček.",
        "For businesses we develop concepts for self-generated power and peak load shaving.",
      ),
      t(
        "Energieaudits nach EN 16247 führen wir mit zertifizierten Auditoren durch.",
        "Energetické audity podle EN 16247 provádíme s certifikovanými auditory.",
        "We carry out energy audits to EN 16247 with certified auditors.",
      ),
    ],
    offers: [
      listing(
        t(
          "Photovoltaikanlagen auf Gewerbedächern",
          "Fotovoltaické elektrárny na střechách firem",
          "Photovoltaic systems on commercial roofs",
        ),
      ),
      listing(t("Batteriespeicher für Unternehmen", "Bateriová úložiště pro firmy", "Battery storage for businesses")),
      listing(
        t(
          "Energieaudits und Energieberatung",
          "Energetické audity a poradenství",
          "Energy audits and energy consulting",
        ),
      ),
      listing(t("Wärmeversorgung aus Biomasse", "Dodávky tepla z biomasy", "Heat supply from biomass")),
    ],
    seeks: [
      listing(t("Dachflächen für Photovoltaik", "Střechy k pronájmu pro fotovoltaiku", "Roof space for photovoltaics")),
      listing(
        t(
          "Elektroinstallateure als Montagepartner",
          "Elektroinstalační firmy jako montážní partneři",
          "Electrical contractors as installation partners",
        ),
      ),
    ],
    wordDe: ["Solartechnik", "Energie"],
    wordCs: ["Fotovoltaika", "Energie"],
  },

  recycling: {
    nace: ["38.32", "38.11"],
    certs: ["ISO 14001", "ISO 9001"],
    intro: [
      t(
        "Seit {year} entsorgen und verwerten wir in {city} Abfälle aus Industrie und Gewerbe.",
        "Od roku {year} zajišťujeme {loc} svoz a využití odpadů z průmyslu a služeb.",
        "Since {year}, we have been collecting and recycling industrial and commercial waste in {city}.",
      ),
      t(
        "Wir sind ein Recyclingunternehmen aus {city}, gegründet {year}, mit Schwerpunkt auf Metallschrott.",
        "Jsme recyklační firma {loc}, založená v roce {year}, se zaměřením na kovový šrot.",
        "We are a recycling company based in {city}, founded in {year}, specialising in scrap metal.",
      ),
    ],
    detail: [
      t(
        "Wir stellen Container von 5 bis 40 m³ und holen Späne, Schrott und Verpackungen ab.",
        "Přistavujeme kontejnery od 5 do 40 m³ a odvážíme třísky, šrot i obaly.",
        "We provide containers from 5 to 40 m³ and collect swarf, scrap and packaging.",
      ),
      t(
        "Sortierte Metalle und Kunststoffe gehen als Sekundärrohstoffe zurück in die Produktion.",
        "Vytříděné kovy a plasty se jako druhotné suroviny vracejí zpět do výroby.",
        "Sorted metals and plastics go back into production as secondary raw materials.",
      ),
      t(
        "Grenzüberschreitende Abfallverbringungen wickeln wir mit allen erforderlichen Genehmigungen ab.",
        "Přeshraniční přepravu odpadů vyřizujeme se všemi potřebnými povoleními.",
        "We handle cross-border waste shipments with all the necessary permits.",
      ),
    ],
    offers: [
      listing(
        t("Ankauf von Metallschrott und Spänen", "Výkup kovového šrotu a třísek", "Purchase of scrap metal and swarf"),
      ),
      listing(
        t(
          "Containerdienst für Gewerbeabfälle",
          "Kontejnerová služba pro firemní odpad",
          "Container service for commercial waste",
        ),
      ),
      listing(
        t("Aktenvernichtung nach DIN 66399", "Skartace dokumentů podle DIN 66399", "Document shredding to DIN 66399"),
      ),
    ],
    seeks: [
      listing(
        t(
          "Abnehmer für Kunststoffregranulat",
          "Odběratelé plastového regranulátu",
          "Buyers of recycled plastic granulate",
        ),
      ),
      listing(
        t(
          "Industriebetriebe mit regelmäßigem Schrottaufkommen",
          "Průmyslové podniky s pravidelnou produkcí šrotu",
          "Industrial companies with regular scrap volumes",
        ),
      ),
    ],
    wordDe: ["Recycling", "Entsorgung"],
    wordCs: ["Recyklace", "Sběrné suroviny"],
  },

  staffing: {
    nace: ["78.20", "78.10"],
    certs: [],
    intro: [
      t(
        "Seit {year} vermitteln wir von {city} aus Fachkräfte an Unternehmen in Sachsen und Böhmen.",
        "Od roku {year} zprostředkováváme odborné pracovníky pro firmy v Sasku a v Čechách, sídlo máme {loc}.",
        "Since {year}, we have been placing skilled workers with companies in Saxony and Bohemia from our office in {city}.",
      ),
      t(
        "Wir sind ein Personaldienstleister aus {city}, gegründet {year}.",
        "Jsme personální agentura {loc}, založená v roce {year}.",
        "We are a recruitment and staffing agency based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Unser Schwerpunkt liegt auf Metall-, Elektro- und Logistikberufen.",
        "Zaměřujeme se především na strojírenské, elektrotechnické a logistické profese.",
        "We focus on metalworking, electrical and logistics occupations.",
      ),
      t(
        "Bewerberinnen und Bewerber aus dem Nachbarland begleiten wir bei Sprachkurs, Anerkennung und Wohnungssuche.",
        "Uchazečům ze sousední země pomáháme s jazykovým kurzem, uznáním kvalifikace a hledáním bydlení.",
        "We support applicants from the neighbouring country with language courses, recognition of qualifications and finding accommodation.",
      ),
      t(
        "Neben Arbeitnehmerüberlassung bieten wir direkte Personalvermittlung an.",
        "Kromě agenturního zaměstnávání nabízíme i přímé zprostředkování zaměstnanců.",
        "In addition to temporary staffing, we offer direct recruitment.",
      ),
    ],
    offers: [
      listing(
        t(
          "Personalvermittlung für Technik und Produktion",
          "Nábor pracovníků pro techniku a výrobu",
          "Recruitment for engineering and production",
        ),
      ),
      listing(t("Arbeitnehmerüberlassung", "Agenturní zaměstnávání", "Temporary staffing")),
      listing(
        t(
          "Grenzgängerberatung für Arbeitgeber",
          "Poradenství pro zaměstnavatele přeshraničních pracovníků",
          "Advice for employers of cross-border commuters",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Unternehmen mit Fachkräftebedarf",
          "Firmy hledající kvalifikované pracovníky",
          "Companies looking for skilled workers",
        ),
      ),
      listing(
        t("Sprachschulen als Kooperationspartner", "Jazykové školy jako partneři", "Language schools as partners"),
      ),
    ],
    wordDe: ["Personalservice", "Personal"],
    wordCs: ["Personální agentura", "Personální služby"],
  },

  marketing: {
    nace: ["73.11", "73.20", "82.30"],
    certs: [],
    intro: [
      t(
        "Seit {year} entwickelt unsere Agentur in {city} Marken, Websites und Kampagnen.",
        "Od roku {year} vytváří naše agentura {loc} značky, weby a kampaně.",
        "Since {year}, our agency in {city} has been developing brands, websites and campaigns.",
      ),
      t(
        "Wir sind eine Werbe- und Eventagentur aus {city}, gegründet {year}.",
        "Jsme reklamní a eventová agentura {loc}, založená v roce {year}.",
        "We are an advertising and events agency based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Wir begleiten Industrieunternehmen beim Markteintritt im Nachbarland mit zweisprachiger Kommunikation.",
        "Průmyslové firmy provázíme při vstupu na sousední trh dvojjazyčnou komunikací.",
        "We support industrial companies entering the neighbouring market with bilingual communication.",
      ),
      t(
        "Messeauftritte, Hausmessen und Kundenveranstaltungen organisieren wir von der Idee bis zum Abbau.",
        "Veletržní expozice, firemní výstavy a akce pro zákazníky organizujeme od nápadu až po demontáž.",
        "We organise trade fair stands, in-house exhibitions and customer events from the initial idea to dismantling.",
      ),
      t(
        "Zu unserem Team gehören Designer, Texter und Fotografen.",
        "Náš tým tvoří designéři, copywriteři a fotografové.",
        "Our team includes designers, copywriters and photographers.",
      ),
    ],
    offers: [
      listing(
        t(
          "Zweisprachige Websites und Online-Marketing",
          "Dvojjazyčné weby a online marketing",
          "Bilingual websites and online marketing",
        ),
      ),
      listing(
        t(
          "Messebau und Eventorganisation",
          "Stavba veletržních stánků a organizace akcí",
          "Trade fair stand construction and event organisation",
        ),
      ),
      listing(
        t(
          "Marktforschung in Tschechien und Deutschland",
          "Průzkum trhu v Česku a Německu",
          "Market research in the Czech Republic and Germany",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Industriekunden mit Exportplänen",
          "Průmyslové firmy s exportními plány",
          "Industrial clients with export plans",
        ),
      ),
      listing(
        t(
          "Freie Fotografen und Videografen",
          "Externí fotografové a kameramani",
          "Freelance photographers and videographers",
        ),
      ),
    ],
    wordDe: ["Werbeagentur", "Kommunikation"],
    wordCs: ["Reklama", "Marketing"],
  },

  training: {
    nace: ["85.59"],
    certs: ["ISO 9001"],
    intro: [
      t(
        "Seit {year} bieten wir in {city} Weiterbildungen für Fach- und Führungskräfte an.",
        "Od roku {year} nabízíme {loc} vzdělávací kurzy pro odborníky a vedoucí pracovníky.",
        "Since {year}, we have been offering further training for specialists and managers in {city}.",
      ),
      t(
        "Wir sind ein Sprach- und Weiterbildungsinstitut aus {city}, gegründet {year}.",
        "Jsme jazyková a vzdělávací škola {loc}, založená v roce {year}.",
        "We are a language and training school based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Besonders gefragt sind unsere Tschechisch- und Deutschkurse für Unternehmen.",
        "Největší zájem je o naše kurzy češtiny a němčiny pro firmy.",
        "Our Czech and German courses for companies are particularly popular.",
      ),
      t(
        "Schweißkurse, Staplerschein-Lehrgänge und SPS-Kurse führen wir in eigenen Werkstätten durch.",
        "Svářečské kurzy, kurzy pro řidiče vysokozdvižných vozíků a kurzy PLC pořádáme ve vlastních dílnách.",
        "We run welding courses, forklift licence training and PLC courses in our own workshops.",
      ),
      t(
        "Auf Wunsch schulen wir direkt im Betrieb des Kunden.",
        "Na přání školíme přímo ve firmě zákazníka.",
        "On request, we provide training directly at the customer's premises.",
      ),
    ],
    offers: [
      listing(
        t(
          "Firmensprachkurse Tschechisch und Deutsch",
          "Firemní kurzy češtiny a němčiny",
          "Corporate Czech and German courses",
        ),
      ),
      listing(
        t(
          "Schweißkurse und Schweißerprüfungen",
          "Svářečské kurzy a zkoušky svářečů",
          "Welding courses and welder qualification tests",
        ),
      ),
      listing(
        t(
          "Interkulturelle Trainings für Führungskräfte",
          "Interkulturní tréninky pro manažery",
          "Intercultural training for managers",
        ),
      ),
    ],
    seeks: [
      listing(
        t("Unternehmen als Praktikumspartner", "Firmy jako partneři pro praxe", "Companies as internship partners"),
      ),
      listing(t("Dozenten für technische Lehrgänge", "Lektoři technických kurzů", "Instructors for technical courses")),
    ],
    wordDe: ["Bildungszentrum", "Sprachschule"],
    wordCs: ["Vzdělávání", "Jazyková škola"],
  },

  wholesale: {
    nace: ["46.69", "46.72"],
    certs: ["ISO 9001"],
    intro: [
      t(
        "Seit {year} beliefern wir von {city} aus Industrie und Handwerk mit Werkzeugen und Betriebsausstattung.",
        "Od roku {year} zásobujeme průmysl a řemeslníky nářadím a provozním vybavením, sídlíme {loc}.",
        "Since {year}, we have been supplying industry and trade with tools and operating equipment from {city}.",
      ),
      t(
        "Wir sind ein technischer Großhändler aus {city}, gegründet {year}.",
        "Jsme technický velkoobchod {loc}, založený v roce {year}.",
        "We are a technical wholesaler based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "In unserem Lager halten wir über 20.000 Artikel ständig vorrätig.",
        "V našem skladu máme trvale k dispozici přes 20 000 položek.",
        "We keep more than 20,000 items permanently in stock in our warehouse.",
      ),
      t(
        "Stahl, Edelstahl und Aluminium liefern wir auf Wunsch auch im Zuschnitt.",
        "Ocel, nerezovou ocel a hliník dodáváme na přání i nařezané na míru.",
        "We supply steel, stainless steel and aluminium, also cut to size on request.",
      ),
      t(
        "Bestellungen, die bis 14 Uhr eingehen, verlassen unser Haus noch am selben Tag.",
        "Objednávky přijaté do 14 hodin expedujeme ještě tentýž den.",
        "Orders received by 2 p.m. are dispatched the same day.",
      ),
    ],
    offers: [
      listing(t("Werkzeuge und Betriebsausstattung", "Nářadí a vybavení provozů", "Tools and operating equipment")),
      listing(
        t(
          "Stahl, Edelstahl und Aluminium im Zuschnitt",
          "Ocel, nerez a hliník s dělením na míru",
          "Steel, stainless steel and aluminium cut to size",
        ),
      ),
      listing(
        t(
          "C-Teile-Management für Produktionsbetriebe",
          "Řízení zásob spojovacího materiálu pro výrobní firmy",
          "C-parts management for manufacturers",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Hersteller, die einen Vertriebspartner in {nb} suchen",
          "Výrobci hledající obchodního partnera v {nb}",
          "Manufacturers looking for a sales partner in {nb}",
        ),
      ),
      listing(
        t(
          "Industriekunden für Rahmenverträge",
          "Průmysloví zákazníci pro rámcové smlouvy",
          "Industrial customers for framework agreements",
        ),
      ),
    ],
    wordDe: ["Technischer Handel", "Werkzeughandel"],
    wordCs: ["Velkoobchod", "Nářadí"],
  },

  medical: {
    nace: ["32.50"],
    certs: ["ISO 13485", "ISO 9001"],
    intro: [
      t(
        "Seit {year} fertigen wir in {city} medizinische Instrumente und Hilfsmittel.",
        "Od roku {year} vyrábíme {loc} zdravotnické nástroje a pomůcky.",
        "Since {year}, we have been manufacturing medical instruments and aids in {city}.",
      ),
      t(
        "Wir sind ein Medizintechnikhersteller aus {city}, gegründet {year}.",
        "Jsme výrobce zdravotnické techniky {loc}, založený v roce {year}.",
        "We are a medical technology manufacturer based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Unsere Produktion arbeitet unter Reinraumbedingungen nach ISO 13485.",
        "Naše výroba probíhá v čistých prostorách podle ISO 13485.",
        "Our production operates under cleanroom conditions in accordance with ISO 13485.",
      ),
      t(
        "Wir fertigen auch im Auftrag von Markeninhabern (OEM).",
        "Vyrábíme také na zakázku pro majitele značek (OEM).",
        "We also manufacture on behalf of brand owners (OEM).",
      ),
      t(
        "Zu unseren Kunden zählen Kliniken, Zahnärzte und Orthopädietechniker.",
        "Mezi naše zákazníky patří nemocnice, zubní lékaři a ortopedičtí technici.",
        "Our customers include hospitals, dentists and orthopaedic technicians.",
      ),
    ],
    offers: [
      listing(
        t(
          "Chirurgische Instrumente in Lohnfertigung",
          "Zakázková výroba chirurgických nástrojů",
          "Contract manufacturing of surgical instruments",
        ),
      ),
      listing(t("Orthopädische Hilfsmittel nach Maß", "Ortopedické pomůcky na míru", "Custom orthopaedic aids")),
    ],
    seeks: [
      listing(
        t(
          "Distributoren für Medizinprodukte in {nb}",
          "Distributoři zdravotnických prostředků v {nb}",
          "Distributors of medical devices in {nb}",
        ),
      ),
      listing(t("Partner für Sterilisation", "Partner pro sterilizaci", "Partner for sterilisation")),
    ],
    wordDe: ["Medizintechnik"],
    wordCs: ["Zdravotnická technika"],
  },

  repair: {
    nace: ["33.12", "33.11", "33.20"],
    certs: ["ISO 9001"],
    intro: [
      t(
        "Seit {year} warten und reparieren wir von {city} aus Maschinen und Anlagen aller Hersteller.",
        "Od roku {year} provádíme údržbu a opravy strojů a zařízení všech výrobců, sídlo máme {loc}.",
        "Since {year}, we have been servicing and repairing machines and equipment from all manufacturers from our base in {city}.",
      ),
      t(
        "Wir sind ein Industrieservice-Unternehmen aus {city}, gegründet {year}.",
        "Jsme firma průmyslového servisu {loc}, založená v roce {year}.",
        "We are an industrial service company based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Unsere Servicetechniker sind rund um die Uhr einsatzbereit.",
        "Naši servisní technici jsou k dispozici nepřetržitě.",
        "Our service technicians are available around the clock.",
      ),
      t(
        "Die Instandsetzung von Hydraulik, Pneumatik und Antrieben gehört zu unseren Kernkompetenzen.",
        "Opravy hydrauliky, pneumatiky a pohonů patří k našim hlavním kompetencím.",
        "Repairing hydraulics, pneumatics and drives is one of our core competences.",
      ),
      t(
        "Maschinenumzüge und Verlagerungen ganzer Fertigungen planen wir sorgfältig.",
        "Pečlivě plánujeme stěhování strojů i přesuny celých výrob.",
        "We carefully plan machine relocations and the transfer of entire production lines.",
      ),
    ],
    offers: [
      listing(
        t(
          "Instandhaltung und Reparatur von Produktionsanlagen",
          "Údržba a opravy výrobních zařízení",
          "Maintenance and repair of production equipment",
        ),
      ),
      listing(
        t(
          "Maschinenumzüge und Industriemontagen",
          "Stěhování strojů a průmyslové montáže",
          "Machine relocations and industrial installation",
        ),
      ),
      listing(t("Reparatur von Hydraulikzylindern", "Opravy hydraulických válců", "Repair of hydraulic cylinders")),
    ],
    seeks: [
      listing(
        t(
          "Rahmenverträge mit Industriebetrieben",
          "Rámcové smlouvy s průmyslovými podniky",
          "Framework agreements with industrial companies",
        ),
      ),
      listing(
        t(
          "Mechatroniker für Serviceeinsätze",
          "Mechatronici pro servisní výjezdy",
          "Mechatronics technicians for service assignments",
        ),
      ),
    ],
    wordDe: ["Industrieservice", "Instandhaltung"],
    wordCs: ["Průmyslový servis", "Údržba strojů"],
  },

  consulting: {
    nace: ["70.22"],
    certs: [],
    intro: [
      t(
        "Seit {year} berät unser Büro in {city} mittelständische Unternehmen bei Strategie, Förderung und Markteintritt.",
        "Od roku {year} radí naše kancelář {loc} malým a středním firmám v oblasti strategie, dotací a vstupu na trh.",
        "Since {year}, our office in {city} has been advising SMEs on strategy, funding and market entry.",
      ),
      t(
        "Wir sind eine Unternehmensberatung aus {city}, gegründet {year}.",
        "Jsme poradenská firma {loc}, založená v roce {year}.",
        "We are a management consultancy based in {city}, founded in {year}.",
      ),
    ],
    detail: [
      t(
        "Wir kennen die Förderprogramme beider Länder und begleiten Anträge bis zur Abrechnung.",
        "Známe dotační programy obou zemí a provázíme žádosti až po vyúčtování.",
        "We know the funding programmes of both countries and support applications through to final reporting.",
      ),
      t(
        "Bei der Suche nach Geschäftspartnern jenseits der Grenze stellen wir gezielt Kontakte her.",
        "Při hledání obchodních partnerů za hranicemi zprostředkujeme cílené kontakty.",
        "When you are looking for business partners across the border, we arrange targeted contacts.",
      ),
      t(
        "Nachfolgeregelungen und Restrukturierungen begleiten wir diskret und praxisnah.",
        "Nástupnictví ve firmách a restrukturalizace provázíme diskrétně a s důrazem na praxi.",
        "We provide discreet, practical support for business succession and restructuring.",
      ),
    ],
    offers: [
      listing(
        t(
          "Fördermittelberatung für Interreg-Projekte",
          "Dotační poradenství pro projekty Interreg",
          "Funding advice for Interreg projects",
        ),
      ),
      listing(
        t(
          "Markteintrittsberatung Tschechien und Deutschland",
          "Poradenství pro vstup na český a německý trh",
          "Market entry consulting for the Czech Republic and Germany",
        ),
      ),
      listing(
        t(
          "Begleitung der Unternehmensnachfolge",
          "Poradenství při předání firmy nástupci",
          "Business succession support",
        ),
      ),
    ],
    seeks: [
      listing(
        t(
          "Unternehmen mit Interesse an grenzüberschreitenden Projekten",
          "Firmy se zájmem o přeshraniční projekty",
          "Companies interested in cross-border projects",
        ),
      ),
      listing(t("Kooperationspartner in {nb}", "Kooperační partneři v {nb}", "Cooperation partners in {nb}")),
    ],
    wordDe: ["Unternehmensberatung", "Beratung"],
    wordCs: ["Poradenství", "Consulting"],
  },
} satisfies Record<string, Profile>;

type ProfileKey = keyof typeof PROFILES;
const PROFILE_KEYS = Object.keys(PROFILES) as ProfileKey[];

/** Closing sentences that apply to any industry; picked only when they fit the company. */
const GENERAL = {
  certs: t("Wir sind nach {certs} zertifiziert.", "Jsme certifikováni podle {certs}.", "We are certified to {certs}."),
  langs: t(
    "Anfragen beantworten wir gern auf {langs}.",
    "Poptávky rádi vyřídíme {langs}.",
    "We are happy to handle enquiries in {langs}.",
  ),
  team: t(
    "Derzeit beschäftigen wir {n} Mitarbeiterinnen und Mitarbeiter.",
    "V současnosti u nás pracuje {n} zaměstnanců.",
    "We currently employ {n} people.",
  ),
  neighbour: t(
    "Schon heute arbeiten wir mit Kunden in {nb} zusammen und möchten diese Kontakte ausbauen.",
    "Již dnes spolupracujeme se zákazníky v {nb} a chceme tyto kontakty dále rozvíjet.",
    "We already work with customers in {nb} and would like to expand these contacts.",
  ),
  border: t(
    "Dank unserer Lage nahe der Grenze sind wir schnell bei Kunden auf beiden Seiten.",
    "Díky poloze blízko hranic jsme rychle u zákazníků na obou stranách.",
    "Thanks to our location close to the border, we can reach customers on both sides quickly.",
  ),
  family: t(
    "Als Familienunternehmen legen wir Wert auf langfristige Partnerschaften.",
    "Jako rodinná firma si zakládáme na dlouhodobých partnerstvích.",
    "As a family business, we value long-term partnerships.",
  ),
  welcome: t(
    "Wir freuen uns über Anfragen von Unternehmen {nbFrom}.",
    "Rádi přivítáme poptávky od firem {nbFrom}.",
    "We welcome enquiries from companies {nbFrom}.",
  ),
  contact: t(
    "Kurze Reaktionszeiten und feste Ansprechpartner sind für uns selbstverständlich.",
    "Rychlé reakce a stálé kontaktní osoby jsou pro nás samozřejmostí.",
    "Quick responses and a dedicated contact person are a matter of course for us.",
  ),
} satisfies Record<string, Tri>;

// ---------------------------------------------------------------------------------------------
// Hand-shaped companies
// ---------------------------------------------------------------------------------------------

/** Description languages, primary first: D = de, C = cs, E = en. */
type DescCode = "D" | "C" | "DE" | "DC" | "DCE" | "CD" | "CE" | "CDE";

const DESC_LANGS: Readonly<Record<DescCode, readonly Lang[]>> = {
  D: ["de"],
  C: ["cs"],
  DE: ["de", "en"],
  DC: ["de", "cs"],
  DCE: ["de", "cs", "en"],
  CD: ["cs", "de"],
  CE: ["cs", "en"],
  CDE: ["cs", "de", "en"],
};

interface RowExtra {
  nace?: string[];
  certs?: string[];
  family?: boolean;
  domain?: string;
  /** Fixed intro (index into the profile or an own sentence) where a random one would not fit. */
  intro?: number | Tri;
  /** Restricts the detail sentences to these indices. */
  details?: number[];
  /** Exact offer/seek indices instead of a random choice. */
  offers?: number[];
  seeks?: number[];
  ownOffers?: ListingTemplate[];
  /** A sentence only this company says; replaces one detail sentence. */
  note?: Tri;
}

type Row = readonly [
  name: string,
  legalForm: string,
  city: string,
  postalCode: string,
  street: string,
  profile: ProfileKey,
  employees: Employees,
  founded: number,
  desc: DescCode,
  extra?: RowExtra,
];

// One company per line (long ones spread out) keeps the table scannable.
// prettier-ignore
const ROWS: readonly Row[] = [
  // --- Landkreis Görlitz
  ["Präzisionsteile Zittau GmbH", "GmbH", "Zittau", "02763", "Äußere Weberstraße 43", "cnc", "10-49", 1991, "DC"],
  ["Oberlausitzer Blechtechnik GmbH", "GmbH", "Ebersbach-Neugersdorf", "02730", "Hauptstraße 112", "sheet", "50-249", 1993, "D"],
  ["Görlitzer Maschinenbau GmbH & Co. KG", "GmbH & Co. KG", "Görlitz", "02828", "Christoph-Lüders-Straße 45", "machinery", "50-249", 1990, "DCE", { nace: ["28.99", "28.22"] }],
  ["Neiße Elektronik GmbH", "GmbH", "Görlitz", "02826", "Brautwiesenstraße 12", "electronics", "10-49", 2002, "D"],
  ["Lausitzer Kunststofftechnik GmbH", "GmbH", "Weißwasser", "02943", "Berliner Straße 52", "plastics", "50-249", 1994, "D"],
  ["Sprachbrücke Görlitz e.K.", "e.K.", "Görlitz", "02826", "Berliner Straße 31", "translation", "1-9", 2008, "DCE"],
  ["Löbauer Holzwerkstätten GmbH", "GmbH", "Löbau", "02708", "Georgewitzer Straße 14", "furniture", "10-49", 1997, "D"],
  ["Brauhaus am Hochwald GmbH", "GmbH", "Zittau", "02763", "Hochwaldstraße 21", "brewery", "10-49", 1998, "DC"],
  ["Metallbau Krause Niesky GmbH", "GmbH", "Niesky", "02906", "Muskauer Straße 60", "welding", "10-49", 1991, "D", { family: true }],
  ["Hotel Lausitzer Hof GmbH", "GmbH", "Görlitz", "02826", "Jakobstraße 3", "hospitality", "10-49", 2001, "DCE"],
  ["Oberlausitzer Textilveredlung GmbH", "GmbH", "Seifhennersdorf", "02782", "Nordstraße 18", "textile", "10-49", 1992, "DC", { intro: 0 }],
  ["Steuerberatung Hübner & Partner mbB", "PartG mbB", "Görlitz", "02826", "Demianiplatz 22", "accounting", "10-49", 1995, "DC", { domain: "huebner-partner.de" }],
  ["Glaswerkstatt Weißwasser e.K.", "e.K.", "Weißwasser", "02943", "Bautzener Straße 21", "glass", "1-9", 2004, "DC", { intro: 2 }],
  ["Elektro Pietsch OHG", "OHG", "Löbau", "02708", "Bahnhofstraße 30", "building", "1-9", 1994, "D", { family: true }],

  // --- Landkreis Bautzen
  ["Bautzener Zerspanungstechnik GmbH", "GmbH", "Bautzen", "02625", "Wilthener Straße 32", "cnc", "50-249", 1992, "D"],
  ["Kamenzer Automatisierung GmbH", "GmbH", "Kamenz", "01917", "Macherstraße 50", "automation", "10-49", 2005, "D"],
  ["Anlagenbau Hoyerswerda GmbH", "GmbH", "Hoyerswerda", "02977", "Am Industriegelände 12", "machinery", "50-249", 1991, "D", { nace: ["28.22", "33.20"] }],
  ["Elektronikfertigung Radeberg GmbH", "GmbH", "Radeberg", "01454", "Pulsnitzer Straße 55", "electronics", "50-249", 1996, "DE"],
  ["Zimmerei Wendler GmbH", "GmbH", "Bischofswerda", "01877", "Kamenzer Straße 44", "timber", "10-49", 1990, "D", { intro: 2, offers: [0, 3], family: true, nace: ["16.23", "43.99"] }],
  ["Großröhrsdorfer Bandweberei GmbH", "GmbH", "Großröhrsdorf", "01900", "Mühlstraße 9", "textile", "10-49", 1992, "D", { intro: 1, nace: ["13.96"] }],
  ["Lausitzer Personalservice GmbH", "GmbH", "Bautzen", "02625", "Kornmarkt 7", "staffing", "10-49", 2006, "D"],
  ["Industrieservice Heidrich KG", "KG", "Bautzen", "02625", "Dresdener Straße 81", "repair", "10-49", 1993, "DC"],

  // --- Sächsische Schweiz-Osterzgebirge
  ["Elbtal Guss GmbH", "GmbH", "Heidenau", "01809", "Güterbahnhofstraße 10", "foundry", "50-249", 1993, "D", { intro: 0 }],
  ["Freitaler Edelstahlverarbeitung GmbH", "GmbH", "Freital", "01705", "Dresdner Straße 172", "sheet", "10-49", 1998, "D"],
  ["Sebnitzer Möbelwerkstätten GmbH", "GmbH", "Sebnitz", "01855", "Schandauer Straße 30", "furniture", "10-49", 1994, "D"],
  [
    "Feinmechanik Glashütte GmbH", "GmbH", "Glashütte", "01768", "Altenberger Straße 6", "cnc", "10-49", 1995, "DE",
    {
      note: t(
        "Unsere Wurzeln liegen in der Uhrenindustrie, für die wir bis heute Kleinstteile drehen und fräsen.",
        "Naše kořeny sahají do hodinářského průmyslu, pro který dodnes soustružíme a frézujeme miniaturní díly.",
        "Our roots lie in the watch industry, for which we still turn and mill tiny components today.",
      ),
    },
  ],
  ["Parkhotel Elbsandstein GmbH", "GmbH", "Bad Schandau", "01814", "Rudolf-Sendig-Straße 12", "hospitality", "10-49", 1999, "DCE"],
  ["Bäckerei Lehmann Dippoldiswalde GmbH", "GmbH", "Dippoldiswalde", "01744", "Herrengasse 11", "food", "10-49", 1991, "D", { intro: 0, offers: [0], family: true, nace: ["10.71"] }],
  ["Neustädter Kunststoffwerk GmbH", "GmbH", "Neustadt in Sachsen", "01844", "Berghausstraße 25", "plastics", "50-249", 1992, "D"],

  // --- Dresden
  ["Elbflorenz IT-Solutions GmbH", "GmbH", "Dresden", "01099", "Bautzner Straße 108", "software", "10-49", 2014, "D"],
  ["Dresdner Steuerungstechnik GmbH", "GmbH", "Dresden", "01237", "Gasanstaltstraße 10", "automation", "10-49", 2003, "D"],
  ["Ingenieurbüro Lorenz & Wagner GmbH", "GmbH", "Dresden", "01127", "Großenhainer Straße 101", "engineering", "10-49", 1993, "DE", { domain: "lorenz-wagner.de" }],
  ["Mikrosystemtechnik Dresden GmbH", "GmbH", "Dresden", "01109", "Manfred-von-Ardenne-Ring 20", "electronics", "50-249", 2001, "DE", { intro: 2, nace: ["26.11", "26.12"] }],
  ["Sprachendienst Elbe GmbH", "GmbH", "Dresden", "01219", "Wiener Straße 56", "translation", "10-49", 2002, "DC"],
  ["Agentur Brückenwerk GmbH", "GmbH", "Dresden", "01099", "Louisenstraße 64", "marketing", "10-49", 2010, "DCE"],
  ["Richter Bau GmbH", "GmbH", "Dresden", "01259", "Meußlitzer Straße 40", "construction", "50-249", 1991, "D", { family: true }],
  ["GrenzWerk Beratung GmbH", "GmbH", "Dresden", "01067", "Ostra-Allee 11", "consulting", "1-9", 2016, "DCE"],
  ["Medizintechnik Elbe GmbH", "GmbH", "Dresden", "01307", "Tatzberg 47", "medical", "10-49", 2007, "DE"],

  // --- Landkreis Meißen
  [
    "Senfmanufaktur Meißen GmbH", "GmbH", "Meißen", "01662", "Talstraße 14", "food", "10-49", 2000, "D",
    {
      intro: 1,
      offers: [1, 2],
      nace: ["10.89"],
      note: t(
        "Unseren Senf stellen wir in kleinen Chargen auf traditionellen Steinmühlen her.",
        "Hořčici vyrábíme v malých šaržích na tradičních kamenných mlýnech.",
        "We make our mustard in small batches on traditional stone mills.",
      ),
    },
  ],
  ["Riesaer Stahlhandel GmbH", "GmbH", "Riesa", "01587", "Gröbaer Straße 3", "wholesale", "10-49", 1992, "D", { nace: ["46.72"] }],
  ["Laserzentrum Riesa UG (haftungsbeschränkt)", "UG (haftungsbeschränkt)", "Riesa", "01589", "Paul-Greifzu-Straße 8", "sheet", "1-9", 2019, "D", { intro: 1 }],
  ["Maschinenfabrik Lößnitz GmbH", "GmbH", "Radebeul", "01445", "Meißner Straße 35", "machinery", "50-249", 1990, "DE", { nace: ["28.99", "28.96"] }],
  ["Großenhainer Recycling GmbH", "GmbH", "Großenhain", "01558", "Zabeltitzer Straße 25", "recycling", "10-49", 1994, "D"],
  ["Coswiger Lackfabrik GmbH", "GmbH", "Coswig", "01640", "Dresdner Straße 51", "chemical", "10-49", 1991, "D", { intro: 0 }],

  // --- Mittelsachsen
  ["Freiberger Metallguss GmbH", "GmbH", "Freiberg", "09599", "Chemnitzer Straße 89", "foundry", "50-249", 1995, "D", { intro: 1, nace: ["24.53"] }],
  ["Werkstofftechnik Freiberg GmbH", "GmbH", "Freiberg", "09599", "Halsbrücker Straße 34", "engineering", "10-49", 1999, "DE", { intro: 1, nace: ["71.20", "72.19"], offers: [3, 1] }],
  ["Spedition Kühn Döbeln GmbH", "GmbH", "Döbeln", "04720", "Mastener Straße 2", "logistics", "50-249", 1991, "D", { family: true }],
  ["Codewerk Mittweida GmbH", "GmbH", "Mittweida", "09648", "Technikumplatz 5", "software", "10-49", 2012, "DE"],
  ["Flöhataler Textilwerk GmbH", "GmbH", "Flöha", "09557", "Augustusburger Straße 20", "textile", "10-49", 1993, "D", { intro: 1 }],
  ["Stahlbau Lindner Frankenberg GmbH", "GmbH", "Frankenberg/Sa.", "09669", "Altenhainer Straße 25", "welding", "10-49", 1996, "D"],

  // --- Erzgebirgskreis
  ["Erzgebirgische Metallbau Schneider GmbH", "GmbH", "Annaberg-Buchholz", "09456", "Barbara-Uthmann-Ring 104", "welding", "10-49", 1991, "DC", { family: true }],
  ["Holzwerkstätten Olbernhau GmbH", "GmbH", "Olbernhau", "09526", "Grünthaler Straße 28", "furniture", "10-49", 1990, "D"],
  ["Stanztechnik Aue GmbH", "GmbH", "Aue-Bad Schlema", "08280", "Schneeberger Straße 60", "sheet", "50-249", 1992, "D", { nace: ["25.50", "25.99"] }],
  ["Kunststofftechnik Marienberg GmbH", "GmbH", "Marienberg", "09496", "Zöblitzer Straße 12", "plastics", "50-249", 1997, "D"],
  ["Werkzeughandel Uhlig e.K.", "e.K.", "Marienberg", "09496", "Freiberger Straße 11", "wholesale", "1-9", 1992, "D", { family: true, intro: 0 }],
  ["Stollberger Werkzeugbau GmbH", "GmbH", "Stollberg", "09366", "Hohensteiner Straße 53", "tooling", "10-49", 1994, "D"],
  ["Fahrzeugkomponenten Zschopau GmbH", "GmbH", "Zschopau", "09405", "Schlößchenstraße 14", "automotive", "50-249", 1993, "DE"],
  [
    "Erzgebirgshotel Fichtelberg GmbH", "GmbH", "Oberwiesenthal", "09484", "Vierenstraße 12", "hospitality", "10-49", 1996, "DCE",
    {
      note: t(
        "Im Winter liegen die Skipisten am Fichtelberg und am Klínovec direkt vor der Tür.",
        "V zimě máte sjezdovky na Fichtelbergu i na Klínovci přímo za dveřmi.",
        "In winter, the ski slopes on the Fichtelberg and the Klínovec are right on the doorstep.",
      ),
    },
  ],
  ["Elektrotechnik Bräuer Schwarzenberg GmbH", "GmbH", "Schwarzenberg", "08340", "Karlsbader Straße 50", "building", "10-49", 1991, "D", { family: true, intro: 1 }],

  // --- Landkreis Zwickau
  ["Westsächsische Fahrzeugtechnik GmbH", "GmbH", "Zwickau", "08058", "Crimmitschauer Straße 72", "automotive", "250+", 1992, "DE"],
  ["Zwickauer Sondermaschinenbau GmbH", "GmbH", "Zwickau", "08056", "Kopernikusstraße 37", "machinery", "50-249", 1998, "D", { intro: 0 }],
  ["Seidel Steuerberatungsgesellschaft mbH", "GmbH", "Zwickau", "08056", "Hauptmarkt 8", "accounting", "1-9", 2001, "D", { domain: "steuerberatung-seidel.de" }],
  ["Glauchauer Oberflächentechnik GmbH", "GmbH", "Glauchau", "08371", "Lungwitzer Straße 40", "coating", "10-49", 1995, "D"],
  ["Tuchmanufaktur Crimmitschau GmbH", "GmbH", "Crimmitschau", "08451", "Leipziger Straße 123", "textile", "10-49", 1991, "DE", { intro: 1 }],
  ["Logistik-Service Werdau GmbH", "GmbH", "Werdau", "08412", "Industriestraße 11", "logistics", "10-49", 2004, "D"],
  ["Limbacher Verpackungsdruck GmbH", "GmbH", "Limbach-Oberfrohna", "09212", "Chemnitzer Straße 95", "print", "10-49", 1993, "D", { nace: ["17.21", "18.12"] }],

  // --- Vogtlandkreis
  [
    "Spitzenmanufaktur Plauen GmbH", "GmbH", "Plauen", "08525", "Morgenbergstraße 40", "textile", "10-49", 1990, "DC",
    {
      nace: ["13.92"],
      intro: t(
        "Seit {year} fertigt unsere Manufaktur in {city} Stickereien und Spitzen.",
        "Od roku {year} vyrábí naše manufaktura {loc} výšivky a krajky.",
        "Since {year}, our manufactory in {city} has been producing embroidery and lace.",
      ),
      details: [1, 3],
      note: t(
        "Auf modernen Stickmaschinen entsteht die bekannte Plauener Spitze für Mode, Heimtextilien und Gardinen.",
        "Na moderních vyšívacích strojích vzniká známá plavenská krajka pro módu, bytový textil a záclony.",
        "Our modern embroidery machines produce the renowned Plauen lace for fashion, home textiles and curtains.",
      ),
      ownOffers: [
        listing(
          t(
            "Plauener Spitze und Stickereien nach Kundenentwurf",
            "Plavenská krajka a výšivky podle návrhu zákazníka",
            "Plauen lace and embroidery to customer designs",
          ),
        ),
        listing(t("Gardinen und Tischwäsche in Kleinserien", "Záclony a stolní prádlo v malých sériích", "Curtains and table linen in small series")),
      ],
      seeks: [1],
    },
  ],
  ["Vogtland Zerspanung GmbH", "GmbH", "Reichenbach im Vogtland", "08468", "Zwickauer Straße 150", "cnc", "50-249", 1991, "D"],
  ["Auerbacher Elektronik GmbH", "GmbH", "Auerbach/Vogtl.", "08209", "Göltzschtalstraße 15", "electronics", "10-49", 1999, "D"],
  ["Oelsnitzer Schmiedetechnik GmbH", "GmbH", "Oelsnitz/Vogtl.", "08606", "Gewerbering 4", "forging", "50-249", 1993, "D"],
  [
    "Tonholz Markneukirchen GmbH", "GmbH", "Markneukirchen", "08258", "Klingenthaler Straße 22", "timber", "1-9", 1995, "DE",
    {
      intro: 0,
      details: [1],
      nace: ["16.10"],
      note: t(
        "Für die Instrumentenbauer im Musikwinkel liefern wir ausgesuchtes Tonholz aus Fichte und Ahorn.",
        "Výrobcům hudebních nástrojů v oblasti Musikwinkel dodáváme vybrané rezonanční dřevo ze smrku a javoru.",
        "We supply instrument makers in the Musikwinkel region with selected spruce and maple tonewood.",
      ),
      ownOffers: [
        listing(
          t(
            "Tonholz aus Fichte und Ahorn für den Instrumentenbau",
            "Rezonanční dřevo ze smrku a javoru pro výrobu nástrojů",
            "Spruce and maple tonewood for instrument making",
          ),
        ),
      ],
      offers: [0],
      seeks: [1],
    },
  ],
  ["Klingenthaler Bau GmbH", "GmbH", "Klingenthal", "08248", "Auerbacher Straße 70", "construction", "10-49", 1990, "D"],
  ["Vogtland Solar GmbH", "GmbH", "Plauen", "08523", "Hammerstraße 88", "energy", "10-49", 2009, "DE", { intro: 0, nace: ["43.21", "35.11"] }],

  // --- Chemnitz
  [
    "Chemnitzer Werkzeugmaschinen GmbH", "GmbH", "Chemnitz", "09116", "Zwickauer Straße 227", "machinery", "50-249", 1994, "DE",
    {
      intro: t(
        "Seit {year} entwickeln und bauen wir in {city} Werkzeugmaschinen für die Metallbearbeitung.",
        "Od roku {year} vyvíjíme a stavíme {loc} obráběcí stroje pro kovovýrobu.",
        "Since {year}, we have been developing and building machine tools for metalworking in {city}.",
      ),
      details: [0, 2, 3],
      nace: ["28.41"],
      note: t(
        "Unsere Drehmaschinen und Bearbeitungszentren werden im eigenen Haus konstruiert und montiert.",
        "Naše soustruhy a obráběcí centra konstruujeme a montujeme ve vlastní režii.",
        "Our lathes and machining centres are designed and assembled in-house.",
      ),
      ownOffers: [listing(t("Drehmaschinen und Bearbeitungszentren", "Soustruhy a obráběcí centra", "Lathes and machining centres"))],
      offers: [2],
    },
  ],
  ["Kaßberg Software GmbH", "GmbH", "Chemnitz", "09112", "Weststraße 21", "software", "10-49", 2015, "D"],
  ["Chemnitzer Robotik GmbH", "GmbH", "Chemnitz", "09125", "Annaberger Straße 240", "automation", "10-49", 2010, "DCE"],
  ["Ingenieurgesellschaft Kühnel mbH", "GmbH", "Chemnitz", "09126", "Reichenhainer Straße 29", "engineering", "10-49", 1992, "D", { domain: "ing-kuehnel.de" }],
  ["Schlossteich Kommunikation GmbH", "GmbH", "Chemnitz", "09113", "Schloßteichstraße 8", "marketing", "1-9", 2009, "D"],
  ["Bildungswerk Südwestsachsen gGmbH", "gGmbH", "Chemnitz", "09119", "Neefestraße 88", "training", "10-49", 1991, "D", { intro: 0 }],

  // --- Leipzig and surroundings
  ["Spedition Mertens GmbH", "GmbH", "Leipzig", "04347", "Torgauer Straße 233", "logistics", "50-249", 1995, "DE"],
  ["Pleiße Digital GmbH", "GmbH", "Leipzig", "04275", "Karl-Liebknecht-Straße 150", "software", "10-49", 2016, "D"],
  ["Vogel & Partner Rechtsanwälte mbB", "PartG mbB", "Leipzig", "04109", "Dittrichring 18", "legal", "10-49", 2003, "DC", { domain: "vogel-partner-recht.de" }],
  ["Sonnenstrom Mitteldeutschland GmbH", "GmbH", "Leipzig", "04317", "Prager Straße 130", "energy", "10-49", 2010, "D", { intro: 1 }],
  ["Sägewerk Elbaue Torgau GmbH", "GmbH", "Torgau", "04860", "Dommitzscher Straße 34", "timber", "10-49", 1992, "D", { intro: 0, offers: [0, 1] }],
  ["Delitzscher Backwaren GmbH", "GmbH", "Delitzsch", "04509", "Dübener Straße 42", "food", "50-249", 1991, "D", { intro: 0, offers: [0, 2], nace: ["10.71"] }],
  ["Muldental Recycling GmbH", "GmbH", "Eilenburg", "04838", "Wurzener Landstraße 10", "recycling", "10-49", 1996, "D"],
  ["Oschatzer Behälter- und Anlagenbau GmbH", "GmbH", "Oschatz", "04758", "Bahnhofstraße 21", "welding", "50-249", 1990, "DE", { intro: 2, domain: "oba-oschatz.de" }],
  ["Bauunternehmen Hartmann Borna GmbH", "GmbH", "Borna", "04552", "Deutzener Straße 20", "construction", "10-49", 1991, "D", { family: true }],
  ["Muldentaler Kunststofftechnik GmbH", "GmbH", "Grimma", "04668", "Lausicker Straße 35", "plastics", "10-49", 1999, "D"],
  ["Seeblick IT GmbH", "GmbH", "Markkleeberg", "04416", "Koburger Straße 54", "software", "1-9", 2017, "DE"],
  ["Wurzener Mühlenbäckerei GmbH", "GmbH", "Wurzen", "04808", "Dresdner Straße 60", "food", "10-49", 1993, "D", { intro: 0, offers: [0], nace: ["10.71"] }],

  // --- Ústecký kraj
  ["Strojírna Chomutov s.r.o.", "s.r.o.", "Chomutov", "430 01", "Spořická 4995", "machinery", "50-249", 1994, "C", { nace: ["28.99", "25.62"] }],
  ["Elektro Teplice s.r.o.", "s.r.o.", "Teplice", "415 01", "Úprkova 1520/12", "building", "10-49", 1993, "C", { intro: 1 }],
  ["Kovotechna Děčín s.r.o.", "s.r.o.", "Děčín", "405 02", "Oblouková 1256/8", "sheet", "10-49", 1997, "C"],
  ["Mostecké stavby a.s.", "a.s.", "Most", "434 01", "Velebudická 3311", "construction", "50-249", 1992, "C"],
  ["Slévárna Jirkov s.r.o.", "s.r.o.", "Jirkov", "431 11", "Nádražní 1560", "foundry", "50-249", 1995, "CD", { intro: 0, seeks: [0, 2] }],
  ["Litoměřická tiskárna s.r.o.", "s.r.o.", "Litoměřice", "412 01", "Průmyslová 1185/7", "print", "10-49", 1996, "C"],
  [
    "Pivovar Chmelnice Žatec s.r.o.", "s.r.o.", "Žatec", "438 01", "Podměstí 6", "brewery", "10-49", 2009, "CD",
    {
      intro: 0,
      details: [0, 2],
      note: t(
        "Unser Brauhaus liegt mitten in der Hopfenregion Saaz, deren Hopfen weltweit geschätzt wird.",
        "Náš pivovar stojí uprostřed Žatecka, jehož chmel je ceněn po celém světě.",
        "Our brewery lies in the heart of the Žatec hop region, whose hops are valued worldwide.",
      ),
    },
  ],
  ["Logistika Lovosice s.r.o.", "s.r.o.", "Lovosice", "410 02", "Terezínská 1128", "logistics", "50-249", 2001, "CDE"],
  ["Barvy a laky Roudnice s.r.o.", "s.r.o.", "Roudnice nad Labem", "413 01", "Riegrova 1810", "chemical", "10-49", 1993, "C", { intro: 0 }],
  ["Účetní kancelář Novotná s.r.o.", "s.r.o.", "Teplice", "415 01", "Masarykova 1123/48", "accounting", "1-9", 2005, "CD", { domain: "ucetni-novotna.cz" }],
  ["Překladatelská agentura Labe s.r.o.", "s.r.o.", "Děčín", "405 02", "Husovo náměstí 5/3", "translation", "1-9", 2007, "CDE", { domain: "preklady-labe.cz" }],
  ["Varnsdorfská textilka s.r.o.", "s.r.o.", "Varnsdorf", "407 47", "Národní 3102", "textile", "50-249", 1992, "C", { intro: 1 }],
  ["Strojírenská výroba Rumburk s.r.o.", "s.r.o.", "Rumburk", "408 01", "Sukova 1013/5", "cnc", "10-49", 1999, "C"],
  ["Kadaňská kovovýroba s.r.o.", "s.r.o.", "Kadaň", "432 01", "Na Podlesí 1457", "welding", "10-49", 1998, "C"],
  ["Zámečnictví Bartoš v.o.s.", "v.o.s.", "Teplice", "415 01", "Duchcovská 85", "welding", "1-9", 1996, "C", { family: true, intro: 1 }],
  ["Recyklace Bílina s.r.o.", "s.r.o.", "Bílina", "418 01", "Teplická 120", "recycling", "10-49", 2003, "C"],
  ["Energetika Louny s.r.o.", "s.r.o.", "Louny", "440 01", "Rybalkova 2458", "energy", "10-49", 2011, "C", { intro: 1 }],
  ["Hotel Labská vyhlídka s.r.o.", "s.r.o.", "Děčín", "405 02", "Ústecká 54", "hospitality", "10-49", 2004, "CDE"],
  ["IT Partner Ústí s.r.o.", "s.r.o.", "Ústí nad Labem", "400 01", "Velká Hradební 2800/39", "software", "10-49", 2008, "C"],
  ["Personální agentura Sever s.r.o.", "s.r.o.", "Most", "434 01", "Budovatelů 2830", "staffing", "10-49", 2006, "CD"],
  ["Automatizační technika Teplice s.r.o.", "s.r.o.", "Teplice", "415 01", "Tolstého 1542/6", "automation", "10-49", 2000, "CE", { domain: "at-teplice.cz" }],
  ["Lakovna Chomutov s.r.o.", "s.r.o.", "Chomutov", "430 01", "Kadaňská 5338", "coating", "10-49", 2004, "C", { intro: 1 }],
  ["Strojírenský servis Most s.r.o.", "s.r.o.", "Most", "434 01", "Tylova 2519", "repair", "10-49", 1998, "C"],
  ["Ortopedie Ústí s.r.o.", "s.r.o.", "Ústí nad Labem", "400 11", "Sociální péče 3316/12A", "medical", "10-49", 2004, "CD", { offers: [1] }],
  ["Fotovoltaika Sever s.r.o.", "s.r.o.", "Žatec", "438 01", "Husova 2796", "energy", "1-9", 2010, "C", { intro: 0, nace: ["43.21", "35.11"], details: [1, 2] }],
  ["Hutní sklad Ústí s.r.o.", "s.r.o.", "Ústí nad Labem", "400 07", "Přístavní 1/36", "wholesale", "10-49", 1997, "C", { nace: ["46.72"] }],

  // --- Liberecký kraj
  [
    "Sklárna Nový Bor a.s.", "a.s.", "Nový Bor", "473 01", "Wolkerova 560", "glass", "50-249", 1991, "CDE",
    {
      intro: 0,
      note: t(
        "Die Glasherstellung in Nový Bor hat eine über dreihundertjährige Tradition, die wir mit zeitgenössischem Design fortführen.",
        "Sklářství má v Novém Boru více než třísetletou tradici, kterou rozvíjíme současným designem.",
        "Glassmaking in Nový Bor has a tradition of more than three hundred years, which we continue with contemporary design.",
      ),
    },
  ],
  ["KOVO Liberec s.r.o.", "s.r.o.", "Liberec", "460 08", "Ještědská 88/62", "welding", "10-49", 1992, "CD"],
  ["Nástrojárna Jablonec s.r.o.", "s.r.o.", "Jablonec nad Nisou", "466 01", "Belgická 4613/1", "tooling", "10-49", 1996, "C"],
  ["Lisovna plastů Česká Lípa s.r.o.", "s.r.o.", "Česká Lípa", "470 01", "Dubická 1047", "plastics", "50-249", 1998, "C", { intro: 2 }],
  ["Liberecké autokomponenty a.s.", "a.s.", "Liberec", "460 06", "Česká 235", "automotive", "250+", 1995, "CDE"],
  ["Dřevovýroba Frýdlant s.r.o.", "s.r.o.", "Frýdlant", "464 01", "Zahradní 1164", "timber", "10-49", 1994, "C", { intro: 1, offers: [1, 2], nace: ["16.24"] }],
  ["Nábytek Turnov s.r.o.", "s.r.o.", "Turnov", "511 01", "Vesecko 491", "furniture", "10-49", 2001, "C"],
  ["Hrádecká logistika s.r.o.", "s.r.o.", "Hrádek nad Nisou", "463 34", "Oldřichovská 680", "logistics", "10-49", 2005, "C"],
  ["Elektronika Semily s.r.o.", "s.r.o.", "Semily", "513 01", "Nádražní 213", "electronics", "10-49", 1999, "C"],
  ["Tiskárna Podještědí s.r.o.", "s.r.o.", "Liberec", "460 01", "Kubelíkova 62", "print", "10-49", 1993, "C"],
  ["Bavlnárna Tanvald s.r.o.", "s.r.o.", "Tanvald", "468 41", "Krkonošská 519", "textile", "10-49", 1994, "C", { intro: 1 }],
  ["Ještěd Software s.r.o.", "s.r.o.", "Liberec", "460 14", "Sokolovská 327/14", "software", "10-49", 2010, "CE"],
  ["Projekce Chrastava s.r.o.", "s.r.o.", "Chrastava", "463 31", "Liberecká 311", "engineering", "1-9", 2003, "C"],
  ["Broušené sklo Šenov s.r.o.", "s.r.o.", "Kamenický Šenov", "471 14", "Nádražní 45", "glass", "1-9", 1998, "CD", { intro: 2, details: [1, 3], offers: [1, 3] }],
  ["Hotel Pod Smrkem s.r.o.", "s.r.o.", "Frýdlant", "464 01", "Větrov 48", "hospitality", "10-49", 2002, "CD"],
  ["Průmyslový servis Liberec s.r.o.", "s.r.o.", "Liberec", "460 06", "Tovární 1271", "repair", "10-49", 2001, "C"],
  ["Jazykové centrum Liberec s.r.o.", "s.r.o.", "Liberec", "460 01", "Moskevská 637/6", "training", "1-9", 2000, "CD", { intro: 1, details: [0, 2], offers: [0, 2] }],
  ["Technický velkoobchod Jablonec s.r.o.", "s.r.o.", "Jablonec nad Nisou", "466 01", "Smetanova 4567/66", "wholesale", "10-49", 1994, "C", { domain: "tvj-jablonec.cz" }],

  // --- Karlovarský kraj
  [
    "Dřevozpracující družstvo Kraslice", "družstvo", "Kraslice", "358 01", "Havlíčkova 1209", "timber", "10-49", 1952, "C",
    {
      intro: 0,
      offers: [0, 1],
      domain: "ddkraslice.cz",
      note: t(
        "Als Genossenschaft im Besitz unserer Mitglieder wirtschaften wir seit den Fünfzigerjahren im Erzgebirge.",
        "Jako družstvo vlastněné svými členy hospodaříme v Krušných horách již od padesátých let.",
        "As a cooperative owned by our members, we have been operating in the Ore Mountains since the 1950s.",
      ),
    },
  ],
  [
    "Sokolovská strojírna s.r.o.", "s.r.o.", "Sokolov", "356 01", "Tovární 2093", "machinery", "50-249", 1993, "CD",
    {
      nace: ["28.92"],
      note: t(
        "Ein Schwerpunkt sind Ersatzteile und Baugruppen für Bergbau- und Baumaschinen.",
        "Zaměřujeme se zejména na náhradní díly a sestavy pro důlní a stavební stroje.",
        "One focus is spare parts and assemblies for mining and construction machinery.",
      ),
    },
  ],
  ["Kovovýroba Cheb s.r.o.", "s.r.o.", "Cheb", "350 02", "Průmyslová 2050/3", "cnc", "10-49", 1996, "C"],
  ["Vřídlo Digital s.r.o.", "s.r.o.", "Karlovy Vary", "360 01", "Západní 1812/73", "software", "1-9", 2018, "CE"],
  [
    "Hotel Ohře s.r.o.", "s.r.o.", "Karlovy Vary", "360 01", "Nábřeží Jana Palacha 2", "hospitality", "50-249", 1997, "CDE",
    {
      note: t(
        "Unseren Gästen bieten wir auch Kuranwendungen mit dem Wasser der Karlsbader Quellen.",
        "Hostům nabízíme i lázeňské procedury s využitím karlovarských pramenů.",
        "We also offer our guests spa treatments using water from the Karlovy Vary springs.",
      ),
    },
  ],
  ["Pekárna Mariánské Lázně s.r.o.", "s.r.o.", "Mariánské Lázně", "353 01", "Chebská 370", "food", "10-49", 1992, "C", { intro: 0, offers: [0], nace: ["10.71"] }],
  ["Pletárna Aš s.r.o.", "s.r.o.", "Aš", "352 01", "Hlavní 52", "textile", "10-49", 1994, "C", { intro: 2, details: [1, 3], nace: ["14.13"], offers: [1, 2] }],
  ["Automatizace Ostrov s.r.o.", "s.r.o.", "Ostrov", "363 01", "Hroznětínská 1250", "automation", "10-49", 2004, "C"],
  ["Elektronické systémy Chodov s.r.o.", "s.r.o.", "Chodov", "357 35", "Tovární 1006", "electronics", "50-249", 1998, "CDE"],
  ["Nejdecká stavební s.r.o.", "s.r.o.", "Nejdek", "362 21", "Karlovarská 1234", "construction", "10-49", 1995, "C"],
  ["Daňové poradenství Cheb s.r.o.", "s.r.o.", "Cheb", "350 02", "náměstí Krále Jiřího z Poděbrad 14", "accounting", "1-9", 2002, "CD", { domain: "dane-cheb.cz" }],
  ["Autodoprava Kratochvíl s.r.o.", "s.r.o.", "Sokolov", "356 01", "Rokycanova 1929", "logistics", "10-49", 1991, "C", { family: true }],
  [
    "Karlovarská oplatkárna s.r.o.", "s.r.o.", "Karlovy Vary", "360 05", "Sokolovská 145/62", "food", "10-49", 1996, "CD",
    {
      intro: 1,
      offers: [1, 2],
      nace: ["10.71"],
      note: t(
        "Unsere Karlsbader Oblaten backen wir nach einem Rezept aus dem 19. Jahrhundert.",
        "Karlovarské oplatky pečeme podle receptury z 19. století.",
        "We bake our Karlovy Vary spa wafers to a 19th-century recipe.",
      ),
    },
  ],
  ["Vzduchotechnika Cheb s.r.o.", "s.r.o.", "Cheb", "350 02", "Evropská 2690", "building", "10-49", 2008, "C", { intro: 0, offers: [2, 3] }],
  ["Sběrné suroviny Ostrov s.r.o.", "s.r.o.", "Ostrov", "363 01", "Jáchymovská 1240", "recycling", "10-49", 1993, "C"],
  ["Sklářská dílna Horní Slavkov s.r.o.", "s.r.o.", "Horní Slavkov", "357 31", "Dlouhá 618", "glass", "1-9", 2012, "CD", { intro: 0 }],
  ["Plasty Kraslice s.r.o.", "s.r.o.", "Kraslice", "358 01", "Průmyslová 1540", "plastics", "10-49", 2000, "C"],
  ["Strojní obrábění Aš s.r.o.", "s.r.o.", "Aš", "352 01", "Okružní 2061", "cnc", "10-49", 1999, "C"],

  // --- Plzeňský kraj
  ["Plzeňská svařovna s.r.o.", "s.r.o.", "Plzeň", "301 00", "Tylova 1/57", "welding", "10-49", 2000, "C"],
  ["Klatovská strojírna a.s.", "a.s.", "Klatovy", "339 01", "Vídeňská 120", "machinery", "50-249", 1992, "CD", { nace: ["28.93"] }],
  ["Dřevěné obaly Domažlice s.r.o.", "s.r.o.", "Domažlice", "344 01", "Poděbradova 600", "timber", "10-49", 1998, "C", { intro: 1, offers: [1, 2], nace: ["16.24"] }],
  ["Rozvaděče Rokycany s.r.o.", "s.r.o.", "Rokycany", "337 01", "Pražská 789", "automation", "10-49", 2002, "C", { nace: ["27.12"] }],
  ["Tachovská lakovna s.r.o.", "s.r.o.", "Tachov", "347 01", "Průmyslová 1952", "coating", "10-49", 2006, "C"],
  ["Technická kancelář Plzeň s.r.o.", "s.r.o.", "Plzeň", "301 00", "Univerzitní 2732/8", "engineering", "10-49", 2006, "CE"],
  ["Obaly Stříbro s.r.o.", "s.r.o.", "Stříbro", "349 01", "Plzeňská 600", "print", "50-249", 1995, "C", { nace: ["17.21"], offers: [1, 2] }],
  ["Slévárna Rokycany a.s.", "a.s.", "Rokycany", "337 01", "Železničářská 1260", "foundry", "250+", 1992, "CDE", { intro: 0 }],

  // --- Královéhradecký kraj
  ["Trutnovská kovovýroba s.r.o.", "s.r.o.", "Trutnov", "541 01", "Horská 642", "sheet", "10-49", 1997, "C"],
  [
    "Textilní potisk Dvůr s.r.o.", "s.r.o.", "Dvůr Králové nad Labem", "544 01", "Riegrova 1403", "textile", "50-249", 1992, "CD",
    {
      intro: 0,
      note: t(
        "Wir sind auf Textildruck spezialisiert, der in Dvůr Králové eine lange Tradition hat.",
        "Specializujeme se na potisk textilií, který má ve Dvoře Králové dlouhou tradici.",
        "We specialise in textile printing, which has a long tradition in Dvůr Králové.",
      ),
      ownOffers: [listing(t("Rotations- und Digitaldruck auf Textilien", "Rotační a digitální potisk textilií", "Rotary and digital textile printing"))],
      offers: [1],
    },
  ],
  ["Elektromontáže Náchod s.r.o.", "s.r.o.", "Náchod", "547 01", "Pražská 1623", "building", "10-49", 1996, "C", { intro: 1 }],
  ["Autokomponenty Vrchlabí s.r.o.", "s.r.o.", "Vrchlabí", "543 01", "Krkonošská 202", "automotive", "50-249", 2003, "C"],
  ["HK Data Solutions s.r.o.", "s.r.o.", "Hradec Králové", "500 02", "Gočárova třída 1754/48", "software", "10-49", 2009, "CE"],
  ["Truhlárna Jičín s.r.o.", "s.r.o.", "Jičín", "506 01", "Jungmannova 280", "furniture", "1-9", 1999, "C", { intro: 2, family: true }],

  // --- Středočeský kraj, Praha and beyond
  ["Přesné obrábění Mladá Boleslav s.r.o.", "s.r.o.", "Mladá Boleslav", "293 01", "Jičínská 1329", "cnc", "50-249", 1996, "C", { domain: "presne-obrabeni-mb.cz" }],
  [
    "Kovárna Kladno s.r.o.", "s.r.o.", "Kladno", "272 01", "Dubská 2020", "forging", "50-249", 1997, "CDE",
    {
      intro: 0,
      note: t(
        "Wir knüpfen an die lange Hüttentradition der Region Kladno an.",
        "Navazujeme na dlouhou hutnickou tradici Kladenska.",
        "We build on the long steelmaking tradition of the Kladno region.",
      ),
    },
  ],
  ["Mělnická doprava s.r.o.", "s.r.o.", "Mělník", "276 01", "Pražská 3060", "logistics", "10-49", 2002, "C"],
  ["Chemie Kolín s.r.o.", "s.r.o.", "Kolín", "280 02", "Pražská 1001", "chemical", "10-49", 1994, "C", { intro: 1 }],
  ["Advokátní kancelář Dvořák & partneři s.r.o.", "s.r.o.", "Praha", "110 00", "Na Příkopě 859/22", "legal", "10-49", 2004, "CDE", { domain: "akdvorak.cz" }],
  ["Vltava Software a.s.", "a.s.", "Praha", "186 00", "Karolinská 650/1", "software", "50-249", 2006, "CE"],
  ["Euroregion Consult s.r.o.", "s.r.o.", "Praha", "130 00", "Vinohradská 2396/184", "consulting", "1-9", 2011, "CD"],
  ["Agentura Dvojí hlas s.r.o.", "s.r.o.", "Praha", "101 00", "Korunní 2569/108", "marketing", "10-49", 2013, "CDE"],
  ["Pardubická automatizace s.r.o.", "s.r.o.", "Pardubice", "530 02", "Průmyslová 1124", "automation", "10-49", 2001, "CE"],
  ["Měřicí technika Brno s.r.o.", "s.r.o.", "Brno", "612 00", "Purkyňova 649/127", "electronics", "10-49", 2005, "CE", { intro: 2, nace: ["26.51"], offers: [2, 3] }],
  ["Dřevostavby Vysočina s.r.o.", "s.r.o.", "Jihlava", "586 01", "Brtnická 1486/16", "timber", "10-49", 2007, "C", { intro: 2, offers: [0, 3], nace: ["16.23"] }],

  // --- Poland, Euroregion Neisse
  ["Tłocznia Metali Zgorzelec Sp. z o.o.", "Sp. z o.o.", "Zgorzelec", "59-900", "ul. Słowiańska 8", "sheet", "50-249", 1998, "DE", { nace: ["25.50", "25.99"], domain: "tloczniazgorzelec.pl" }],
  ["Bogatynia Transport Sp. z o.o.", "Sp. z o.o.", "Bogatynia", "59-920", "ul. Daszyńskiego 40", "logistics", "10-49", 2003, "DE", { intro: 1, domain: "bogatyniatransport.pl" }],
  ["Meble Karkonosze Sp. z o.o.", "Sp. z o.o.", "Jelenia Góra", "58-500", "ul. Wolności 212", "furniture", "10-49", 2001, "DCE", { domain: "meblekarkonosze.pl" }],
];

// ---------------------------------------------------------------------------------------------
// Companies that tests refer to by externalId; written out in full so their wording is fixed.
// ---------------------------------------------------------------------------------------------

function fixedCompanies(): ImportCompany[] {
  return [
    {
      externalId: "demo-cz-frezovani",
      name: "CNC Frézování Plzeň s.r.o.",
      legalForm: "s.r.o.",
      country: "CZ",
      region: "cz-plzensky",
      city: "Plzeň",
      postalCode: "301 00",
      street: "Podnikatelská 1142/9",
      website: "https://www.frezovani-plzen.cz",
      email: "obchod@frezovani-plzen.cz",
      phone: "+420 377 413 520",
      employees: "10-49",
      foundedYear: 2004,
      languages: ["cs", "de"],
      industries: ["25.62"],
      certifications: ["ISO 9001"],
      description: {
        cs:
          "Jsme strojírenská firma v Plzni zaměřená na frézování CNC a soustružení přesných dílů z oceli, nerezové oceli a hliníku. " +
          "Na tříosých a pětiosých obráběcích centrech vyrábíme kusové prototypy i série do několika tisíc kusů. " +
          "Rozměry kontrolujeme na 3D měřicím stroji a ke každé zakázce dodáváme měřicí protokol.",
      },
      offers: [
        {
          title: { cs: "CNC frézování hliníku a oceli" },
          description: {
            cs: "Tříosé a pětiosé obrábění dílů do rozměru 800 × 600 × 500 mm, série již od jednoho kusu.",
          },
          industries: ["25.62"],
        },
        {
          title: { cs: "CNC soustružení hřídelí a přírub" },
          description: { cs: "Soustružení do průměru 320 mm a délky 1 000 mm včetně frézování poháněnými nástroji." },
          industries: ["25.62"],
        },
      ],
      seeks: [
        {
          title: { cs: "Dodavatel kalení a povrchových úprav" },
          description: {
            cs: "Hledáme spolehlivého partnera pro kalení, černění a zinkování menších sérií v okolí Plzně.",
          },
        },
      ],
    },
    {
      externalId: "demo-de-schweiss",
      name: "Schweißtechnik Pirna GmbH",
      legalForm: "GmbH",
      country: "DE",
      region: "de-sn-saechsische-schweiz",
      city: "Pirna",
      postalCode: "01796",
      street: "Rottwerndorfer Straße 12",
      website: "https://www.schweisstechnik-pirna.de",
      email: "info@schweisstechnik-pirna.de",
      phone: "+49 3501 582410",
      employees: "10-49",
      foundedYear: 1992,
      languages: ["de", "cs"],
      industries: ["25.11", "25.99"],
      certifications: ["EN 1090", "ISO 3834"],
      description: {
        de:
          "Die Schweißtechnik Pirna GmbH ist Ihr Partner für Schweißen und Stahlbau in der Sächsischen Schweiz. " +
          "Wir fertigen Schweißbaugruppen, Stahlkonstruktionen und Geländer aus Stahl, Edelstahl und Aluminium bis zur Ausführungsklasse EXC3. " +
          "Unsere Schweißer sind nach DIN EN ISO 9606-1 geprüft, der Betrieb ist nach EN 1090 und ISO 3834 zertifiziert.",
      },
      offers: [
        {
          title: { de: "Schweißbaugruppen nach EN 1090" },
          description: {
            de: "Baugruppen aus Stahl und Edelstahl bis EXC3, auf Wunsch feuerverzinkt oder pulverbeschichtet.",
          },
          industries: ["25.11"],
        },
        {
          title: { de: "Stahlbau und Montage vor Ort" },
          description: { de: "Treppen, Bühnen, Geländer und Vordächer einschließlich Montage durch eigene Teams." },
          industries: ["25.11"],
        },
      ],
      seeks: [
        {
          title: { de: "Partner für Feuerverzinkung" },
          description: { de: "Regelmäßige Mengen; Abholung und Anlieferung mit eigenem Lkw sind möglich." },
        },
      ],
    },
    {
      externalId: "demo-de-dresden",
      name: "Dresdner Softwarewerkstatt GmbH",
      legalForm: "GmbH",
      country: "DE",
      region: "de-sn-dresden",
      city: "Dresden",
      postalCode: "01099",
      street: "Königsbrücker Straße 96",
      website: "https://www.softwarewerkstatt-dresden.de",
      email: "info@softwarewerkstatt-dresden.de",
      phone: "+49 351 7956214",
      employees: "10-49",
      foundedYear: 2011,
      languages: ["de", "en"],
      industries: ["62.01", "62.02"],
      certifications: ["ISO 27001"],
      description: {
        de:
          "Die Dresdner Softwarewerkstatt entwickelt individuelle Softwarelösungen für mittelständische Industrieunternehmen. " +
          "Unser Team aus 28 Entwicklerinnen und Entwicklern baut Webanwendungen, Schnittstellen zu ERP-Systemen und Apps für die Fertigung. " +
          "Wir arbeiten agil und transparent und bleiben auch nach dem Go-live Ansprechpartner für Betrieb und Weiterentwicklung.",
        en:
          "Dresdner Softwarewerkstatt develops custom software solutions for medium-sized industrial companies. " +
          "Our team of 28 developers builds web applications, interfaces to ERP systems and apps for the shop floor. " +
          "We work in an agile and transparent way and remain your point of contact for operation and further development after go-live.",
      },
      offers: [
        {
          title: { de: "Individuelle Softwareentwicklung", en: "Custom software development" },
          description: {
            de: "Webanwendungen mit TypeScript und Java, von der Anforderungsanalyse bis zum Betrieb.",
            en: "Web applications built with TypeScript and Java, from requirements analysis to operation.",
          },
          industries: ["62.01"],
        },
        {
          title: { de: "Anbindung von Maschinen an ERP-Systeme", en: "Connecting machines to ERP systems" },
          industries: ["62.01"],
        },
      ],
      seeks: [
        {
          title: { de: "Partner in Tschechien für Vertrieb", en: "Sales partner in the Czech Republic" },
          description: {
            de: "Wir suchen eine IT-Firma oder Agentur, die unsere Fertigungslösungen tschechischen Kunden anbietet.",
            en: "We are looking for an IT company or agency to offer our manufacturing solutions to Czech customers.",
          },
        },
      ],
    },
    {
      externalId: "demo-cz-kovar",
      name: "Kovář a syn s.r.o.",
      legalForm: "s.r.o.",
      country: "CZ",
      region: "cz-ustecky",
      city: "Ústí nad Labem",
      postalCode: "400 01",
      street: "Hrbovická 2279/14",
      website: "https://www.kovarasyn.cz",
      email: "obchod@kovarasyn.cz",
      phone: "+420 475 213 648",
      employees: "50-249",
      foundedYear: 1996,
      languages: ["cs", "de", "en"],
      industries: ["22.29", "22.21"],
      certifications: ["ISO 9001", "IATF 16949"],
      description: {
        cs:
          "Jsme rodinná lisovna plastů v Ústí nad Labem, kterou v roce 1996 založili otec a syn. " +
          "Na 34 vstřikovacích lisech vyrábíme technické plastové díly pro automobilový průmysl, elektrotechniku a výrobce domácích spotřebičů. " +
          "Součástí firmy je vlastní nástrojárna na výrobu vstřikovacích forem a oddělení montáže sestav.",
        de:
          "Wir sind ein familiengeführter Kunststoff-Spritzgießbetrieb in Ústí nad Labem, den Vater und Sohn 1996 gegründet haben. " +
          "Auf 34 Spritzgießmaschinen fertigen wir technische Kunststoffteile für die Automobilindustrie, die Elektrotechnik und Hersteller von Haushaltsgeräten. " +
          "Zum Unternehmen gehören ein eigener Werkzeugbau für Spritzgießwerkzeuge und eine Baugruppenmontage.",
      },
      offers: [
        {
          title: { cs: "Vstřikování technických plastů", de: "Spritzguss technischer Kunststoffteile" },
          description: {
            cs: "Díly z PP, PA, ABS a POM o hmotnosti od 2 g do 1,5 kg.",
            de: "Teile aus PP, PA, ABS und POM mit einem Gewicht von 2 g bis 1,5 kg.",
          },
          industries: ["22.29"],
        },
        {
          title: { cs: "Výroba a údržba vstřikovacích forem", de: "Bau und Wartung von Spritzgießwerkzeugen" },
          industries: ["22.29"],
        },
      ],
      seeks: [
        {
          title: {
            cs: "Noví zákazníci z Německa pro vstřikované díly",
            de: "Neue Kunden aus Deutschland für Spritzgussteile",
          },
        },
      ],
    },
    {
      externalId: "demo-de-schmied",
      name: "Schmied Logistik GmbH",
      legalForm: "GmbH",
      country: "DE",
      region: "de-sn-goerlitz",
      city: "Görlitz",
      postalCode: "02828",
      street: "Girbigsdorfer Straße 21",
      website: "https://www.schmied-logistik.de",
      email: "disposition@schmied-logistik.de",
      phone: "+49 3581 764320",
      employees: "50-249",
      foundedYear: 1994,
      languages: ["de", "cs", "en"],
      industries: ["49.41", "52.10", "52.29"],
      certifications: ["ISO 9001"],
      description: {
        de:
          "Wir sind ein inhabergeführtes Logistikunternehmen mit Sitz in Görlitz. " +
          "Mit 60 eigenen Lkw transportieren wir Teil- und Komplettladungen zwischen Deutschland, Polen und Tschechien. " +
          "In unserem Lager mit 12.000 Palettenstellplätzen übernehmen wir Kommissionierung, Verpackung und Zollabwicklung für Industrie- und Handelskunden.",
      },
      offers: [
        {
          title: { de: "Teil- und Komplettladungen nach Polen und Tschechien" },
          description: { de: "Tägliche Abfahrten ab Görlitz mit Planen- und Kofferfahrzeugen." },
          industries: ["49.41"],
        },
        {
          title: { de: "Lagerlogistik und Kommissionierung" },
          industries: ["52.10"],
        },
      ],
      seeks: [{ title: { de: "Berufskraftfahrer mit Führerschein CE" } }],
    },
    {
      externalId: "demo-cz-liberec-textil",
      name: "Textilní závod Liberec a.s.",
      legalForm: "a.s.",
      country: "CZ",
      region: "cz-liberecky",
      city: "Liberec",
      postalCode: "460 05",
      street: "Jablonecká 718/18",
      website: "https://www.tzliberec.cz",
      email: "info@tzliberec.cz",
      phone: "+420 485 104 322",
      employees: "250+",
      foundedYear: 1949,
      languages: ["cs", "de", "en"],
      industries: ["13.96", "13.92"],
      certifications: ["ISO 9001", "ISO 14001"],
      description: {
        cs:
          "Textilní závod Liberec navazuje na více než stoletou tradici textilní výroby v Libereckém kraji. " +
          "Vyrábíme technické tkaniny pro automobilový průmysl, filtraci a ochranné oděvy a zajišťujeme jejich úpravu, zátěrování i konfekci. " +
          "Naše laboratoř zkouší pevnost, hořlavost a prodyšnost materiálů podle evropských norem.",
        en:
          "Textilní závod Liberec continues a textile manufacturing tradition in the Liberec Region that goes back more than a hundred years. " +
          "We produce technical fabrics for the automotive industry, filtration and protective clothing, and handle their finishing, coating and making-up. " +
          "Our laboratory tests the strength, flammability and air permeability of materials according to European standards.",
        de:
          "Textilní závod Liberec setzt eine über hundertjährige Tradition der Textilherstellung in der Region Liberec fort. " +
          "Wir produzieren technische Gewebe für die Automobilindustrie, die Filtration und Schutzbekleidung und übernehmen Ausrüstung, Beschichtung und Konfektion. " +
          "Unser Labor prüft Festigkeit, Brennverhalten und Luftdurchlässigkeit der Materialien nach europäischen Normen.",
      },
      offers: [
        {
          title: {
            cs: "Technické tkaniny pro automobilový průmysl",
            en: "Technical fabrics for the automotive industry",
            de: "Technische Gewebe für die Automobilindustrie",
          },
          industries: ["13.96"],
        },
        {
          title: {
            cs: "Zátěrování a laminace textilií",
            en: "Textile coating and lamination",
            de: "Textilbeschichtung und Kaschierung",
          },
          industries: ["13.96"],
        },
      ],
      seeks: [
        {
          title: {
            cs: "Dodavatel recyklované polyesterové příze",
            en: "Supplier of recycled polyester yarn",
            de: "Lieferant für recyceltes Polyestergarn",
          },
        },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Building hand-shaped companies from rows
// ---------------------------------------------------------------------------------------------

const HEADCOUNT: Readonly<Record<Employees, readonly [number, number]>> = {
  "1-9": [3, 9],
  "10-49": [12, 48],
  "50-249": [55, 240],
  "250+": [260, 900],
};

const CERT_CHANCE: Readonly<Record<Employees, number>> = { "1-9": 0.1, "10-49": 0.45, "50-249": 0.8, "250+": 0.95 };

const TLD: Readonly<Record<Country, string>> = { DE: "de", CZ: "cz", PL: "pl" };
const LANG_ORDER: readonly Lang[] = ["de", "cs", "en"];

function spokenLanguages(rng: Rng, country: Country, descLangs: readonly Lang[]): Lang[] {
  const home: Lang = country === "CZ" ? "cs" : "de";
  const spoken = new Set<Lang>([home, ...descLangs]);
  if (country === "CZ") {
    if (rng() < 0.65) spoken.add("de");
    if (rng() < 0.55) spoken.add("en");
  } else if (country === "DE") {
    if (rng() < 0.7) spoken.add("en");
    if (rng() < 0.2) spoken.add("cs");
  } else {
    spoken.add("en");
  }
  return [home, ...LANG_ORDER.filter((l) => l !== home && spoken.has(l))];
}

function pickCerts(rng: Rng, profile: Profile, employees: Employees): string[] {
  if (profile.certs.length === 0 || rng() >= CERT_CHANCE[employees]) return [];
  const certs = [at(profile.certs, 0)];
  if (profile.certs.length > 1 && rng() < 0.4) certs.push(pick(rng, profile.certs.slice(1)));
  return certs;
}

function industriesFor(rng: Rng, profile: Profile): string[] {
  const main = at(profile.nace, 0);
  if (profile.nace.length > 1 && rng() < 0.4) return [main, pick(rng, profile.nace.slice(1))];
  return [main];
}

function domainFor(name: string, legalForm: string, country: Country): string {
  const base = name.endsWith(legalForm) ? name.slice(0, -legalForm.length) : name;
  return `${slugify(base)}.${TLD[country]}`;
}

type Context = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

function render(tri: Tri, langs: readonly Lang[], ctx: Context): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of langs) out[lang] = fill(tri[lang], ctx[lang]);
  return out;
}

function renderListing(
  tpl: ListingTemplate,
  langs: readonly Lang[],
  ctx: Context,
  industries?: string[],
): ImportOfferOrSeek {
  const item: ImportOfferOrSeek = { title: render(tpl.title, langs, ctx) };
  if (tpl.description) item.description = render(tpl.description, langs, ctx);
  if (industries) item.industries = industries;
  return item;
}

function buildCompany(externalId: string, row: Row): ImportCompany {
  const [name, legalForm, cityName, postalCode, street, profileKey, employees, foundedYear, code, extra = {}] = row;
  const city = cityNamed(cityName);
  const profile: Profile = PROFILES[profileKey];
  const rng = mulberry32(hashString(externalId));
  const descLangs = DESC_LANGS[code];

  const languages = spokenLanguages(rng, city.country, descLangs);
  const certifications = extra.certs ?? pickCerts(rng, profile, employees);
  const industries = extra.nace ?? industriesFor(rng, profile);
  const [minStaff, maxStaff] = HEADCOUNT[employees];
  const headcount = String(intBetween(rng, minStaff, maxStaff));
  const family = extra.family ?? false;

  const shared = { year: String(foundedYear), n: headcount, loc: city.csLoc };
  const ctx: Context = {
    de: {
      ...shared,
      city: city.de,
      nb: NEIGHBOUR[city.country].de,
      nbFrom: NEIGHBOUR_FROM[city.country].de,
      langs: languagePhrase(languages, "de"),
      certs: joinList(certifications, "de"),
    },
    cs: {
      ...shared,
      city: city.name,
      nb: NEIGHBOUR[city.country].cs,
      nbFrom: NEIGHBOUR_FROM[city.country].cs,
      langs: languagePhrase(languages, "cs"),
      certs: joinList(certifications, "cs"),
    },
    en: {
      ...shared,
      city: city.en,
      nb: NEIGHBOUR[city.country].en,
      nbFrom: NEIGHBOUR_FROM[city.country].en,
      langs: languagePhrase(languages, "en"),
      certs: joinList(certifications, "en"),
    },
  };

  // Intro, then the company's own note if any, then one or two industry details and maybe a
  // closing remark: always 2–4 sentences.
  const intro =
    typeof extra.intro === "object"
      ? extra.intro
      : at(profile.intro, extra.intro ?? Math.floor(rng() * profile.intro.length));
  const sentences: Tri[] = [intro];
  if (extra.note) sentences.push(extra.note);
  const detailPool = extra.details ? extra.details.map((i) => at(profile.detail, i)) : profile.detail;
  const detailCount = extra.note ? (rng() < 0.5 ? 0 : 1) : rng() < 0.55 ? 1 : 2;
  sentences.push(...pickDistinct(rng, detailPool, detailCount));

  const closings: Tri[] = [GENERAL.neighbour, GENERAL.welcome, GENERAL.contact];
  if (certifications.length > 0) closings.push(GENERAL.certs);
  if (languages.length > 1) closings.push(GENERAL.langs);
  if (employees !== "1-9") closings.push(GENERAL.team);
  // Some details already mention the border; saying it twice reads badly.
  if (city.nearBorder && !sentences.some((s) => s.en.includes("border"))) closings.push(GENERAL.border);
  if (family) closings.push(GENERAL.family, GENERAL.family);
  if (sentences.length < 4 && (sentences.length < 2 || rng() < 0.8)) sentences.push(pick(rng, closings));

  const description: LocalizedText = {};
  for (const lang of descLangs) description[lang] = sentences.map((s) => fill(s[lang], ctx[lang])).join(" ");

  const randomOffers = extra.ownOffers ? [] : pickDistinct(rng, profile.offers, intBetween(rng, 1, 3));
  const offerTemplates = [
    ...(extra.ownOffers ?? []),
    ...(extra.offers ? extra.offers.map((i) => at(profile.offers, i)) : randomOffers),
  ];
  const seekTemplates = extra.seeks
    ? extra.seeks.map((i) => at(profile.seeks, i))
    : pickDistinct(rng, profile.seeks, intBetween(rng, 0, 2));
  const mainIndustry = [at(industries, 0)];

  const domain = extra.domain ?? domainFor(name, legalForm, city.country);
  const mailbox =
    city.country === "DE"
      ? "info"
      : city.country === "PL"
        ? "biuro"
        : pick(rng, ["info", "obchod", "info", "kancelar"]);

  const company: ImportCompany = {
    externalId,
    name,
    legalForm,
    country: city.country,
    ...(city.region ? { region: city.region } : {}),
    city: city.name,
    postalCode,
    street,
    website: `https://www.${domain}`,
    email: `${mailbox}@${domain}`,
    phone: phoneFor(rng, city),
    employees,
    foundedYear,
    languages,
    industries,
    description,
    offers: offerTemplates.map((tpl) => renderListing(tpl, descLangs, ctx, mainIndustry)),
  };
  if (certifications.length > 0) company.certifications = certifications;
  if (seekTemplates.length > 0) company.seeks = seekTemplates.map((tpl) => renderListing(tpl, descLangs, ctx));
  return company;
}

/** At least 160 realistic companies from Saxony, the Czech border regions and a few from Poland. */
export function demoCompanies(): ImportCompany[] {
  const rows = ROWS.map((row, i) => buildCompany(`demo-${String(i + 1).padStart(4, "0")}`, row));
  return [...fixedCompanies(), ...rows];
}

// ---------------------------------------------------------------------------------------------
// Synthetic companies for load tests
// ---------------------------------------------------------------------------------------------

const SURNAMES_DE = [
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Schulz",
  "Hoffmann",
  "Richter",
  "Klein",
  "Wolf",
  "Neumann",
  "Schwarz",
  "Zimmermann",
  "Krüger",
  "Hartmann",
  "Lange",
  "Werner",
  "Krause",
  "Lehmann",
  "Köhler",
  "Günther",
  "Seidel",
  "Uhlig",
  "Lorenz",
  "Kretzschmar",
  "Böhme",
  "Fritzsche",
] as const;

const SURNAMES_CS = [
  "Novák",
  "Svoboda",
  "Novotný",
  "Dvořák",
  "Černý",
  "Procházka",
  "Kučera",
  "Veselý",
  "Horák",
  "Němec",
  "Pokorný",
  "Marek",
  "Pospíšil",
  "Hájek",
  "Jelínek",
  "Král",
  "Růžička",
  "Beneš",
  "Fiala",
  "Sedláček",
  "Doležal",
  "Zeman",
  "Kolář",
  "Navrátil",
  "Čermák",
  "Urban",
  "Vaněk",
  "Blažek",
  "Kříž",
  "Moravec",
] as const;

const STREETS_DE = [
  "Hauptstraße",
  "Bahnhofstraße",
  "Industriestraße",
  "Gewerbering",
  "Am Gewerbepark",
  "Dresdner Straße",
  "Chemnitzer Straße",
  "Lindenstraße",
  "Gartenstraße",
  "Mühlenweg",
  "Fabrikstraße",
  "Ringstraße",
  "Poststraße",
  "Werkstraße",
  "Am Sportplatz",
  "Lessingstraße",
] as const;

const STREETS_CS = [
  "Průmyslová",
  "Tovární",
  "Nádražní",
  "Husova",
  "Masarykova",
  "Palackého",
  "Pražská",
  "Dělnická",
  "Okružní",
  "Jiráskova",
  "Komenského",
  "Nerudova",
  "Lidická",
  "Sokolovská",
  "Žižkova",
  "Smetanova",
] as const;

const LEGAL_DE = ["GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "e.K."] as const;
const LEGAL_CS = ["s.r.o.", "s.r.o.", "s.r.o.", "a.s."] as const;
const EMPLOYEE_MIX: readonly Employees[] = ["1-9", "1-9", "1-9", "10-49", "10-49", "10-49", "50-249", "250+"];

interface Slugged {
  text: string;
  slug: string;
}

type GenCountry = "DE" | "CZ";

/** Description languages per country: index 0 is used for 60 % of records, 1 and 2 for 20 % each. */
const GEN_DESC_LANGS: Readonly<Record<GenCountry, readonly (readonly Lang[])[]>> = {
  DE: [["de"], ["de", "en"], ["de", "cs"]],
  CZ: [["cs"], ["cs", "de"], ["cs", "en"]],
};

const GEN_FIRST_YEAR = 1990;
const GEN_LAST_YEAR = 2023;

interface GenProfile {
  profile: Profile;
  industries: string[];
  wordsDe: readonly Slugged[];
  wordsCs: readonly Slugged[];
  /** Offers rendered once per country and description-language mix: [country][mix][offer]. */
  offers: Readonly<Record<GenCountry, readonly (readonly ImportOfferOrSeek[])[]>>;
}

interface GenCity extends City {
  region: string;
  /** Placeholder values per founding year, shared by all records instead of built per record. */
  genContext: readonly Context[];
}

interface GenTables {
  cities: Readonly<Record<GenCountry, readonly GenCity[]>>;
  profiles: readonly GenProfile[];
  surnames: Readonly<Record<GenCountry, readonly Slugged[]>>;
  /** Spoken languages per description mix; index 3 adds a second language to a one-language description. */
  spoken: Readonly<Record<GenCountry, readonly Lang[][]>>;
}

let genTables: GenTables | null = null;

function countryContext(country: GenCountry): Context {
  const nb = NEIGHBOUR[country];
  return { de: { nb: nb.de }, cs: { nb: nb.cs }, en: { nb: nb.en } };
}

function genCities(country: GenCountry): GenCity[] {
  const out: GenCity[] = [];
  const nb = NEIGHBOUR[country];
  for (const city of CITIES) {
    if (city.country !== country || !city.region) continue;
    const genContext: Context[] = [];
    for (let y = GEN_FIRST_YEAR; y <= GEN_LAST_YEAR; y++) {
      const year = String(y);
      genContext.push({
        de: { city: city.de, loc: city.csLoc, year, nb: nb.de },
        cs: { city: city.name, loc: city.csLoc, year, nb: nb.cs },
        en: { city: city.en, loc: city.csLoc, year, nb: nb.en },
      });
    }
    out.push({ ...city, region: city.region, genContext });
  }
  return out;
}

/** Everything that does not depend on the record number is prepared once. */
function tables(): GenTables {
  if (genTables) return genTables;
  const slugged = (items: readonly string[]): Slugged[] => items.map((text) => ({ text, slug: slugify(text) }));
  const contexts: Record<GenCountry, Context> = { DE: countryContext("DE"), CZ: countryContext("CZ") };
  const offersFor = (profile: Profile, industries: string[], country: GenCountry) =>
    GEN_DESC_LANGS[country].map((langs) =>
      profile.offers.map((tpl) => renderListing(tpl, langs, contexts[country], industries)),
    );
  genTables = {
    cities: { DE: genCities("DE"), CZ: genCities("CZ") },
    profiles: PROFILE_KEYS.map((key) => {
      const profile: Profile = PROFILES[key];
      const industries = [at(profile.nace, 0)];
      return {
        profile,
        industries,
        wordsDe: slugged(profile.wordDe),
        wordsCs: slugged(profile.wordCs),
        offers: { DE: offersFor(profile, industries, "DE"), CZ: offersFor(profile, industries, "CZ") },
      };
    }),
    surnames: { DE: slugged(SURNAMES_DE), CZ: slugged(SURNAMES_CS) },
    spoken: {
      DE: [["de"], ["de", "en"], ["de", "cs"], ["de", "en"]],
      CZ: [["cs"], ["cs", "de"], ["cs", "en"], ["cs", "de"]],
    },
  };
  return genTables;
}

/**
 * Fast synthetic companies for load tests: "gen-000001"… numbered from offset + 1. Each record
 * depends only on its own number, so any slice is reproducible on its own.
 *
 * To keep 100,000 records cheap, records share their languages/industries arrays and offer
 * objects; treat the result as read-only.
 */
export function generatedCompanies(count: number, offset = 0): ImportCompany[] {
  const tbl = tables();
  const out: ImportCompany[] = [];
  for (let i = 0; i < count; i++) {
    const n = offset + i + 1;
    const rng = mulberry32(Math.imul(n, 0x9e3779b1) ^ 0x2545f491);
    const country: GenCountry = rng() < 0.5 ? "CZ" : "DE";
    const cz = country === "CZ";
    const gp = pick(rng, tbl.profiles);
    const city = pick(rng, tbl.cities[country]);
    const word = pick(rng, cz ? gp.wordsCs : gp.wordsDe);
    const surname = pick(rng, tbl.surnames[country]);
    const legalForm = pick<string>(rng, cz ? LEGAL_CS : LEGAL_DE);
    const employees = pick(rng, EMPLOYEE_MIX);
    const foundedYear = intBetween(rng, GEN_FIRST_YEAR, GEN_LAST_YEAR);

    const r = rng();
    const mix = r < 0.6 ? 0 : r < 0.8 ? 1 : 2;
    const descLangs = at(GEN_DESC_LANGS[country], mix);
    const languages = at(tbl.spoken[country], mix === 0 && rng() < 0.4 ? 3 : mix);

    const ctx = at(city.genContext, foundedYear - GEN_FIRST_YEAR);
    const intro = pick(rng, gp.profile.intro);
    const detail = pick(rng, gp.profile.detail);
    const description: LocalizedText = {};
    for (const lang of descLangs)
      description[lang] = `${fill(intro[lang], ctx[lang])} ${fill(detail[lang], ctx[lang])}`;

    const streetNo = cz ? `${intBetween(rng, 100, 3999)}/${intBetween(rng, 1, 60)}` : String(intBetween(rng, 1, 180));
    const domain = `${word.slug}-${surname.slug}-${n}.${cz ? "cz" : "de"}`;

    out.push({
      externalId: `gen-${String(n).padStart(6, "0")}`,
      name: `${word.text} ${surname.text} ${n} ${legalForm}`,
      legalForm,
      country,
      region: city.region,
      city: city.name,
      postalCode: pick(rng, city.postalCodes),
      street: `${pick(rng, cz ? STREETS_CS : STREETS_DE)} ${streetNo}`,
      website: `https://www.${domain}`,
      email: `info@${domain}`,
      phone: phoneFor(rng, city),
      employees,
      foundedYear,
      languages,
      industries: gp.industries,
      description,
      offers: [pick(rng, at(gp.offers[country], mix))],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

/** Five upcoming events by chambers and agencies; dates are relative so they never expire. */
export function demoEvents(): DemoEvent[] {
  return [
    {
      slug: "kooperationsboerse-maschinenbau-dresden",
      organizerName: "IHK Dresden",
      organizerCountry: "DE",
      organizerCity: "Dresden",
      type: "MATCHMAKING",
      title: {
        de: "Deutsch-tschechische Kooperationsbörse Maschinenbau",
        cs: "Česko-německá kooperační burza strojírenství",
        en: "German-Czech Cooperation Exchange for Mechanical Engineering",
      },
      description: {
        de:
          "Die Kooperationsbörse bringt Maschinenbauer, Zulieferer und Lohnfertiger aus Sachsen und Tschechien in vorab vereinbarten Einzelgesprächen zusammen. " +
          "Die Gesprächstermine buchen Sie über das Portal, Dolmetscher stehen vor Ort bereit. " +
          "Am Nachmittag folgen Fachvorträge zu Lieferketten und Fachkräftesicherung.",
        cs:
          "Kooperační burza propojuje výrobce strojů, dodavatele a firmy zakázkové výroby ze Saska a z Česka v předem domluvených individuálních schůzkách. " +
          "Termíny schůzek si rezervujete přes portál, na místě jsou k dispozici tlumočníci. " +
          "Odpoledne následují odborné přednášky o dodavatelských řetězcích a zajištění kvalifikovaných pracovníků.",
        en:
          "The cooperation exchange brings together machine builders, suppliers and contract manufacturers from Saxony and the Czech Republic in pre-arranged one-to-one meetings. " +
          "You book your meeting slots via the portal, and interpreters are available on site. " +
          "In the afternoon there are expert talks on supply chains and securing skilled labour.",
      },
      startsInDays: 24,
      durationHours: 7,
      startHourLocal: 9,
      venueName: "Internationales Congress Center Dresden",
      city: "Dresden",
      address: "Ostra-Ufer 2, 01067 Dresden",
      languages: ["de", "cs", "en"],
      capacity: 120,
      meetingsEnabled: true,
    },
    {
      slug: "zulieferboerse-automobil-karlovy-vary",
      organizerName: "Krajská hospodářská komora Karlovarského kraje",
      organizerCountry: "CZ",
      organizerCity: "Karlovy Vary",
      type: "MATCHMAKING",
      title: {
        cs: "Přeshraniční burza dodavatelů pro automobilový průmysl",
        de: "Grenzüberschreitende Zulieferbörse Automobilindustrie",
        en: "Cross-Border Supplier Exchange for the Automotive Industry",
      },
      description: {
        cs:
          "Na burze se setkají nákupčí výrobců vozidel a systémových dodavatelů s malými a středními firmami z Karlovarského kraje, Saska a Bavorska. " +
          "Dopoledne patří krátkým prezentacím nákupních oddělení, odpoledne předem domluveným dvacetiminutovým schůzkám. " +
          "Účast je bezplatná, počet míst je omezen.",
        de:
          "Bei der Börse treffen Einkäufer von Fahrzeugherstellern und Systemlieferanten auf kleine und mittlere Unternehmen aus der Region Karlovy Vary, Sachsen und Bayern. " +
          "Der Vormittag gehört kurzen Präsentationen der Einkaufsabteilungen, am Nachmittag finden vorab vereinbarte Gespräche von je 20 Minuten statt. " +
          "Die Teilnahme ist kostenlos, die Zahl der Plätze ist begrenzt.",
        en:
          "The exchange brings buyers from vehicle manufacturers and system suppliers together with small and medium-sized companies from the Karlovy Vary Region, Saxony and Bavaria. " +
          "The morning is devoted to short presentations by purchasing departments; in the afternoon, pre-arranged 20-minute meetings take place. " +
          "Participation is free of charge and places are limited.",
      },
      startsInDays: 45,
      durationHours: 6,
      startHourLocal: 9,
      venueName: "Konferenční centrum Karlovy Vary",
      city: "Karlovy Vary",
      address: "I. P. Pavlova 1102/5, 360 01 Karlovy Vary",
      languages: ["cs", "de", "en"],
      capacity: 80,
      meetingsEnabled: true,
    },
    {
      slug: "webinar-entsendung-deutschland-tschechien",
      organizerName: "Wirtschaftsförderung Sachsen GmbH",
      organizerCountry: "DE",
      organizerCity: "Dresden",
      type: "WEBINAR",
      title: {
        de: "Webinar: Mitarbeiterentsendung zwischen Deutschland und Tschechien",
        cs: "Webinář: Vysílání zaměstnanců mezi Českem a Německem",
        en: "Webinar: Posting Employees between Germany and the Czech Republic",
      },
      description: {
        de:
          "Fachleute für Arbeits- und Steuerrecht erklären, was Unternehmen bei Montageeinsätzen und Entsendungen ins Nachbarland beachten müssen. " +
          "Themen sind die A1-Bescheinigung, Meldepflichten, Mindestlohn und die Besteuerung von Betriebsstätten. " +
          "Im Anschluss beantworten die Referenten Fragen aus dem Chat.",
        cs:
          "Odborníci na pracovní a daňové právo vysvětlí, na co musí firmy pamatovat při montážích a vysílání zaměstnanců do sousední země. " +
          "Tématy jsou formulář A1, oznamovací povinnosti, minimální mzda a zdanění stálých provozoven. " +
          "Na závěr přednášející odpovědí na dotazy z chatu.",
        en:
          "Experts in employment and tax law explain what companies need to consider when sending staff to the neighbouring country for installation work or postings. " +
          "Topics include the A1 certificate, notification requirements, the minimum wage and the taxation of permanent establishments. " +
          "Afterwards, the speakers will answer questions from the chat.",
      },
      startsInDays: 12,
      durationHours: 2,
      startHourLocal: 10,
      onlineUrl: "https://webinar.grenzpartner.example/entsendung-de-cz",
      languages: ["de", "cs"],
      capacity: 300,
      meetingsEnabled: false,
    },
    {
      slug: "workshop-en-1090-chemnitz",
      organizerName: "Handwerkskammer Chemnitz",
      organizerCountry: "DE",
      organizerCity: "Chemnitz",
      type: "WORKSHOP",
      title: {
        de: "Workshop: Zertifizierung nach EN 1090 für Metallbaubetriebe",
        cs: "Workshop: Certifikace podle EN 1090 pro zámečnické a kovovýrobní firmy",
        en: "Workshop: EN 1090 Certification for Metalworking Businesses",
      },
      description: {
        de:
          "Der praxisorientierte Workshop zeigt kleinen Metallbau- und Schweißbetrieben den Weg zur Zertifizierung nach EN 1090 und ISO 3834. " +
          "Ein Schweißfachingenieur erläutert die Anforderungen an Dokumentation, Schweißanweisungen und werkseigene Produktionskontrolle. " +
          "Tschechische Betriebe sind herzlich willkommen, die Inhalte werden konsekutiv gedolmetscht.",
        cs:
          "Prakticky zaměřený workshop ukáže malým zámečnickým a svářečským firmám cestu k certifikaci podle EN 1090 a ISO 3834. " +
          "Svářečský inženýr vysvětlí požadavky na dokumentaci, postupy svařování a systém řízení výroby. " +
          "České firmy jsou srdečně vítány, obsah bude konsekutivně tlumočen.",
        en:
          "This practical workshop shows small metalworking and welding businesses the way to certification under EN 1090 and ISO 3834. " +
          "A welding engineer explains the requirements for documentation, welding procedure specifications and factory production control. " +
          "Czech companies are very welcome; the content will be interpreted consecutively.",
      },
      startsInDays: 68,
      durationHours: 5,
      startHourLocal: 13,
      venueName: "Schulungszentrum Metall",
      city: "Chemnitz",
      address: "Annaberger Straße 73, 09111 Chemnitz",
      languages: ["de", "cs"],
      capacity: 30,
      meetingsEnabled: false,
    },
    {
      slug: "veletrh-subdodavatelu-euroregion-nisa",
      organizerName: "Liberecká krajská hospodářská komora",
      organizerCountry: "CZ",
      organizerCity: "Liberec",
      type: "FAIR",
      title: {
        cs: "Veletrh subdodavatelů Euroregionu Nisa",
        de: "Zuliefermesse der Euroregion Neiße",
        en: "Euroregion Neisse Supplier Fair",
      },
      description: {
        cs:
          "Na veletrhu se představí přes sedmdesát výrobních a servisních firem z Libereckého kraje, Horní Lužice a Dolního Slezska. " +
          "Vedle výstavy je připraven program krátkých prezentací a schůzky s vystavovateli si můžete předem domluvit přes portál. " +
          "Vstup pro návštěvníky z řad firem je zdarma.",
        de:
          "Auf der Messe präsentieren sich über siebzig Produktions- und Dienstleistungsunternehmen aus der Region Liberec, der Oberlausitz und Niederschlesien. " +
          "Neben der Ausstellung gibt es ein Programm mit Kurzpräsentationen, und Gespräche mit Ausstellern lassen sich vorab über das Portal vereinbaren. " +
          "Der Eintritt ist für Fachbesucher aus Unternehmen kostenlos.",
        en:
          "More than seventy manufacturing and service companies from the Liberec Region, Upper Lusatia and Lower Silesia will present themselves at the fair. " +
          "Alongside the exhibition there is a programme of short presentations, and meetings with exhibitors can be arranged in advance via the portal. " +
          "Admission is free for trade visitors from companies.",
      },
      startsInDays: 96,
      durationHours: 8,
      startHourLocal: 9,
      venueName: "Výstavní hala Liberec",
      city: "Liberec",
      address: "Tržní náměstí 1, 460 01 Liberec",
      languages: ["cs", "de", "en"],
      capacity: 400,
      meetingsEnabled: true,
    },
  ];
}
