// SPDX-License-Identifier: EUPL-1.2
/**
 * "Suggested for you" on an event's participants page: only companies confirmed for the event
 * are suggested, and what the viewer wrote in its registration counts as what it seeks.
 */
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCompanies } from "@/lib/import/import-companies";
import { eventPartnerSuggestions } from "@/lib/partners/queries";
import { getSearchEngine } from "@/lib/search";
import { drainOutbox } from "@/lib/search/worker";
import { createCompany, createEvent, createOrganizer, registerDirectly } from "./support/events";

// The page's engine comes from the environment; this file indexes into the portal's own tables.
delete process.env.MEILI_HOST;

const welder = (externalId: string, name: string, country: "DE" | "CZ", title: Record<string, string>) => ({
  externalId,
  name,
  country,
  languages: country === "DE" ? ["de"] : ["cs"],
  industries: ["25.11"],
  description: country === "DE" ? { de: "Metallbau." } : { cs: "Kovovýroba." },
  offers: [{ title }],
});

let ids: Map<string, string>;

beforeAll(async () => {
  const summary = await importCompanies(testDb.db, [
    welder("ev-confirmed", "Schweißerei Heidenau GmbH", "DE", { de: "Schweißen von Rahmen" }),
    welder("ev-pending", "Svářečská dílna Rumburk s.r.o.", "CZ", { cs: "Svařování rámů" }),
    welder("ev-absent", "Schweißtechnik Radebeul GmbH", "DE", { de: "Schweißen von Gestellen" }),
  ]);
  if (summary.issues.length) throw new Error(JSON.stringify(summary.issues));
  const rows = await testDb.db.organization.findMany({ where: { externalId: { startsWith: "ev-" } } });
  ids = new Map(rows.map((r) => [r.externalId!, r.id]));
  const indexed = await drainOutbox(testDb.db, getSearchEngine());
  if (indexed.failed) throw new Error(`indexing failed for ${indexed.failed} outbox rows`);
});

afterAll(() => testDb.drop());

async function participant(eventId: string, externalId: string, status: "CONFIRMED" | "PENDING") {
  const orgId = ids.get(externalId)!;
  return testDb.db.eventRegistration.create({
    data: { eventId, organizationId: orgId, status, participantName: externalId, languages: ["de"] },
  });
}

describe("partner suggestions at an event", () => {
  it("suggests only confirmed participants, from what the viewer wrote when registering", async () => {
    const { org: organizer } = await createOrganizer();
    const event = await createEvent(organizer.id);
    const viewer = await createCompany({ name: "Karosárna Varnsdorf", country: "CZ", languages: ["cs", "de"] });
    const mine = await registerDirectly(event.id, viewer);
    await participant(event.id, "ev-confirmed", "CONFIRMED");
    await participant(event.id, "ev-pending", "PENDING");

    // The viewer's company has no listings: only its registration says what it seeks.
    const registration = {
      id: mine.id,
      eventId: event.id,
      organizationId: viewer.org.id,
      note: null,
      lookingFor: "Hledáme partnera pro svařování rámů",
    };
    const result = await eventPartnerSuggestions(registration, "cs");
    expect(result?.suggestions.map((s) => s.organization.name)).toEqual(["Schweißerei Heidenau GmbH"]);
    expect(result?.suggestions[0].reasons[0]).toMatchObject({
      kind: "offers",
      conceptId: "welding",
      label: "svařování",
    });
    expect(result?.sought).toEqual(["welding"]);
  });

  it("suggests nobody when the viewer is the only confirmed participant", async () => {
    const { org: organizer } = await createOrganizer();
    const event = await createEvent(organizer.id);
    const viewer = await createCompany({ country: "CZ" });
    const mine = await registerDirectly(event.id, viewer);
    await participant(event.id, "ev-pending", "PENDING");
    const result = await eventPartnerSuggestions(
      { id: mine.id, eventId: event.id, organizationId: viewer.org.id, note: null, lookingFor: "svařování" },
      "cs",
    );
    expect(result?.suggestions).toEqual([]);
  });
});
