// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { GET as participantsRoute } from "@/app/api/organizer/events/[id]/participants/route";
import { GET as meetingsRoute } from "@/app/api/organizer/events/[id]/meetings/route";
import { createCompany, createEvent, createOrganizer, meetingRequest, registerDirectly } from "./support/events";

afterAll(() => testDb.drop());

const call = (route: typeof participantsRoute, eventId: string, locale: string) =>
  route(new Request(`http://localhost/api/organizer/events/${eventId}/x?locale=${locale}`), { params: Promise.resolve({ id: eventId }) });

/** Reads the bytes the browser would save, the way Excel would: BOM first, then UTF-8. */
async function download(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { bytes, text, lines: text.replace(/^\uFEFF/, "").split("\r\n") };
}

describe("CSV exports", () => {
  it("participants: UTF-8 with BOM, semicolons, Czech and German characters intact, formulas defused", async () => {
    const organizer = await createOrganizer();
    const event = await createEvent(organizer.org.id);
    const czech = await createCompany({ name: "Sklárna Ústí nad Labem; s.r.o." });
    await testDb.db.organization.update({ where: { id: czech.org.id }, data: { city: "Ústí nad Labem", country: "CZ" } });
    const german = await createCompany({ name: "Großröhrsdorfer Weberei GmbH" });
    await registerDirectly(event.id, czech, { name: "Jiří Dvořák", languages: ["cs", "de"] });
    const sneaky = await registerDirectly(event.id, german, { name: "=HYPERLINK(\"http://evil.example\")" });
    await testDb.db.eventRegistration.update({ where: { id: sneaky.id }, data: { note: "Zwirn, Garn \"extra fein\"" } });

    const response = await withTestSession(organizer.user, () => call(participantsRoute, event.id, "cs"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=".+-participants\.csv"/);
    const { bytes, lines } = await download(response);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0].split(";").slice(0, 4)).toEqual(["Firma", "Země", "Obec", "Účastník"]);
    const czechLine = lines.find((l) => l.includes("Sklárna"))!;
    expect(czechLine.startsWith('"Sklárna Ústí nad Labem; s.r.o.";CZ;Ústí nad Labem;Jiří Dvořák;')).toBe(true);
    const germanLine = lines.find((l) => l.includes("Großröhrsdorfer"))!;
    // The apostrophe keeps Excel from running the "formula"; the quotes are doubled inside a quoted field.
    expect(germanLine).toContain(`;"'=HYPERLINK(""http://evil.example"")";`);
    expect(germanLine).toContain('Zwirn, Garn ""extra fein""');
    expect(lines.at(-1)).toBe("");
  });

  it("meetings: one line per accepted request with time, table and who meets whom", async () => {
    const organizer = await createOrganizer();
    const event = await createEvent(organizer.org.id);
    const a = await registerDirectly(event.id, await createCompany({ name: "Müller Drehteile" }), { languages: ["de"] });
    const b = await registerDirectly(event.id, await createCompany({ name: "Šťastný a syn" }), { languages: ["cs"] });
    const request = await meetingRequest(event.id, a, b, "ACCEPTED");
    await testDb.db.meeting.create({
      data: { eventId: event.id, requestId: request.id, startsAt: event.startsAt, endsAt: new Date(event.startsAt.getTime() + 20 * 60_000), tableNumber: 4 },
    });
    const { lines } = await download(await withTestSession(organizer.user, () => call(meetingsRoute, event.id, "de")));
    expect(lines[0]).toBe("Beginn;Ende;Tisch;Anfragendes Unternehmen;Person;Angefragtes Unternehmen;Person;Dolmetscher;Hinweis");
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} 09:00;\d{4}-\d{2}-\d{2} 09:20;4;Müller Drehteile;Test Teilnehmer;Šťastný a syn;Test Teilnehmer;ja;$/);
  });

  it("only the organizer's staff can download", async () => {
    const organizer = await createOrganizer();
    const other = await createOrganizer("Andere Kammer");
    const event = await createEvent(organizer.org.id);
    expect((await withTestSession(other.user, () => call(participantsRoute, event.id, "de"))).status).toBe(404);
    expect((await withTestSession(null, () => call(meetingsRoute, event.id, "de"))).status).toBe(401);
  });
});
