// SPDX-License-Identifier: EUPL-1.2
/**
 * Partner suggestions through the search engine: a fixed portal of German, Czech and English
 * texts on both sides of the border, ten scripted viewer → partner cases in different language
 * pairs, and the rules every suggestion list keeps. Runs on PostgreSQL always and on
 * Meilisearch when MEILI_HOST points at a server.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/prisma";
import type { Lang } from "../../lib/i18n/localized";
import { translatorFor } from "../../lib/i18n/translator";
import { MAX_CONCEPTS_PER_DIRECTION } from "../../lib/partners/concepts";
import { suggestPartners, type SuggestOptions } from "../../lib/partners/suggest";
import { createMeilisearchEngine } from "../../lib/search/engines/meilisearch";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import { splitHighlights } from "../../lib/search/highlight";
import type { SearchEngine } from "../../lib/search/types";
import { drainOutbox } from "../../lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { CASES, loadPartnerFixtures } from "./support/partner-fixtures";

interface EngineFactory {
  create(db: Db): SearchEngine;
  cleanup?(): Promise<void>;
}

const marked = (snippet: string) =>
  splitHighlights(snippet)
    .filter((p) => p.match)
    .map((p) => p.text);

function partnerSuite(label: string, factory: () => EngineFactory) {
  describe(`partner suggestions: ${label}`, () => {
    let t: TestDatabase;
    let engine: SearchEngine;
    let cleanup: (() => Promise<void>) | undefined;
    let ids: Map<string, string>;
    let externalIds: Map<string, string>;

    const id = (externalId: string) => {
      const found = ids.get(externalId);
      if (!found) throw new Error(`no fixture ${externalId}`);
      return found;
    };
    const suggest = (viewer: string, locale: Lang, extra: Partial<SuggestOptions> = {}, using = engine) =>
      suggestPartners(using, t.db, { organizationId: id(viewer), locale, limit: 10, ...extra });
    const suggestedIds = async (viewer: string, locale: Lang, extra: Partial<SuggestOptions> = {}) =>
      (await suggest(viewer, locale, extra)).suggestions.map((s) => externalIds.get(s.organization.id));

    beforeAll(async () => {
      t = await createTestDatabase();
      const f = factory();
      engine = f.create(t.db);
      cleanup = f.cleanup;
      ids = await loadPartnerFixtures(t.db);
      externalIds = new Map([...ids].map(([ext, orgId]) => [orgId, ext]));
      const r = await drainOutbox(t.db, engine);
      if (r.failed) throw new Error(`indexing failed for ${r.failed} outbox rows`);
    });

    afterAll(async () => {
      await cleanup?.();
      await t?.drop();
    });

    it("ranks the expected partner in the top 3 for at least 8 of the 10 scripted cases", async () => {
      const rows = [];
      for (const c of CASES) {
        const result = await suggest(c.viewer, c.locale);
        const index = result.suggestions.findIndex((s) => s.organization.id === id(c.partner));
        const found = result.suggestions[index];
        rows.push({
          case: `${c.pair} ${c.viewer} → ${c.partner}`,
          rank: index === -1 ? null : index + 1,
          // The partner must be there for the scripted reason, not by accident.
          reason: found?.reasons.some((r) => r.kind === c.kind) ? c.kind : found ? "other" : "-",
          top3: result.suggestions
            .slice(0, 3)
            .map((s) => s.organization.name)
            .join(" | "),
        });
      }
      console.log(
        `partner suggestions (${label}): per-case ranks\n${rows.map((r) => `  #${r.rank ?? "-"} ${r.case} [${r.reason}] top: ${r.top3}`).join("\n")}`,
      );
      const inTop3 = rows.filter((r) => r.rank !== null && r.rank <= 3 && r.reason !== "other");
      expect(inTop3.length, JSON.stringify(rows, null, 2)).toBeGreaterThanOrEqual(8);
    });

    it("names the concept in the viewer's language and marks the partner's own words (cs viewer, German partner)", async () => {
      const result = await suggest("v-cs-welding", "cs");
      const partner = result.suggestions.find((s) => s.organization.id === id("p-schweiss-elbtal"));
      const reason = partner?.reasons.find((r) => r.kind === "offers" && r.conceptId === "welding");
      expect(reason?.label).toBe("svařování");
      expect(translatorFor("cs")("Partners.reason.offers", { concept: reason!.label })).toBe(
        "Nabízí, co hledáte: svařování",
      );
      expect(reason?.snippetLang).toBe("de");
      expect(marked(reason!.snippet).join(" ")).toMatch(/schwei/i);
      expect(partner?.organization).toMatchObject({ name: "Schweißtechnik Elbtal GmbH", country: "DE", city: "Pirna" });
    });

    it("explains an English viewer's match in English while marking the Czech original", async () => {
      const result = await suggest("v-en-heat", "en");
      const reason = result.suggestions
        .find((s) => s.organization.id === id("p-kalirna-chomutov"))
        ?.reasons.find((r) => r.conceptId === "heat-treatment");
      expect(reason?.label).toBe("heat treatment");
      expect(translatorFor("en")("Partners.reason.offers", { concept: reason!.label })).toBe(
        "Offers heat treatment, which you are looking for",
      );
      expect(reason?.snippetLang).toBe("cs");
      expect(marked(reason!.snippet).join(" ")).toMatch(/kalení|tepelné zpracování/i);
    });

    it("explains the other direction: the partner seeks what the viewer offers", async () => {
      const result = await suggest("v-de-powder", "de");
      const reason = result.suggestions
        .find((s) => s.organization.id === id("p-strojirna-teplice"))
        ?.reasons.find((r) => r.kind === "seeks");
      expect(reason).toMatchObject({ conceptId: "powder-coating", label: "Pulverbeschichtung" });
      expect(reason?.listingTitle).toBe("Poptáváme práškové lakování ocelových dílů");
      expect(marked(reason!.snippet).join(" ")).toMatch(/práškové lakování/i);
    });

    it("never suggests the viewer's own company, even when its own offer matches its request", async () => {
      for (const c of CASES) {
        const found = await suggestedIds(c.viewer, c.locale);
        expect(found, c.viewer).not.toContain(c.viewer);
      }
    });

    it("ranks the partner across the border above the equal one at home, seen from either side", async () => {
      const fromCzechia = await suggestedIds("v-cs-welding", "cs");
      const fromGermany = await suggestedIds("v-de-welding", "de");
      expect(fromCzechia.indexOf("p-schweiss-elbtal")).toBeGreaterThanOrEqual(0);
      expect(fromCzechia.indexOf("p-schweiss-elbtal")).toBeLessThan(fromCzechia.indexOf("p-svarovna-kadan"));
      expect(fromGermany.indexOf("p-svarovna-kadan")).toBeGreaterThanOrEqual(0);
      expect(fromGermany.indexOf("p-svarovna-kadan")).toBeLessThan(fromGermany.indexOf("p-schweiss-elbtal"));
    });

    it("suggests a company that only seeks welding for what the viewer offers, never as a welding supplier", async () => {
      const result = await suggest("v-cs-welding", "cs");
      const seeker = result.suggestions.find((s) => s.organization.id === id("p-hledame-svarece"));
      expect(seeker?.reasons.map((r) => r.kind)).toEqual(["seeks"]);
    });

    it("never suggests a company as a supplier of what its profile says it is looking for", async () => {
      for (const [viewer, locale] of [["v-en-powder", "en"], ["v-cs-welding", "cs"]] as const) {
        const result = await suggest(viewer, locale);
        const seeker = result.suggestions.find((s) => s.organization.id === id("p-sucht-pulver"));
        expect(seeker?.reasons.filter((r) => r.kind === "offers") ?? []).toEqual([]);
      }
    });

    it("reads what the viewer's own profile seeks as a seek, not as an offer", async () => {
      const result = await suggest("p-sucht-pulver", "de");
      expect(result.provided.some((c) => c.includes("powder"))).toBe(false);
      expect(result.sought.some((c) => c.includes("powder"))).toBe(true);
      expect(result.suggestions.map((s) => externalIds.get(s.organization.id))).toContain("p-pulverlack-goerlitz");
    });

    it("keeps suggestions among an event's participants and asks the engine nothing for an empty list", async () => {
      let calls = 0;
      const counting: SearchEngine = { ...engine, search: (q) => (calls++, engine.search(q)) };
      const among = await suggest("v-cs-welding", "cs", { amongOrganizationIds: [id("p-svarovna-kadan")] }, counting);
      expect(among.suggestions.map((s) => s.organization.id)).toEqual([id("p-svarovna-kadan")]);
      expect(calls).toBeGreaterThan(0);
      expect(calls).toBeLessThanOrEqual(3 * MAX_CONCEPTS_PER_DIRECTION);

      calls = 0;
      const none = await suggest("v-cs-welding", "cs", { amongOrganizationIds: [] }, counting);
      const onlySelf = await suggest("v-cs-welding", "cs", { amongOrganizationIds: [id("v-cs-welding")] }, counting);
      expect(none.suggestions).toEqual([]);
      expect(onlySelf.suggestions).toEqual([]);
      expect(calls).toBe(0);
    });

    it("uses what a company wrote in its event registration when it has no listings", async () => {
      const bare = await t.db.organization.create({
        data: {
          slug: `bare-${randomBytes(3).toString("hex")}`,
          name: "Nová firma s.r.o.",
          country: "CZ",
          languages: ["cs"],
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
      });
      const plain = await suggestPartners(engine, t.db, { organizationId: bare.id, locale: "cs" });
      expect(plain).toMatchObject({ suggestions: [], sought: [], provided: [], publishedListings: 0 });

      const registered = await suggestPartners(engine, t.db, {
        organizationId: bare.id,
        locale: "cs",
        extraSeeks: ["Na burze hledáme partnera pro svařování"],
        amongOrganizationIds: [id("p-schweiss-elbtal"), id("p-frezarna-most")],
      });
      expect(registered.suggestions.map((s) => s.organization.id)).toEqual([id("p-schweiss-elbtal")]);
      expect(registered.suggestions[0].reasons[0]).toMatchObject({ kind: "offers", label: "svařování" });
    });

    it("leaves out companies the viewer blocked or was blocked by", async () => {
      await t.db.companyBlock.create({
        data: { blockerOrganizationId: id("p-svarovna-kadan"), blockedOrganizationId: id("v-de-welding") },
      });
      try {
        expect(await suggestedIds("v-de-welding", "de")).not.toContain("p-svarovna-kadan");
      } finally {
        await t.db.companyBlock.deleteMany({ where: { blockerOrganizationId: id("p-svarovna-kadan") } });
      }
      expect(await suggestedIds("v-de-welding", "de")).toContain("p-svarovna-kadan");
    });
  });
}

partnerSuite("postgres", () => ({ create: (db) => createPostgresSearchEngine(db) }));

const meiliHost = process.env.MEILI_HOST;
if (meiliHost) {
  const indexName = `partners_${randomBytes(4).toString("hex")}`;
  partnerSuite("meilisearch", () => ({
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
  console.warn("partner suggestions: Meilisearch suite skipped because MEILI_HOST is not set");
  describe.skip("partner suggestions: meilisearch (set MEILI_HOST to run)", () => {
    it("runs the same cases against Meilisearch", () => {});
  });
}
