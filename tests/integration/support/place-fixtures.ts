// SPDX-License-Identifier: EUPL-1.2
/**
 * Companies for the place, country and stop-word part of the search contract: a carrier in a
 * small town near Liberec, one in Dresden whose text names Drážďany, and powder coaters on both
 * sides of the border, one of them German and serving Czech customers in Czech.
 */
export const PLACE_COMPANIES = [
  {
    externalId: "nisa-trans",
    name: "Nisa Trans s.r.o.",
    country: "CZ",
    region: "cz-liberecky",
    city: "Hrádek nad Nisou",
    employees: "10-49",
    languages: ["cs", "de"],
    description: {
      cs: "Nabízíme logistické služby, skladování a mezinárodní kamionovou přepravu mezi Libercem, Žitavou a Drážďany.",
    },
  },
  {
    externalId: "elbe-cargo",
    name: "Elbe Cargo GmbH",
    country: "DE",
    region: "de-sn-dresden",
    city: "Dresden",
    employees: "50-249",
    languages: ["de", "cs"],
    description: {
      de: "Logistikdienstleister für Kontraktlogistik, Lagerhaltung und Teilladungen im Großraum Dresden.",
    },
  },
  {
    externalId: "lakovna-jablonec",
    name: "Lakovna Jablonec s.r.o.",
    country: "CZ",
    region: "cz-liberecky",
    city: "Jablonec nad Nisou",
    employees: "10-49",
    languages: ["cs"],
    description: { cs: "Provádíme práškové lakování ocelových a hliníkových dílů ve všech odstínech RAL." },
  },
  {
    externalId: "oberflaeche-zittau",
    name: "Oberflächentechnik Zittau GmbH",
    country: "DE",
    region: "de-sn-goerlitz",
    city: "Zittau",
    employees: "10-49",
    languages: ["de", "cs"],
    description: {
      de: "Pulverbeschichtung und Nasslackierung für Stahl- und Aluminiumteile. Seit Jahren arbeiten wir für deutsch-tschechische Kunden.",
    },
  },
];
