// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../../../lib/db/prisma";
import { importCompanies } from "../../../lib/import/import-companies";

/**
 * A fixed portal for partner suggestions: partners that offer or seek one thing each, written
 * in German, Czech or English on both sides of the border, same-country rivals, and viewers
 * whose requests and offers are written in a different language than their expected partner's.
 */
export const PARTNERS = [
  {
    externalId: "p-schweiss-elbtal",
    name: "Schweißtechnik Elbtal GmbH",
    country: "DE",
    city: "Pirna",
    languages: ["de", "cs"],
    industries: ["25.11"],
    description: { de: "Metallbaubetrieb in der Sächsischen Schweiz." },
    offers: [
      {
        title: { de: "Schweißen von Stahlkonstruktionen" },
        description: { de: "Wir schweißen Rahmen und Gestelle aus Stahl nach EN 1090." },
      },
    ],
  },
  {
    // Same offer as Elbtal, but on the Czech side and in Czech.
    externalId: "p-svarovna-kadan",
    name: "Svařovna Kadaň s.r.o.",
    country: "CZ",
    city: "Kadaň",
    languages: ["cs", "de"],
    industries: ["25.11"],
    description: { cs: "Kovovýroba v Ústeckém kraji." },
    offers: [
      {
        title: { cs: "Svařování ocelových rámů" },
        description: { cs: "Svařujeme rámy a stojany z oceli podle EN 1090." },
      },
    ],
  },
  {
    externalId: "p-frezarna-most",
    name: "Frézárna Most s.r.o.",
    country: "CZ",
    city: "Most",
    languages: ["cs", "de"],
    industries: ["25.62"],
    description: { cs: "Zakázková strojní výroba pro automobilový průmysl." },
    offers: [
      { title: { cs: "CNC frézování hliníkových dílů" }, description: { cs: "Série od jednoho kusu do pěti tisíc." } },
    ],
  },
  {
    externalId: "p-fraeserei-meissen",
    name: "Fräserei Meißen GmbH",
    country: "DE",
    city: "Meißen",
    languages: ["de"],
    industries: ["25.62"],
    description: { de: "Lohnfertigung von Frästeilen." },
    offers: [{ title: { de: "Fräsen von Stahlteilen" } }],
  },
  {
    externalId: "p-pulverlack-goerlitz",
    name: "Pulverlack Görlitz GmbH",
    country: "DE",
    city: "Görlitz",
    languages: ["de", "en"],
    industries: ["25.61"],
    description: { de: "Oberflächenveredelung für Maschinenbau und Fahrzeugbau." },
    offers: [
      {
        title: { de: "Pulverbeschichtung von Metallteilen" },
        description: { de: "RAL-Farben, Losgrößen ab 10 Stück." },
      },
    ],
  },
  {
    externalId: "p-preklady-liberec",
    name: "Překlady Liberec s.r.o.",
    country: "CZ",
    city: "Liberec",
    languages: ["cs", "de", "en"],
    industries: ["74.30"],
    description: { cs: "Jazyková agentura pro firmy v příhraničí." },
    offers: [
      {
        title: { cs: "Překlady a tlumočení němčina–čeština" },
        description: { cs: "Odborné texty, smlouvy a návody." },
      },
    ],
  },
  {
    externalId: "p-elbe-logistics",
    name: "Elbe Logistics Ltd",
    country: "DE",
    city: "Dresden",
    languages: ["en", "de"],
    industries: ["52.10"],
    description: { en: "Logistics provider with a bonded warehouse near the motorway." },
    offers: [
      {
        title: { en: "Warehousing for industrial goods" },
        description: { en: "Pallet storage, picking and packing." },
      },
    ],
  },
  {
    externalId: "p-kalirna-chomutov",
    name: "Kalírna Chomutov s.r.o.",
    country: "CZ",
    city: "Chomutov",
    languages: ["cs"],
    industries: ["25.61"],
    description: { cs: "Tepelné zpracování kovů od roku 1998." },
    offers: [{ title: { cs: "Kalení a tepelné zpracování ocelových dílů" } }],
  },
  {
    externalId: "p-software-usti",
    name: "Software Ústí s.r.o.",
    country: "CZ",
    city: "Ústí nad Labem",
    languages: ["cs", "en"],
    industries: ["62.01"],
    description: { en: "A software house for small and medium-sized manufacturers." },
    offers: [{ title: { en: "Software development for production planning" } }],
  },
  {
    externalId: "p-maschinenbau-freital",
    name: "Maschinenbau Freital GmbH",
    country: "DE",
    city: "Freital",
    languages: ["de"],
    industries: ["28.99"],
    description: { de: "Sondermaschinen für die Verpackungsindustrie." },
    seeks: [
      { title: { de: "Drehteile in Serie gesucht" }, description: { de: "Wellen und Buchsen, 500 Stück pro Monat." } },
    ],
  },
  {
    externalId: "p-strojirna-teplice",
    name: "Strojírna Teplice a.s.",
    country: "CZ",
    city: "Teplice",
    languages: ["cs", "de"],
    industries: ["28.22"],
    description: { cs: "Výroba jeřábů a zdvihacích zařízení." },
    seeks: [{ title: { cs: "Poptáváme práškové lakování ocelových dílů" } }],
  },
  {
    externalId: "p-prototypen-chemnitz",
    name: "Prototypenwerk Chemnitz GmbH",
    country: "DE",
    city: "Chemnitz",
    languages: ["de", "en"],
    industries: ["29.32"],
    description: { de: "Entwicklungsdienstleister für die Automobilindustrie." },
    seeks: [{ title: { de: "3D-Druck von Kunststoffteilen gesucht" } }],
  },
  {
    // A welding request: must never be suggested as a welding supplier.
    externalId: "p-hledame-svarece",
    name: "Montáže Žatec s.r.o.",
    country: "CZ",
    city: "Žatec",
    languages: ["cs"],
    industries: ["43.21"],
    description: { cs: "Elektromontáže průmyslových hal." },
    seeks: [{ title: { cs: "Hledáme firmu na svařování nosníků" } }],
  },
  {
    // Its profile only seeks powder coating: never a powder-coating supplier.
    externalId: "p-sucht-pulver",
    name: "Holzregalbau Zittau GmbH",
    country: "DE",
    city: "Zittau",
    languages: ["de"],
    industries: ["31.01"],
    description: {
      de: "Wir bauen Regale und Ladeneinrichtungen aus Massivholz. Für die Metallbeschläge suchen wir einen Partner für Pulverbeschichtung.",
    },
  },
  // Rivals: more companies offering the same things, so the expected partner has to win on merit.
  {
    externalId: "r-metallbau-grossenhain",
    name: "Metallbau Großenhain GmbH",
    country: "DE",
    city: "Großenhain",
    languages: ["de"],
    industries: ["25.11"],
    description: { de: "Schlosserei mit Schweißen, Fräsen und Drehen für Kunden aus der Region." },
    offers: [{ title: { de: "Geländer und Treppen aus Edelstahl" } }],
  },
  {
    externalId: "r-strojirny-chrastava",
    name: "Strojírny Chrastava s.r.o.",
    country: "CZ",
    city: "Chrastava",
    languages: ["cs", "de"],
    industries: ["25.62"],
    description: { cs: "Strojírenská výroba dílů na zakázku." },
    offers: [
      { title: { cs: "Frézování a soustružení ocelových dílů" } },
      { title: { cs: "Svařované konstrukce z oceli" } },
    ],
  },
  {
    externalId: "r-povrchy-hradek",
    name: "Povrchové úpravy Hrádek s.r.o.",
    country: "CZ",
    city: "Hrádek nad Nisou",
    languages: ["cs"],
    industries: ["25.61"],
    description: { cs: "Lakovna a zinkovna pro strojírenské firmy." },
    offers: [{ title: { cs: "Práškové lakování a zinkování" } }],
  },
  {
    externalId: "r-lager-pirna",
    name: "Lagerlogistik Pirna GmbH",
    country: "DE",
    city: "Pirna",
    languages: ["de"],
    industries: ["52.10"],
    description: { de: "Kontraktlogistik für Industriekunden." },
    offers: [{ title: { de: "Lagerhaltung und Kommissionierung" } }],
  },
] as const;

/** The companies whose suggestions are checked; each one names its expected partner. */
export const VIEWERS = [
  {
    externalId: "v-cs-welding",
    name: "Karosárna Děčín s.r.o.",
    country: "CZ",
    city: "Děčín",
    languages: ["cs", "de"],
    industries: ["29.20"],
    description: { cs: "Stavíme nástavby nákladních automobilů." },
    seeks: [
      { title: { cs: "Hledáme svařování ocelových rámů" }, description: { cs: "Rámy nástaveb, cca 40 kusů ročně." } },
    ],
    // Its own welding offer must never come back as a suggestion for itself.
    offers: [{ title: { cs: "Opravy nástaveb a svařování na zakázku" } }],
  },
  {
    externalId: "v-de-welding",
    name: "Anhängerbau Riesa GmbH",
    country: "DE",
    city: "Riesa",
    languages: ["de", "cs"],
    industries: ["29.20"],
    description: { de: "Anhänger für Landwirtschaft und Bau." },
    seeks: [{ title: { de: "Schweißarbeiten für Fahrgestelle gesucht" } }],
  },
  {
    externalId: "v-de-milling",
    name: "Gehäusebau Bautzen GmbH",
    country: "DE",
    city: "Bautzen",
    languages: ["de"],
    industries: ["27.90"],
    description: { de: "Elektronikgehäuse nach Kundenwunsch." },
    seeks: [{ title: { de: "Partner für CNC-Fräsen von Aluminiumgehäusen" } }],
  },
  {
    externalId: "v-en-heat",
    name: "Gearworks Saxony GmbH",
    country: "DE",
    city: "Zwickau",
    languages: ["de", "en"],
    industries: ["28.15"],
    description: { en: "Gearboxes for conveyors." },
    seeks: [{ title: { en: "Looking for heat treatment of gear parts" } }],
  },
  {
    externalId: "v-de-warehouse",
    name: "Sklo Nový Bor s.r.o.",
    country: "CZ",
    city: "Nový Bor",
    languages: ["cs", "de"],
    industries: ["23.13"],
    description: { cs: "Ručně foukané sklo." },
    seeks: [{ title: { de: "Lagerhaltung in Sachsen gesucht" } }],
  },
  {
    externalId: "v-en-powder",
    name: "Regály Jablonec s.r.o.",
    country: "CZ",
    city: "Jablonec nad Nisou",
    languages: ["cs", "en"],
    industries: ["31.01"],
    description: { cs: "Kovové regály pro sklady." },
    seeks: [{ title: { en: "Powder coating of shelf brackets" } }],
  },
  {
    externalId: "v-cs-software",
    name: "Pekárna Krupka s.r.o.",
    country: "CZ",
    city: "Krupka",
    languages: ["cs"],
    industries: ["10.71"],
    description: { cs: "Řemeslná pekárna." },
    seeks: [{ title: { cs: "Hledáme vývoj softwaru pro řízení výroby" } }],
  },
  {
    externalId: "v-de-translation",
    name: "Armaturen Sebnitz GmbH",
    country: "DE",
    city: "Sebnitz",
    languages: ["de"],
    industries: ["28.29"],
    description: { de: "Industriearmaturen aus Edelstahl." },
    seeks: [{ title: { de: "Übersetzung von Betriebsanleitungen ins Tschechische" } }],
  },
  {
    externalId: "v-cs-turning",
    name: "Soustružna Louny s.r.o.",
    country: "CZ",
    city: "Louny",
    languages: ["cs", "de"],
    industries: ["25.62"],
    description: { cs: "Malá strojírenská dílna." },
    offers: [{ title: { cs: "CNC soustružení hřídelí a pouzder" } }],
  },
  {
    externalId: "v-de-powder",
    name: "Beschichtung Kamenz GmbH",
    country: "DE",
    city: "Kamenz",
    languages: ["de", "cs"],
    industries: ["25.61"],
    description: { de: "Lohnbeschichter für Metallteile." },
    offers: [{ title: { de: "Pulverbeschichtung im Lohn" } }],
  },
  {
    externalId: "v-en-printing",
    name: "Aditiva Liberec s.r.o.",
    country: "CZ",
    city: "Liberec",
    languages: ["cs", "en", "de"],
    industries: ["22.29"],
    description: { cs: "Malá firma s průmyslovými tiskárnami." },
    offers: [{ title: { en: "3D printing of plastic parts" } }],
  },
] as const;

/** Ten scripted cases: viewer, its locale, the expected partner and the language pair of their texts. */
export const CASES = [
  { viewer: "v-cs-welding", locale: "cs", partner: "p-schweiss-elbtal", pair: "cs→de", kind: "offers" },
  { viewer: "v-de-milling", locale: "de", partner: "p-frezarna-most", pair: "de→cs", kind: "offers" },
  { viewer: "v-en-heat", locale: "en", partner: "p-kalirna-chomutov", pair: "en→cs", kind: "offers" },
  { viewer: "v-de-warehouse", locale: "de", partner: "p-elbe-logistics", pair: "de→en", kind: "offers" },
  { viewer: "v-en-powder", locale: "en", partner: "p-pulverlack-goerlitz", pair: "en→de", kind: "offers" },
  { viewer: "v-cs-software", locale: "cs", partner: "p-software-usti", pair: "cs→en", kind: "offers" },
  { viewer: "v-de-translation", locale: "de", partner: "p-preklady-liberec", pair: "de→cs", kind: "offers" },
  { viewer: "v-cs-turning", locale: "cs", partner: "p-maschinenbau-freital", pair: "cs→de", kind: "seeks" },
  { viewer: "v-de-powder", locale: "de", partner: "p-strojirna-teplice", pair: "de→cs", kind: "seeks" },
  { viewer: "v-en-printing", locale: "en", partner: "p-prototypen-chemnitz", pair: "en→de", kind: "seeks" },
] as const;

/** Imports everything as published companies and returns the organization id per externalId. */
export async function loadPartnerFixtures(db: Db): Promise<Map<string, string>> {
  const base = Date.UTC(2026, 0, 1);
  const records = [...PARTNERS, ...VIEWERS];
  const summary = await importCompanies(db, records, {
    publishedAt: (i) => new Date(base + i * 3_600_000),
  });
  if (summary.issues.length) throw new Error(`partner fixture import failed: ${JSON.stringify(summary.issues)}`);
  const rows = await db.organization.findMany({
    where: { externalId: { in: records.map((r) => r.externalId) } },
    select: { id: true, externalId: true },
  });
  return new Map(rows.map((r) => [r.externalId!, r.id]));
}
