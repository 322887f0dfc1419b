// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { withTestSession } from "@/lib/auth/test-session";
import { importParticipantsAction } from "@/lib/events/actions/import-participants";
import { readTable, TABLE_MAX_BYTES } from "@/lib/import/table-file";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { createCompany, createEvent, createOrganizer } from "./support/events";

afterAll(() => testDb.drop());
beforeEach(() => resetAllLimits());

const suffix = () => Math.random().toString(36).slice(2, 8);

/** Two companies with profiles: a Czech one with an IČO and a German one found by name and city. */
async function portal() {
  const organizer = await createOrganizer();
  const event = await createEvent(organizer.org.id, { capacity: 10 });
  const czech = await createCompany({ name: `Sklárna Nový Bor ${suffix()}`, country: "CZ" });
  const ico = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  await testDb.db.organization.update({ where: { id: czech.org.id }, data: { ico, city: "Nový Bor" } });
  const german = await createCompany({ name: `Drechslerei Seiffen ${suffix()}` });
  await testDb.db.organization.update({ where: { id: german.org.id }, data: { city: "Seiffen" } });
  return { organizer, event, czech: { ...czech, ico, name: (await testDb.db.organization.findUniqueOrThrow({ where: { id: czech.org.id } })).name }, german: { ...german, name: (await testDb.db.organization.findUniqueOrThrow({ where: { id: german.org.id } })).name } };
}

function upload(eventId: string, name: string, bytes: Uint8Array, commit: boolean) {
  const form = new FormData();
  form.set("eventId", eventId);
  form.set("file", new File([Buffer.from(bytes)], name));
  if (commit) form.set("commit", "1");
  return form;
}

const run = (user: { id: string }, form: FormData, locale: "de" | "cs" | "en" = "de") =>
  withTestSession(user, () => importParticipantsAction(form), { locale });

describe("reading lists", () => {
  it("reads Windows-1250 with semicolons, Windows-1252 with tabs and UTF-8 with a BOM, with any case of headers", async () => {
    const czech = iconv.encode("FIRMA;Město;Účastník\r\nŽelezárny Třinec;Třinec;Jiří Černý\r\n;;\r\n", "windows-1250");
    const t1 = await readTable({ name: "liste.csv", bytes: czech });
    expect(t1.encoding).toBe("windows-1250");
    expect(t1.headers).toEqual(["FIRMA", "Město", "Účastník"]);
    expect(t1.rows).toEqual([{ line: 2, cells: { FIRMA: "Železárny Třinec", Město: "Třinec", Účastník: "Jiří Černý" }, problems: [] }]);

    const german = iconv.encode("Firma\tOrt\tTeilnehmer\nMüller & Söhne GmbH\tGroßenhain\tJürgen Weiß\n", "windows-1252");
    const t2 = await readTable({ name: "liste.txt", bytes: german });
    expect(t2.encoding).toBe("windows-1252");
    expect(t2.rows[0].cells).toEqual({ Firma: "Müller & Söhne GmbH", Ort: "Großenhain", Teilnehmer: "Jürgen Weiß" });

    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('company,participant\n"Sklo, s.r.o.",Eva Malá\n')]);
    const t3 = await readTable({ name: "list.csv", bytes: bom });
    expect(t3.headers).toEqual(["company", "participant"]);
    expect(t3.rows[0].cells.company).toBe("Sklo, s.r.o.");
  });

  it("reads a merged XLSX cell as its top-left value in every row it covers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("List");
    sheet.addRow(["Company", "Participant"]);
    sheet.addRow(["Glashütte Pirna", "Anna Berg"]);
    sheet.addRow([null, "Paul Stein"]);
    sheet.mergeCells("A2:A3");
    const table = await readTable({ name: "list.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    expect(table.rows.map((r) => r.cells)).toEqual([
      { Company: "Glashütte Pirna", Participant: "Anna Berg" },
      { Company: "Glashütte Pirna", Participant: "Paul Stein" },
    ]);
  });

  it("refuses a file over the size limit and one that is not CSV or XLSX", async () => {
    await expect(readTable({ name: "big.csv", bytes: new Uint8Array(TABLE_MAX_BYTES + 1) })).rejects.toMatchObject({ problem: "tooLarge" });
    await expect(readTable({ name: "list.pdf", bytes: Buffer.from("%PDF-1.7") })).rejects.toMatchObject({ problem: "unsupported" });
  });
});

describe("importing participants", () => {
  it("previews an XLSX list with per-row errors in the organizer's language and imports nothing while any row fails", async () => {
    const { organizer, event, czech, german } = await portal();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Teilnehmer");
    sheet.addRow(["Firma", "Ort", "IČO", "Teilnehmer", "Weitere Personen"]);
    sheet.addRow(["", "", czech.ico, "Jana Nováková", "Petr Dvořák; Eva Malá"]);
    sheet.addRow([german.name, "Seiffen", "", { formula: 'CONCATENATE("Max ","Mustermann")', result: "Max Mustermann" }, ""]);
    sheet.addRow([]);
    sheet.addRow(["Unbekannt GmbH", "Dresden", "", "Otto Normal", ""]);
    sheet.addRow([german.name, "Seiffen", "", { formula: "A1&B1" }, ""]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const preview = await run(organizer.user, upload(event.id, "liste.xlsx", bytes, false));
    expect(preview).toMatchObject({ ok: true, data: { total: 4, failed: 2, imported: 0 } });
    const rows = preview.ok ? preview.data.rows : [];
    expect(rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, []],
      [5, ["Keine Firma mit diesen Angaben hat ein Profil im Portal."]],
      [
        6,
        [
          "Die Formel in Spalte „Teilnehmer“ hat keinen gespeicherten Wert. Bitte die Datei in der Tabellenkalkulation öffnen und erneut speichern.",
          "Spalte „Teilnehmer“ ist leer.",
          "Dieselbe Firma steht schon in Zeile 3.",
        ],
      ],
    ]);
    // Found by its IČO alone.
    expect(rows[0]).toMatchObject({ company: czech.name, participants: ["Jana Nováková", "Petr Dvořák", "Eva Malá"] });
    expect(rows[1].participants).toEqual(["Max Mustermann"]);

    const refused = await run(organizer.user, upload(event.id, "liste.xlsx", bytes, true), "cs");
    expect(refused).toMatchObject({ ok: false, formError: "2 řádky jsou chybné; nic nebylo registrováno." });
    expect(await testDb.db.eventRegistration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("imports a corrected list in one go: confirmed registrations with one check-in code per person, refused a second time", async () => {
    const { organizer, event, czech, german } = await portal();
    const csv = `company;city;ico;participant;colleagues;languages\n;;${czech.ico};Jana Nováková;Petr Dvořák;cs,de\n${german.name.toUpperCase()};seiffen;;Max Mustermann;;de\n`;
    const done = await run(organizer.user, upload(event.id, "list.csv", Buffer.from(csv), true), "en");
    expect(done).toMatchObject({ ok: true, data: { imported: 2, failed: 0 } });
    const registrations = await testDb.db.eventRegistration.findMany({
      where: { eventId: event.id },
      include: { attendees: { orderBy: { createdAt: "asc" } } },
      orderBy: { participantName: "asc" },
    });
    expect(registrations.map((r) => [r.organizationId, r.status, r.attendees.map((a) => a.name)])).toEqual([
      [czech.org.id, "CONFIRMED", ["Jana Nováková", "Petr Dvořák"]],
      [german.org.id, "CONFIRMED", ["Max Mustermann"]],
    ]);
    expect(new Set(registrations.flatMap((r) => r.attendees.map((a) => a.checkInCode))).size).toBe(3);
    expect(await testDb.db.auditLog.count({ where: { action: "event.import", entityId: event.id } })).toBe(1);

    const again = await run(organizer.user, upload(event.id, "list.csv", Buffer.from(csv), false), "en");
    expect(again.ok && again.data.rows.map((r) => r.errors)).toEqual([[`${czech.name} is already registered.`], [`${german.name} is already registered.`]]);
  });

  it("refuses a list larger than the free places, and a list without the required columns", async () => {
    const { organizer, czech, german } = await portal();
    const small = await createEvent(organizer.org.id, { capacity: 1 });
    const csv = `company,city,participant\n${czech.name},Nový Bor,Jana\n${german.name},Seiffen,Max\n`;
    expect(await run(organizer.user, upload(small.id, "list.csv", Buffer.from(csv), true))).toMatchObject({
      ok: false,
      code: "conflict",
      formError: "Die Liste hat 2 Firmen, aber es ist nur 1 Platz frei; es wurde nichts angemeldet.",
    });
    expect(await testDb.db.eventRegistration.count({ where: { eventId: small.id } })).toBe(0);

    expect(await run(organizer.user, upload(small.id, "list.csv", Buffer.from("Name;Ort\nA;B\n"), false))).toMatchObject({
      ok: false,
      fieldErrors: { file: "Es fehlen Spalten: Teilnehmer." },
    });
  });
});
