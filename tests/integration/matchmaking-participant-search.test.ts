// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, describe, expect, it } from "vitest";
import { browseParticipants } from "@/lib/matchmaking/queries";
import { createCompany, createEvent, createOrganizer, registerDirectly } from "./support/events";

const db = testDb.db;
afterAll(() => testDb.drop());

/** A confirmed participant whose company is filed under the given NACE codes, and says nothing else. */
async function participant(eventId: string, name: string, industries: string[]) {
  const company = await createCompany({ name });
  await db.organizationIndustry.createMany({ data: industries.map((industryCode) => ({ organizationId: company.org.id, industryCode })) });
  return registerDirectly(eventId, company, { name: `${name} Person` });
}

describe("searching the participants of a matchmaking day", () => {
  it("finds companies by the trade words of their industry, as the industry picker does", async () => {
    const organizer = await createOrganizer();
    const event = await createEvent(organizer.org.id);
    const self = await participant(event.id, "Suchende GmbH", []);
    await participant(event.id, "Konstrukce Děčín s.r.o.", ["25.11"]);
    await participant(event.id, "Lagerhaus Pirna GmbH", ["52.10"]);
    await participant(event.id, "Bäckerei Sonnenschein", ["10.71"]);

    const names = async (q: string, side?: "offers" | "seeks") =>
      (await browseParticipants(event.id, self.id, { q, side })).map((p) => p.organization.name).sort();

    // None of them wrote these words: only their industry connects them to the search.
    expect(await names("Stahlbau")).toEqual(["Konstrukce Děčín s.r.o."]);
    expect(await names("ocelové konstrukce")).toEqual(["Konstrukce Děčín s.r.o."]);
    expect(await names("Logistik")).toEqual(["Lagerhaus Pirna GmbH"]);
    expect(await names("Stahlbau", "offers")).toEqual(["Konstrukce Děčín s.r.o."]);
    // An industry is what a company does, not what it is looking for.
    expect(await names("Stahlbau", "seeks")).toEqual([]);
    // Names still match as typed.
    expect(await names("Sonnenschein")).toEqual(["Bäckerei Sonnenschein"]);
  });
});
