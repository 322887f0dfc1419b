// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../../../lib/db/prisma";
import { importCompanies } from "../../../lib/import/import-companies";
import { enqueueSearchUpdates } from "../../../lib/search/outbox";

/**
 * A small, fixed portal for the search contract: companies on both sides of the border, each
 * describing itself in one language only, plus records that must never be found.
 */
export const FIXTURE_COMPANIES = [
  {
    externalId: "mueller",
    name: "Präzisionsteile Müller GmbH",
    country: "DE",
    region: "de-sn-dresden",
    city: "Dresden",
    employees: "10-49",
    languages: ["de", "en"],
    industries: ["25.62"],
    certifications: ["ISO 9001"],
    description: { de: "Wir bieten CNC-Fräsen und Drehen für Einzelteile und Serien aus Aluminium und Stahl." },
    offers: [
      {
        title: { de: "Fräsen von Aluminiumteilen", cs: "Frézování hliníkových dílů" },
        description: { de: "Kurzfristige Fertigung von Frästeilen bis 500 mm." },
      },
    ],
  },
  {
    externalId: "novak",
    name: "Novák a spol. s.r.o.",
    country: "CZ",
    region: "cz-plzensky",
    city: "Plzeň",
    employees: "10-49",
    languages: ["cs", "de"],
    industries: ["25.62"],
    certifications: ["ISO 9001"],
    description: { cs: "Zajišťujeme frézování CNC a soustružení kovových dílů pro strojírenství." },
  },
  {
    externalId: "labe",
    name: "Labe Metal s.r.o.",
    country: "CZ",
    region: "cz-ustecky",
    city: "Ústí nad Labem",
    employees: "50-249",
    languages: ["cs"],
    industries: ["25.11"],
    certifications: ["EN 1090"],
    description: { cs: "Svařování ocelových konstrukcí metodou MIG/MAG, montáž hal a přístřešků." },
  },
  {
    externalId: "richter",
    name: "Richter Stahlbau GmbH",
    country: "DE",
    region: "de-sn-chemnitz",
    city: "Chemnitz",
    employees: "50-249",
    languages: ["de"],
    industries: ["25.11"],
    certifications: ["EN 1090", "ISO 3834"],
    // The second sentence seeks a service: it must never make Richter a powder coater.
    description: {
      de: "Schweißen von Stahlbaugruppen nach EN 1090 für Maschinen- und Anlagenbau. Für die Oberflächen suchen wir einen Partner für Pulverbeschichtung.",
    },
  },
  {
    externalId: "elbe",
    name: "Elbe Surface Ltd",
    country: "DE",
    region: "de-sn-meissen",
    city: "Meißen",
    employees: "1-9",
    languages: ["en"],
    industries: ["25.61"],
    description: { en: "Heat treatment and powder coating of steel parts for the automotive industry." },
  },
  {
    externalId: "kovar",
    name: "Kovář a syn s.r.o.",
    country: "CZ",
    region: "cz-liberecky",
    city: "Liberec",
    employees: "1-9",
    languages: ["cs"],
    industries: ["43.21"],
    description: { cs: "Elektroinstalace a revize elektrických zařízení pro průmyslové podniky." },
    seeks: [
      {
        title: { cs: "Hledáme dodavatele LED svítidel" },
        description: { cs: "Pro halové osvětlení, cca 200 kusů ročně." },
      },
    ],
  },
  {
    externalId: "schmied",
    name: "Schmied Logistik GmbH",
    country: "DE",
    region: "de-sn-goerlitz",
    city: "Görlitz",
    employees: "10-49",
    languages: ["de", "pl"],
    industries: ["52.29"],
    description: { de: "Spedition und Lagerhaltung mit eigenen Lastwagen, täglich nach Polen." },
  },
  {
    externalId: "kovarna",
    name: "Kovárna Beroun a.s.",
    country: "CZ",
    region: "cz-stredocesky",
    city: "Beroun",
    employees: "250+",
    languages: ["cs", "en"],
    industries: ["25.50"],
    description: { cs: "Zápustkové kování a výkovky z oceli pro automobilový průmysl." },
  },
  {
    externalId: "lehmann",
    name: "Lehmann Zimmerei GmbH",
    country: "DE",
    region: "de-sn-bautzen",
    city: "Bautzen",
    employees: "1-9",
    languages: ["de"],
    description: { de: "Dachstühle und Carports aus Holz, Reparaturen am Fachwerk." },
  },
  {
    externalId: "schulze",
    name: "Fräsen Schulze KG",
    country: "DE",
    region: "de-sn-leipzig",
    city: "Leipzig",
    employees: "10-49",
    languages: ["de"],
    description: { de: "Lohnfertigung für Verpackungsmaschinen, Montage vor Ort." },
  },
  {
    externalId: "expired",
    name: "Altangebot Weber GmbH",
    country: "DE",
    region: "de-sn-zwickau",
    city: "Zwickau",
    languages: ["de"],
    description: { de: "Gebrauchte Maschinen und Ersatzteile." },
    offers: [{ title: { de: "Restposten Schleifpapier" }, validUntil: "2020-01-31" }],
  },
  {
    externalId: "secret",
    name: "Geheimprojekt Fräsen GmbH",
    country: "DE",
    region: "de-sn-dresden",
    city: "Dresden",
    languages: ["de"],
    description: { de: "Fräsen im Verborgenen." },
  },
  {
    externalId: "gone",
    name: "Verschwunden Metall GmbH",
    country: "CZ",
    region: "cz-ustecky",
    city: "Děčín",
    languages: ["cs"],
    description: { cs: "Svařování a frézování na zakázku." },
    offers: [{ title: { cs: "Svařované rámy" } }],
  },
];

export const EVENT_SLUGS = {
  published: "kooperationsboerse-2027",
  cancelled: "abgesagte-messe-2027",
  draft: "entwurf-workshop-2027",
};

/**
 * Imports the fixture portal and indexes it with everything published; then unpublishes,
 * deletes and cancels through the outbox as the app does, so removals must actively take
 * documents out of the index.
 */
export async function loadFixtures(db: Db, index: () => Promise<void>) {
  const base = Date.UTC(2026, 0, 1);
  const summary = await importCompanies(db, FIXTURE_COMPANIES, { publishedAt: (i) => new Date(base + i * 3_600_000) });
  if (summary.issues.length) throw new Error(`fixture import failed: ${JSON.stringify(summary.issues)}`);

  const eventIds = await db.$transaction(async (tx) => {
    const organizer = await tx.organization.create({
      data: {
        slug: "wirtschaftsfoerderung-sachsen",
        kind: "INSTITUTION",
        name: "Wirtschaftsförderung Sachsen",
        country: "DE",
        city: "Dresden",
        status: "PUBLISHED",
      },
    });
    const event = (slug: string, title: string, startsAt: string) => ({
      slug,
      organizerId: organizer.id,
      type: "MATCHMAKING" as const,
      titleDe: title,
      titleCs: `${title} (CZ)`,
      descriptionDe: "Treffen Sie Zulieferer für Blechbearbeitung und Montage aus Sachsen und Tschechien.",
      startsAt: new Date(startsAt),
      endsAt: new Date(new Date(startsAt).getTime() + 4 * 3_600_000),
      city: "Dresden",
      country: "DE",
      languages: ["de", "cs"],
      capacity: 80,
      status: "PUBLISHED" as const,
    });
    const events = [
      await tx.event.create({ data: event(EVENT_SLUGS.published, "Kooperationsbörse Metall", "2027-03-10T09:00:00Z") }),
      await tx.event.create({ data: event(EVENT_SLUGS.cancelled, "Abgesagte Metallmesse", "2027-04-10T09:00:00Z") }),
      await tx.event.create({ data: event(EVENT_SLUGS.draft, "Entwurf Metallworkshop", "2027-05-10T09:00:00Z") }),
    ];
    await enqueueSearchUpdates(
      tx,
      "EVENT",
      events.map((e) => e.id),
    );
    return events.map((e) => e.id);
  });
  await index();

  await db.$transaction(async (tx) => {
    const secret = await tx.organization.update({ where: { externalId: "secret" }, data: { status: "UNPUBLISHED" } });
    await enqueueSearchUpdates(tx, "COMPANY", [secret.id]);
    const gone = await tx.organization.delete({ where: { externalId: "gone" } });
    await enqueueSearchUpdates(tx, "COMPANY", [gone.id]);
    await tx.event.update({ where: { id: eventIds[1] }, data: { status: "CANCELLED" } });
    await tx.event.update({ where: { id: eventIds[2] }, data: { status: "DRAFT" } });
    await enqueueSearchUpdates(tx, "EVENT", eventIds.slice(1));
  });
  await index();
}
