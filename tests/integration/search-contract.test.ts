// SPDX-License-Identifier: EUPL-1.2
/**
 * The behaviour every search engine must show, run against the PostgreSQL engine always and
 * against Meilisearch when MEILI_HOST points at a server.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/prisma";
import { createMeilisearchEngine } from "../../lib/search/engines/meilisearch";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import type { SearchEngine, SearchQuery, SearchResult } from "../../lib/search/types";
import { drainOutbox, outboxStatus } from "../../lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { importCompanies } from "../../lib/import/import-companies";
import { EVENT_SLUGS, loadFixtures } from "./support/search-fixtures";
import { PLACE_COMPANIES } from "./support/place-fixtures";

interface EngineFactory {
  create(db: Db): SearchEngine;
  cleanup?(): Promise<void>;
}

const names = (r: SearchResult) => r.hits.map((h) => h.name);
const companyNames = (r: SearchResult) => r.hits.filter((h) => h.type === "company").map((h) => h.name);

function searchContract(label: string, factory: () => EngineFactory) {
  describe(`search contract: ${label}`, () => {
    let t: TestDatabase;
    let engine: SearchEngine;
    let cleanup: (() => Promise<void>) | undefined;

    const search = (q: string, extra: Partial<SearchQuery> = {}) =>
      engine.search({ q, locale: "de", filters: {}, page: 1, pageSize: 20, ...extra });

    beforeAll(async () => {
      t = await createTestDatabase();
      const f = factory();
      engine = f.create(t.db);
      cleanup = f.cleanup;
      await loadFixtures(t.db, async () => {
        const r = await drainOutbox(t.db, engine);
        if (r.failed) throw new Error(`indexing failed for ${r.failed} outbox rows`);
      });
      expect(await outboxStatus(t.db)).toMatchObject({ pending: 0, parked: 0 });
    });

    afterAll(async () => {
      await cleanup?.();
      await t?.drop();
    });

    describe("typos", () => {
      it("finds Dresden when typed 'Dresdn' and suggests the correct spelling", async () => {
        const r = await search("Dresdn");
        expect(companyNames(r)).toContain("Präzisionsteile Müller GmbH");
        expect(r.suggestion).toBe("Dresden");
      });

      it("finds milling companies when typed 'Frässen'", async () => {
        expect(companyNames(await search("Frässen"))).toContain("Präzisionsteile Müller GmbH");
      });

      it("allows no typo in words under five letters", async () => {
        expect(companyNames(await search("Holz"))).toEqual(["Lehmann Zimmerei GmbH"]);
        expect((await search("Hols")).total).toBe(0);
      });

      it("never corrects numbers: ISO 9002 is not ISO 9001", async () => {
        expect(new Set(companyNames(await search("ISO 9001")))).toEqual(
          new Set(["Präzisionsteile Müller GmbH", "Novák a spol. s.r.o."]),
        );
        expect((await search("ISO 9002")).total).toBe(0);
        expect((await search("EN 1091")).total).toBe(0);
      });

      it("keeps typo tolerance for company names", async () => {
        expect(names(await search("Richtr Stahlbau"))[0]).toBe("Richter Stahlbau GmbH");
      });
    });

    describe("diacritics and place names", () => {
      it("finds Plzeň when typed without diacritics", async () => {
        expect(companyNames(await search("Plzen"))).toEqual(["Novák a spol. s.r.o."]);
      });

      it("finds Ústí nad Labem from 'Usti'", async () => {
        expect(companyNames(await search("Usti"))).toEqual(["Labe Metal s.r.o."]);
      });

      it("matches Czech words typed without diacritics", async () => {
        expect(companyNames(await search("frezovani"))).toContain("Novák a spol. s.r.o.");
      });

      it("finds Plzeň by its German name Pilsen", async () => {
        expect(companyNames(await search("Pilsen"))).toEqual(["Novák a spol. s.r.o."]);
      });

      it("finds Dresden by its Czech name Drážďany", async () => {
        expect(companyNames(await search("Drážďany"))).toContain("Präzisionsteile Müller GmbH");
      });

      it("finds Ústí nad Labem by its German name Aussig", async () => {
        expect(companyNames(await search("Aussig"))).toEqual(["Labe Metal s.r.o."]);
      });
    });

    describe("across languages", () => {
      it("de → cs: 'Fräsen' finds a company that describes itself only in Czech", async () => {
        expect(companyNames(await search("Fräsen"))).toContain("Novák a spol. s.r.o.");
      });

      it("cs → de: 'svařování' finds a company that describes itself only in German", async () => {
        expect(companyNames(await search("svařování"))).toContain("Richter Stahlbau GmbH");
      });

      it("en → cs: 'milling' finds the Czech-only milling company", async () => {
        expect(companyNames(await search("milling"))).toContain("Novák a spol. s.r.o.");
      });

      it("en → de: 'welding' finds the German-only welding company", async () => {
        expect(companyNames(await search("welding"))).toContain("Richter Stahlbau GmbH");
      });

      it("de → en: 'Wärmebehandlung' finds the English-only company", async () => {
        expect(companyNames(await search("Wärmebehandlung"))).toEqual(["Elbe Surface Ltd"]);
      });

      it("cs → en: 'kalení' finds the English-only company", async () => {
        expect(companyNames(await search("kalení"))).toEqual(["Elbe Surface Ltd"]);
      });

      it("marks the matched words of a cross-language hit in its own language", async () => {
        const hit = (await search("Fräsen")).hits.find((h) => h.name === "Novák a spol. s.r.o.");
        expect(hit?.snippetLang).toBe("cs");
        expect(hit?.snippet).toContain("«frézování»");
      });
    });

    describe("inflection and compounds", () => {
      it("cs: finds 'průmyslové podniky' from the instrumental 'průmyslovými podniky'", async () => {
        expect(companyNames(await search("průmyslovými podniky", { prefix: false }))).toEqual(["Kovář a syn s.r.o."]);
      });

      it("cs: the same without diacritics", async () => {
        expect(companyNames(await search("prumyslovymi podniky", { prefix: false }))).toEqual(["Kovář a syn s.r.o."]);
      });

      it("de: finds a compound the company wrote from its parts", async () => {
        // Richter writes "Stahlbaugruppen".
        expect(companyNames(await search("Baugruppen aus Stahl", { prefix: false }))).toContain("Richter Stahlbau GmbH");
      });

      it("de: splits a compound query into the words a company wrote apart", async () => {
        // Schmied writes "Spedition … mit eigenen Lastwagen".
        expect(companyNames(await search("Lastwagenspedition", { prefix: false }))).toEqual(["Schmied Logistik GmbH"]);
      });

      it("de: splits a compound query whose parts are inflected in the text", async () => {
        // Lehmann writes "Dachstühle und Carports aus Holz".
        expect(companyNames(await search("Holzdachstuhl", { prefix: false }))).toEqual(["Lehmann Zimmerei GmbH"]);
      });

      it("en: finds 'automotive industry' from the plural 'automotive industries'", async () => {
        expect(companyNames(await search("automotive industries", { prefix: false }))).toContain("Elbe Surface Ltd");
      });

      it("keeps short words exact: 'Fräs' is not 'Fräsen'", async () => {
        expect((await search("Fräs", { prefix: false })).total).toBe(0);
      });
    });

    describe("offers, not seeks", () => {
      it("does not find a company as a powder coater for a sentence that seeks powder coating", async () => {
        expect(companyNames(await search("Pulverbeschichtung"))).toEqual(["Elbe Surface Ltd"]);
        expect(companyNames(await search("práškové lakování"))).not.toContain("Richter Stahlbau GmbH");
      });

      it("leaves requests out when the query asks for a provider, unless requests were chosen", async () => {
        const isRequest = (h: { type: string }) => h.type === "request";
        expect((await search("LED svítidel")).hits.some(isRequest)).toBe(true);
        expect((await search("dodavatel LED svítidel")).hits.some(isRequest)).toBe(false);
        const chosen = await search("dodavatel LED svítidel", { filters: { type: "request" } });
        expect(chosen.hits.some(isRequest)).toBe(true);
      });

      it("never marks the words of a seeking sentence in a snippet", async () => {
        const hit = (await search("Stahlbaugruppen")).hits.find((h) => h.name === "Richter Stahlbau GmbH");
        expect(hit?.snippet).toContain("«Stahlbaugruppen»");
        expect(hit?.snippet).not.toContain("Pulverbeschichtung");
      });
    });

    describe("search as you type", () => {
      it("completes the last word: 'Fräs'", async () => {
        const found = companyNames(await search("Fräs"));
        expect(found).toEqual(expect.arrayContaining(["Präzisionsteile Müller GmbH", "Novák a spol. s.r.o."]));
      });

      it("completes the last word: 'sva'", async () => {
        const found = companyNames(await search("sva"));
        expect(found).toEqual(expect.arrayContaining(["Labe Metal s.r.o.", "Richter Stahlbau GmbH"]));
      });

      it("does not complete words before the last one", async () => {
        expect((await search("Fräs Dresden")).total).toBe(0);
      });

      it("matches whole words only when prefix matching is off", async () => {
        expect((await search("Fräs", { prefix: false })).total).toBe(0);
        expect((await search("sva", { prefix: false })).total).toBe(0);
        expect(companyNames(await search("Fräsen", { prefix: false }))).toContain("Novák a spol. s.r.o.");
      });
    });

    describe("query syntax", () => {
      it("reads a leading minus as a separator, not as 'without this word'", async () => {
        expect(companyNames(await search("-Dresden"))).toEqual(companyNames(await search("Dresden")));
        expect(names(await search("Richter -Stahlbau"))[0]).toBe("Richter Stahlbau GmbH");
      });

      it("reads quotes as separators, not as a phrase in that order", async () => {
        expect(names(await search('"Stahlbau Richter"'))[0]).toBe("Richter Stahlbau GmbH");
      });

      it("finds nothing rather than everything for a query of quotes and dashes with a word", async () => {
        expect((await search('"Hols" -')).total).toBe(0);
      });
    });

    describe("ranking", () => {
      it("puts a company whose name matches first", async () => {
        const r = await search("Fräsen");
        expect(r.hits[0].name).toBe("Fräsen Schulze KG");
        expect(r.total).toBeGreaterThan(2);
      });

      it("puts the exact name first for a name query", async () => {
        expect(names(await search("Kovář"))[0]).toBe("Kovář a syn s.r.o.");
        expect(names(await search("Schmied"))[0]).toBe("Schmied Logistik GmbH");
      });

      it("highlights the matched word in the snippet", async () => {
        const hit = (await search("Aluminium")).hits.find((h) => h.type === "company");
        expect(hit?.snippet).toContain("«Aluminium»");
      });
    });

    describe("proper names stay names", () => {
      it("does not find 'Kovář a syn' (an electrician) for 'forging'", async () => {
        const found = companyNames(await search("forging"));
        expect(found).toContain("Kovárna Beroun a.s.");
        expect(found).not.toContain("Kovář a syn s.r.o.");
        expect(found).not.toContain("Schmied Logistik GmbH");
      });

      it("does not translate the name 'Schmied' into 'smith'", async () => {
        expect(companyNames(await search("smith"))).not.toContain("Schmied Logistik GmbH");
      });

      it("finds 'Kovář a syn' by its name with and without diacritics", async () => {
        expect(names(await search("Kovar"))[0]).toBe("Kovář a syn s.r.o.");
        expect(names(await search("kovář a syn"))[0]).toBe("Kovář a syn s.r.o.");
      });
    });

    describe("facets and filters", () => {
      it("counts every facet over the whole result", async () => {
        const r = await search("", { facets: ["type", "country", "employees", "certification", "language"] });
        expect(r.total).toBe(14);
        expect(r.facets.type).toEqual({ company: 11, offer: 1, request: 1, event: 1 });
        expect(r.facets.country).toEqual({ DE: 9, CZ: 5 });
        expect(r.facets.employees?.E50_249).toBe(2);
        expect(r.facets.certification?.["EN 1090"]).toBe(2);
        expect(r.facets.language?.pl).toBe(1);
      });

      it("counts facets of a query's matches only", async () => {
        const r = await search("svařování", { facets: ["country", "region"] });
        expect(r.facets.country?.CZ).toBeGreaterThanOrEqual(1);
        expect(r.facets.region?.["cz-ustecky"]).toBe(1);
        expect(Object.values(r.facets.country ?? {}).reduce((a, b) => a + b, 0)).toBe(r.total);
      });

      it("filters by country", async () => {
        const r = await search("Fräsen", { filters: { country: "CZ" } });
        expect(companyNames(r)).toEqual(["Novák a spol. s.r.o."]);
        expect(r.hits.every((h) => h.country === "CZ")).toBe(true);
      });

      it("filters by region", async () => {
        const r = await search("", { filters: { region: "cz-plzensky" } });
        expect(names(r)).toEqual(["Novák a spol. s.r.o."]);
      });

      it("filters by industry, including subclasses of a division", async () => {
        const r = await search("", { filters: { industry: "25", type: "company" } });
        expect(new Set(names(r))).toEqual(
          new Set([
            "Präzisionsteile Müller GmbH",
            "Novák a spol. s.r.o.",
            "Labe Metal s.r.o.",
            "Richter Stahlbau GmbH",
            "Elbe Surface Ltd",
            "Kovárna Beroun a.s.",
          ]),
        );
        expect(names(await search("", { filters: { industry: "25.50" } }))).toEqual(["Kovárna Beroun a.s."]);
      });

      it("filters by certification", async () => {
        const r = await search("", { filters: { certification: "EN 1090" } });
        expect(new Set(names(r))).toEqual(new Set(["Labe Metal s.r.o.", "Richter Stahlbau GmbH"]));
      });

      it("filters by type", async () => {
        const offers = await search("", { filters: { type: "offer" } });
        expect(offers.hits.map((h) => h.title)).toEqual(["Fräsen von Aluminiumteilen"]);
        const requests = await search("", { filters: { type: "request" }, locale: "cs" });
        expect(requests.hits.map((h) => h.title)).toEqual(["Hledáme dodavatele LED svítidel"]);
      });

      it("names the organization behind each hit and filters by it", async () => {
        const all = await search("", { pageSize: 50 });
        expect(all.hits.every((h) => typeof h.organizationId === "string" && h.organizationId.length > 0)).toBe(true);
        // The offer belongs to the company that published it.
        const offer = all.hits.find((h) => h.type === "offer")!;
        const owner = all.hits.find((h) => h.type === "company" && h.slug === offer.slug)!;
        expect(offer.organizationId).toBe(owner.organizationId);

        const only = await search("", { filters: { organizationIds: [owner.organizationId!] }, pageSize: 50 });
        expect(new Set(only.hits.map((h) => h.organizationId))).toEqual(new Set([owner.organizationId]));
        expect(only.hits.map((h) => h.type).sort()).toContain("offer");

        const without = await search("Fräsen", { filters: { excludeOrganizationIds: [owner.organizationId!] } });
        expect(without.hits.some((h) => h.organizationId === owner.organizationId)).toBe(false);
        expect(without.total).toBeGreaterThan(0);
      });

      it("filters by publication time, so alerts list only what is new", async () => {
        const all = await search("", { filters: { type: "company" }, pageSize: 50 });
        // Fixture companies were published an hour apart from 2026-01-01; keep the last three hours.
        const from = Date.UTC(2026, 0, 1) / 1000 + (all.total - 3) * 3600;
        const recent = await search("", { filters: { type: "company", publishedFromTs: from }, pageSize: 50 });
        expect(recent.total).toBe(3);
        expect(companyNames(recent)).toEqual(companyNames(all).slice(0, 3));
      });

      it("filters by employees and by spoken language", async () => {
        expect(names(await search("", { filters: { employees: "E250_PLUS" } }))).toEqual(["Kovárna Beroun a.s."]);
        expect(names(await search("", { filters: { language: "pl" } }))).toEqual(["Schmied Logistik GmbH"]);
      });

      it("filters events by date", async () => {
        const inRange = await search("", { filters: { type: "event", dateFrom: "2027-03-10", dateTo: "2027-03-10" } });
        expect(inRange.hits.map((h) => h.slug)).toEqual([EVENT_SLUGS.published]);
        expect((await search("", { filters: { type: "event", dateFrom: "2027-03-11" } })).total).toBe(0);
      });

      it("lists everything matching the filters for an empty query, newest first", async () => {
        const r = await search("", { filters: { country: "CZ" }, pageSize: 50 });
        expect(r.total).toBe(5);
        expect(r.hits.every((h) => h.country === "CZ")).toBe(true);
        expect(companyNames(r)).toEqual([
          "Kovárna Beroun a.s.",
          "Kovář a syn s.r.o.",
          "Labe Metal s.r.o.",
          "Novák a spol. s.r.o.",
        ]);
      });
    });

    describe("what must never be found", () => {
      it("never shows an unpublished company", async () => {
        expect((await search("Geheimprojekt")).total).toBe(0);
        expect(names(await search("Fräsen", { pageSize: 50 }))).not.toContain("Geheimprojekt Fräsen GmbH");
      });

      it("never shows a deleted company or its offers", async () => {
        expect((await search("Verschwunden")).total).toBe(0);
        expect((await search("Svařované rámy")).total).toBe(0);
        // Děčín is a place: firms around it may show, the deleted one never.
        expect(names(await search("Děčín"))).not.toContain("Verschwunden Metall GmbH");
      });

      it("never shows cancelled or draft events", async () => {
        const r = await search("Metall", { filters: { type: "event" } });
        expect(r.hits.map((h) => h.slug)).toEqual([EVENT_SLUGS.published]);
      });

      it("never shows an expired offer", async () => {
        expect((await search("Schleifpapier")).total).toBe(0);
      });
    });

    describe("pages and hits", () => {
      it("pages through results without gaps or repeats", async () => {
        const all = await search("", { pageSize: 50 });
        const pages = await Promise.all([1, 2, 3, 4, 5].map((page) => search("", { page, pageSize: 3 })));
        const ids = pages.flatMap((p) => p.hits.map((h) => h.id));
        expect(pages.every((p) => p.total === all.total)).toBe(true);
        expect(ids).toEqual(all.hits.map((h) => h.id));
        expect(new Set(ids).size).toBe(14);
      });

      it("shows a listing's title in the visitor's language when there is one", async () => {
        const de = await search("Aluminiumteilen", { filters: { type: "offer" } });
        const cs = await search("Aluminiumteilen", { filters: { type: "offer" }, locale: "cs" });
        expect(de.hits[0].title).toBe("Fräsen von Aluminiumteilen");
        expect(cs.hits[0].title).toBe("Frézování hliníkových dílů");
      });

      it("returns what a result card needs", async () => {
        const [hit] = (await search("Richter")).hits;
        expect(hit).toMatchObject({
          type: "company",
          id: expect.stringMatching(/^company:/),
          name: "Richter Stahlbau GmbH",
          country: "DE",
          region: "de-sn-chemnitz",
          city: "Chemnitz",
          slug: expect.stringContaining("richter"),
          languages: ["de"],
          startsAt: null,
        });
      });
    });

    // Last in the suite: the companies added here would change the counts asserted above.
    describe("places, countries and stop words", () => {
      const liberec = { name: "Liberec", lat: 50.7677, lon: 14.9721 };

      beforeAll(async () => {
        const summary = await importCompanies(t.db, PLACE_COMPANIES);
        if (summary.issues.length) throw new Error(`place fixtures failed: ${JSON.stringify(summary.issues)}`);
        const r = await drainOutbox(t.db, engine);
        if (r.failed) throw new Error(`indexing failed for ${r.failed} outbox rows`);
      });

      it("'Logistik in Liberec' finds the carrier in a small town near Liberec, not the one in Dresden", async () => {
        for (const q of ["Logistik in Liberec", "logistika v Liberci", "logistics near Liberec", "Liberec Logistik"]) {
          const found = companyNames(await search(q));
          expect(found, q).toContain("Nisa Trans s.r.o.");
          expect(found, q).not.toContain("Elbe Cargo GmbH");
        }
      });

      it("takes the place as a place, not as a word of the text", async () => {
        // Nisa Trans names Drážďany in its text, but it is 80 km away.
        const found = companyNames(await search("Logistik in Dresden"));
        expect(found).toContain("Elbe Cargo GmbH");
        expect(found).not.toContain("Nisa Trans s.r.o.");
      });

      it("keeps a place word that is part of a company name as a word of the name", async () => {
        // Labe is also a village in the Liberec region, far from Labe Metal in Ústí nad Labem.
        expect(names(await search("Labe Metal"))[0]).toBe("Labe Metal s.r.o.");
      });

      it("lists the firms of a place nearest first", async () => {
        expect(companyNames(await search("Hrádek nad Nisou"))[0]).toBe("Nisa Trans s.r.o.");
      });

      it("filters by a radius around a place", async () => {
        const near = (radiusKm: number) => search("", { filters: { type: "company", near: { ...liberec, radiusKm } } });
        expect(companyNames(await near(25))).toEqual(
          expect.arrayContaining(["Nisa Trans s.r.o.", "Kovář a syn s.r.o.", "Lakovna Jablonec s.r.o."]),
        );
        // Hrádek nad Nisou is about 13 km from Liberec.
        expect(companyNames(await near(10))).toContain("Kovář a syn s.r.o.");
        expect(companyNames(await near(10))).not.toContain("Nisa Trans s.r.o.");
        expect(companyNames(await near(25))).not.toContain("Elbe Cargo GmbH");
      });

      it("'Pulverbeschichtung Tschechien' finds the Czech powder coater and no German firm", async () => {
        const r = await search("Pulverbeschichtung Tschechien");
        expect(companyNames(r)).toContain("Lakovna Jablonec s.r.o.");
        expect(r.hits.every((h) => h.country === "CZ")).toBe(true);
        const de = await search("práškové lakování Německo");
        expect(companyNames(de)).toContain("Oberflächentechnik Zittau GmbH");
        expect(de.hits.every((h) => h.country === "DE")).toBe(true);
      });

      it("reads region words as filters", async () => {
        expect(companyNames(await search("Pulverbeschichtung Liberecký kraj"))).toEqual(["Lakovna Jablonec s.r.o."]);
        const saxony = await search("powder coating Saxony");
        expect(companyNames(saxony)).toContain("Oberflächentechnik Zittau GmbH");
        expect(saxony.hits.every((h) => h.region?.startsWith("de-sn-"))).toBe(true);
      });

      it("ignores stop words, which no text has to contain", async () => {
        const coaters = ["Lakovna Jablonec s.r.o.", "Oberflächentechnik Zittau GmbH"];
        expect(companyNames(await search("Firma für Pulverbeschichtung"))).toEqual(expect.arrayContaining(coaters));
        expect(companyNames(await search("dodavatel pro práškové lakování"))).toEqual(expect.arrayContaining(coaters));
        expect(companyNames(await search("supplier of powder coating"))).toEqual(expect.arrayContaining(coaters));
      });

      it("never matches the languages a company speaks as text", async () => {
        // Elbe Cargo speaks Czech but writes nothing about it.
        expect(companyNames(await search("Tschechisch"))).not.toContain("Elbe Cargo GmbH");
        expect(companyNames(await search("čeština"))).not.toContain("Elbe Cargo GmbH");
      });
    });
  });
}

searchContract("postgres", () => ({ create: (db) => createPostgresSearchEngine(db) }));

const meiliHost = process.env.MEILI_HOST;
if (meiliHost) {
  const indexName = `contract_${randomBytes(4).toString("hex")}`;
  searchContract("meilisearch", () => ({
    create: () =>
      createMeilisearchEngine({
        host: meiliHost,
        apiKey: process.env.MEILI_API_KEY || process.env.MEILI_MASTER_KEY,
        indexName,
      }),
    cleanup: async () => {
      const { Meilisearch } = await import("meilisearch");
      await new Meilisearch({
        host: meiliHost,
        apiKey: process.env.MEILI_API_KEY || process.env.MEILI_MASTER_KEY,
      }).deleteIndexIfExists(indexName);
    },
  }));
} else {
  console.warn("search contract: Meilisearch suite skipped because MEILI_HOST is not set");
  describe.skip("search contract: meilisearch (set MEILI_HOST to run)", () => {
    it("runs the same contract against Meilisearch", () => {});
  });
}
