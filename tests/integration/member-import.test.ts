// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { withTestSession } from "@/lib/auth/test-session";
import { checkMemberListAction } from "@/lib/import/actions/check-member-list";
import { confirmImportColumnsAction } from "@/lib/import/actions/confirm-import-columns";
import { memberImportStatusAction } from "@/lib/import/actions/member-import-status";
import { RUN_INTERRUPTED_AFTER_MS } from "@/lib/import/import-runs";
import { startMemberImportAction } from "@/lib/import/actions/start-member-import";
import { uploadMemberListAction } from "@/lib/import/actions/upload-member-list";
import { listingInstitutions } from "@/lib/import/listed-by";
import type { MemberField } from "@/lib/import/member-columns";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { createOrganization, createUser } from "./support/accounts";

afterAll(() => testDb.drop());
beforeEach(() => resetAllLimits());

const suffix = () => Math.random().toString(36).slice(2, 8);
type User = { id: string };
type Locale = "de" | "cs" | "en";

/** A chamber with an admin and a staff member. */
async function chamber(name: string) {
  const [admin, staff] = await Promise.all([createUser(), createUser()]);
  const org = await createOrganization(
    [
      { user: admin, role: "INSTITUTION_ADMIN" },
      { user: staff, role: "INSTITUTION_STAFF" },
    ],
    { kind: "INSTITUTION", name: `${name} ${suffix()}` },
  );
  return { org, admin, staff };
}

const as = <T>(user: User, fn: () => Promise<T>, locale: Locale = "de") => withTestSession(user, fn, { locale });

function form(institutionId: string, name: string, bytes: Uint8Array) {
  const f = new FormData();
  f.set("institutionId", institutionId);
  f.set("file", new File([Buffer.from(bytes)], name));
  return f;
}

async function upload(user: User, institutionId: string, name: string, bytes: Uint8Array, locale: Locale = "de") {
  const result = await as(user, () => uploadMemberListAction(form(institutionId, name, bytes)), locale);
  if (!result.ok) throw new Error(`upload refused: ${result.formError ?? JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

/** Confirms the proposed columns (with changes), checks the whole list and imports it. */
async function importList(user: User, runId: string, mapping: Record<string, MemberField | null>, overwriteLines: number[] = []) {
  const preview = await as(user, () => confirmImportColumnsAction({ runId, mapping }));
  expect(preview.ok, JSON.stringify(preview)).toBe(true);
  const dry = await as(user, () => checkMemberListAction({ runId, whole: true }));
  if (!dry.ok) throw new Error(JSON.stringify(dry));
  const started = await as(user, () => startMemberImportAction({ runId, overwriteLines }));
  expect(started.ok, JSON.stringify(started)).toBe(true);
  let status;
  for (let i = 0; i < 200; i++) {
    const polled = await as(user, () => memberImportStatusAction({ runId }));
    if (!polled.ok) throw new Error(JSON.stringify(polled));
    status = polled.data;
    if (status.status === "DONE" || status.status === "FAILED") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { dry: dry.data, status: status! };
}

const mappingOf = (list: { columns: { heading: string; field: MemberField | null }[] }) => Object.fromEntries(list.columns.map((c) => [c.heading, c.field]));

function czechList(rows: string[][]) {
  const text = ["Číslo člena;Firma;IČO;Město;country;contactEmail;offers.cs", ...rows.map((r) => r.join(";"))].join("\r\n") + "\r\n";
  return iconv.encode(text, "windows-1250");
}

describe("the browser import", () => {
  it("maps a chamber's own headings, remembers them, previews in the staff member's language and imports with progress", async () => {
    const { org, staff } = await chamber("Hospodářská komora Liberec");
    const s = suffix();
    const bytes = czechList([
      [`k-1-${s}`, `Sklárna Jizera ${s}`, "", "Jablonec nad Nisou", "CZ", `jednatel-${s}@sklarna.example`, '"Foukané sklo\nBroušení"'],
      [`k-2-${s}`, `Textil Chrastava ${s}`, "", "Chrastava", "CZ", "", ""],
      [`k-3-${s}`, `Strojírna Frýdlant ${s}`, "", "Frýdlant", "Česko", "", ""],
    ]);
    const list = await upload(staff, org.id, "členové.csv", bytes, "cs");
    expect(list.rows).toBe(3);
    expect(list.columns).toEqual([
      { heading: "Číslo člena", field: "externalId", source: "usual" },
      { heading: "Firma", field: "name", source: "usual" },
      { heading: "IČO", field: "ico", source: "name" },
      { heading: "Město", field: "city", source: "usual" },
      { heading: "country", field: "country", source: "name" },
      { heading: "contactEmail", field: "contactEmail", source: "name" },
      { heading: "offers.cs", field: "offers.cs", source: "name" },
    ]);
    expect(list.samples.Firma).toBe(`Sklárna Jizera ${s}`);

    const preview = await as(staff, () => confirmImportColumnsAction({ runId: list.runId, mapping: mappingOf(list) }), "cs");
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.data.counts).toMatchObject({ total: 3, create: 2, failed: 1 });
    expect(preview.data.rows.find((r) => r.line === 4)?.errors).toEqual(["country: musí být dvoupísmenný kód země, např. DE nebo CZ"]);

    // The chamber's next file gets its confirmed headings back.
    const next = await upload(staff, org.id, "členové-2.csv", czechList([[`k-9-${s}`, `Pila Hejnice ${s}`, "", "Hejnice", "CZ", "", ""]]));
    expect(next.columns.find((c) => c.heading === "Firma")).toEqual({ heading: "Firma", field: "name", source: "saved" });
    expect(next.columns.filter((c) => c.field === null), JSON.stringify(next.columns)).toEqual([]);
    expect(next.complete).toBe(true);

    // Nothing is imported while a row has an error.
    const refused = await importList(staff, list.runId, mappingOf(list));
    expect(refused.status).toMatchObject({ status: "FAILED", error: "1 Zeile hat Fehler; es wurde nichts importiert." });
    expect(await testDb.db.institutionMember.count({ where: { institutionId: org.id } })).toBe(0);

    const fixed = await upload(staff, org.id, "členové.csv", czechList([
      [`k-1-${s}`, `Sklárna Jizera ${s}`, "", "Jablonec nad Nisou", "CZ", `jednatel-${s}@sklarna.example`, '"Foukané sklo\nBroušení"'],
      [`k-2-${s}`, `Textil Chrastava ${s}`, "", "Chrastava", "CZ", "", ""],
    ]));
    const done = await importList(staff, fixed.runId, mappingOf(fixed));
    expect(done.dry.counts).toMatchObject({ total: 2, create: 2, update: 0, link: 0, failed: 0 });
    expect(done.status).toMatchObject({ status: "DONE", processed: 2, total: 2, summary: { total: 2, created: 2, updated: 0, linked: 0 } });
    const glass = await testDb.db.organization.findFirstOrThrow({ where: { name: `Sklárna Jizera ${s}` }, include: { listings: true, listedBy: true } });
    expect(glass).toMatchObject({ status: "PUBLISHED", city: "Jablonec nad Nisou", externalId: null });
    expect(glass.listings.map((l) => l.titleCs).sort()).toEqual(["Broušení", "Foukané sklo"]);
    expect(glass.listedBy).toEqual([expect.objectContaining({ institutionId: org.id, externalId: `k-1-${s}`, contactEmail: `jednatel-${s}@sklarna.example` })]);
    // The uploaded copy with its private addresses is not kept after the import.
    expect((await testDb.db.importRun.findUniqueOrThrow({ where: { id: fixed.runId } })).file.byteLength).toBe(0);
    expect(await testDb.db.auditLog.count({ where: { action: "institution.import", entityId: org.id } })).toBe(1);

    // Re-importing updates by the chamber's externalId.
    const again = await upload(staff, org.id, "členové.csv", czechList([[`k-1-${s}`, `Sklárna Jizera a syn ${s}`, "", "Jablonec nad Nisou", "CZ", "", ""]]));
    const updated = await importList(staff, again.runId, mappingOf(again));
    expect(updated.status.summary).toMatchObject({ created: 0, updated: 1 });
    expect(await testDb.db.organization.findUniqueOrThrow({ where: { id: glass.id } })).toMatchObject({ name: `Sklárna Jizera a syn ${s}` });
    // A list without the address keeps the one on file.
    expect(await testDb.db.institutionMember.findFirstOrThrow({ where: { companyId: glass.id } })).toMatchObject({ contactEmail: `jednatel-${s}@sklarna.example` });
  });

  it("links an overlapping list from a second chamber instead of duplicating, and overwrites only rows the staff chose", async () => {
    const first = await chamber("IHK Dresden");
    const second = await chamber("HWK Dresden");
    const s = suffix();
    const header = "externalId,name,country,city,ico,vatId,commercialRegister,description.de";
    const list1 = [
      header,
      `a-${s},Bäckerei Elbe ${s},DE,Pirna,,,"HRB 4${s.length}1, Amtsgericht Dresden",Brot und Brötchen`,
      `b-${s},Kovo Děčín ${s},CZ,Děčín,27082440,,,`,
      `c-${s},Tischlerei Sonne ${s},DE,Freital,,,,Möbel nach Maß`,
    ].join("\n");
    await importList(first.staff, (await upload(first.staff, first.org.id, "a.csv", Buffer.from(list1))).runId, {});
    const companies = () => testDb.db.organization.count({ where: { name: { endsWith: s } } });
    expect(await companies()).toBe(3);

    // The carpentry takes over its profile and edits it itself.
    const owner = await createUser();
    const carpentry = await testDb.db.organization.findFirstOrThrow({ where: { name: `Tischlerei Sonne ${s}` } });
    await testDb.db.membership.create({ data: { userId: owner.id, organizationId: carpentry.id, role: "OWNER" } });
    await testDb.db.organization.update({ where: { id: carpentry.id }, data: { descriptionDe: "Unsere eigene Beschreibung" } });

    const list2 = [
      header,
      // Same Handelsregister number written differently, other key and name.
      `x1-${s},Bäckerei Elbe GmbH ${s},DE,Pirna,,,"HRB 4${s.length}1 Amtsgericht Dresden",Brot und Kuchen`,
      `x2-${s},Kovo Děčín s.r.o. ${s},CZ,Děčín,270 82 440,,,`,
      `x3-${s},Tischlerei Sonne ${s},DE,Freital,,,,Möbel aus der Liste`,
      `x4-${s},Neue Firma ${s},DE,Meißen,,,,`,
    ].join("\n");
    const run = await upload(second.staff, second.org.id, "b.csv", Buffer.from(list2));
    const dry = await as(second.staff, async () => {
      await confirmImportColumnsAction({ runId: run.runId, mapping: {} });
      return checkMemberListAction({ runId: run.runId, whole: true });
    });
    if (!dry.ok) throw new Error(JSON.stringify(dry));
    expect(dry.data.counts).toMatchObject({ total: 4, create: 1, link: 3, failed: 0 });
    const byLine = (line: number) => dry.data.rows.find((r) => r.line === line)!;
    expect(byLine(2).match).toMatchObject({ by: "commercialRegister", name: `Bäckerei Elbe ${s}`, managed: false });
    expect(byLine(3).match).toMatchObject({ by: "ico", name: `Kovo Děčín ${s}` });
    expect(byLine(4).match).toMatchObject({ by: "nameCity", managed: true });
    expect(byLine(4).differences).toContainEqual({ field: "description.de", current: "Unsere eigene Beschreibung", incoming: "Möbel aus der Liste" });
    expect(byLine(2).differences).toContainEqual({ field: "name", current: `Bäckerei Elbe ${s}`, incoming: `Bäckerei Elbe GmbH ${s}` });

    // The staff apply the bakery's new data (row 2) and leave the carpentry's own text alone.
    const started = await as(second.staff, () => startMemberImportAction({ runId: run.runId, overwriteLines: [2] }));
    expect(started.ok).toBe(true);
    await expect.poll(async () => (await as(second.staff, () => memberImportStatusAction({ runId: run.runId }))).ok && (await testDb.db.importRun.findUniqueOrThrow({ where: { id: run.runId } })).status, { timeout: 20_000 }).toBe("DONE");
    const summary = (await testDb.db.importRun.findUniqueOrThrow({ where: { id: run.runId } })).summary;
    expect(summary).toMatchObject({ total: 4, created: 1, linked: 2, overwritten: 1 });

    expect(await companies()).toBe(4);
    expect(await testDb.db.organization.findUniqueOrThrow({ where: { id: carpentry.id } })).toMatchObject({ descriptionDe: "Unsere eigene Beschreibung" });
    const bakery = await testDb.db.organization.findFirstOrThrow({ where: { name: `Bäckerei Elbe GmbH ${s}` }, include: { listedBy: { orderBy: { createdAt: "asc" } } } });
    expect(bakery.descriptionDe).toBe("Brot und Kuchen");
    expect(bakery.listedBy.map((l) => [l.institutionId, l.externalId])).toEqual([
      [first.org.id, `a-${s}`],
      [second.org.id, `x1-${s}`],
    ]);

    // The public profile of an unclaimed company names both chambers; a managed one names none.
    expect((await listingInstitutions(bakery.id))?.institutions.map((i) => i.name)).toEqual([first.org.name, second.org.name]);
    expect(await listingInstitutions(carpentry.id)).toBeNull();

    // The first chamber's re-import leaves data the second chamber shares alone unless chosen.
    const relist = await upload(first.staff, first.org.id, "a.csv", Buffer.from(list1));
    const relisted = await importList(first.staff, relist.runId, {});
    expect(relisted.dry.counts).toMatchObject({ link: 3, update: 0 });
    expect(await testDb.db.organization.findUniqueOrThrow({ where: { id: bakery.id } })).toMatchObject({ descriptionDe: "Brot und Kuchen" });
  });
});

describe("bad input", () => {
  it("refuses a 20 MB file, a file that is no spreadsheet, unreadable text and an unfinished mapping with clear messages", async () => {
    const { org, staff } = await chamber("Wirtschaftsförderung Sachsen");
    const refusal = async (name: string, bytes: Uint8Array, locale: Locale) => {
      const result = await as(staff, () => uploadMemberListAction(form(org.id, name, bytes)), locale);
      expect(result.ok).toBe(false);
      return result.ok ? "" : result.fieldErrors.file;
    };
    expect(await refusal("big.csv", new Uint8Array(20 * 1024 * 1024).fill(0x41), "de")).toBe("Die Datei ist größer als 5 MB.");
    expect(await refusal("members.pdf", Buffer.from("%PDF-1.7"), "en")).toBe("This is not a spreadsheet: only CSV and XLSX files can be imported.");
    expect(await refusal("members.xlsx", Buffer.from("externalId,name"), "cs")).toBe("Soubor nelze přečíst jako sešit Excelu (XLSX).");
    expect(await refusal("members.csv", iconv.encode("externalId,name,country\r\na,Bé,DE\r\n", "utf16le"), "de")).toMatch(/Zeichenkodierung/);

    const list = await upload(staff, org.id, "list.csv", Buffer.from("externalId,name,country,Bemerkung\r\nw-1,Firma,DE,x\r\n"));
    expect(list.complete).toBe(false);
    const unmapped = await as(staff, () => confirmImportColumnsAction({ runId: list.runId, mapping: { ...mappingOf(list), Bemerkung: "name" } }), "en");
    expect(unmapped).toMatchObject({ ok: false, formError: "More than one column fills: name." });
    const started = await as(staff, () => startMemberImportAction({ runId: list.runId, overwriteLines: [] }), "en");
    expect(started).toMatchObject({ ok: false, formError: "Please assign the columns first." });
  });

  it("marks a duplicate externalId and a formula without a stored value on their rows and imports nothing", async () => {
    const { org, staff } = await chamber("Agentur Erzgebirge");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Mitglieder");
    sheet.addRow(["externalId", "name", "country", "city"]);
    sheet.addRow(["d-1", "Holzkunst Seiffen", "DE", "Seiffen"]);
    sheet.addRow(["d-1", "Spielzeug Olbernhau", "DE", "Olbernhau"]);
    sheet.addRow(["d-3", { formula: 'UPPER("x")' }, "DE", "Annaberg"]);
    sheet.mergeCells("C2:C4");
    const list = await upload(staff, org.id, "liste.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    const outcome = await importList(staff, list.runId, {});
    const errors = Object.fromEntries(outcome.dry.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors]));
    expect(errors).toEqual({
      3: ["externalId: diese externalId kommt in der Datei mehrfach vor"],
      4: [expect.stringMatching(/^name: die Formel in der Spalte „name“ hat keinen gespeicherten Wert/), "name: Bitte füllen Sie dieses Feld aus."],
    });
    expect(outcome.status).toMatchObject({ status: "FAILED", error: "2 Zeilen haben Fehler; es wurde nichts importiert." });
    expect(await testDb.db.organization.count({ where: { name: "Holzkunst Seiffen" } })).toBe(0);
  });
});

describe("an import whose server stopped", () => {
  it("is reported as interrupted once it cannot be running any more, in the staff member's language", async () => {
    const { org, staff } = await chamber("IHK Dresden");
    const lost = await upload(staff, org.id, "a.csv", Buffer.from("externalId,name,country\r\nr-1,Firma R,DE\r\n"));
    const live = await upload(staff, org.id, "b.csv", Buffer.from("externalId,name,country\r\nr-2,Firma S,DE\r\n"));
    // As the start action leaves a run whose import then never reports back: its process is gone.
    const since = (ms: number) => new Date(Date.now() - ms);
    await testDb.db.$executeRaw`UPDATE "ImportRun" SET status = 'RUNNING', "updatedAt" = ${since(RUN_INTERRUPTED_AFTER_MS + 60_000)} WHERE id = ${lost.runId}`;
    await testDb.db.$executeRaw`UPDATE "ImportRun" SET status = 'RUNNING', "updatedAt" = ${since(60_000)} WHERE id = ${live.runId}`;

    expect(await as(staff, () => memberImportStatusAction({ runId: lost.runId }), "cs")).toEqual({
      ok: true,
      data: {
        status: "FAILED",
        processed: 0,
        total: 0,
        summary: null,
        error: "Import byl přerušen, protože byl server restartován nebo zastaven. Nic nebylo importováno. Nahrajte prosím seznam znovu a spusťte import ještě jednou.",
      },
    });
    // A run that may still be working is left alone.
    expect(await as(staff, () => memberImportStatusAction({ runId: live.runId }))).toMatchObject({ ok: true, data: { status: "RUNNING", error: null } });
  });
});

describe("who may import", () => {
  it("keeps a chamber's runs from another institution", async () => {
    const mine = await chamber("IHK Chemnitz");
    const other = await chamber("HK Ústí");
    const list = await upload(mine.staff, mine.org.id, "a.csv", Buffer.from("externalId,name,country\r\nq-1,Firma Q,DE\r\n"));
    expect(await as(other.admin, () => memberImportStatusAction({ runId: list.runId }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await as(other.staff, () => startMemberImportAction({ runId: list.runId, overwriteLines: [] }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await as(other.staff, () => uploadMemberListAction(form(mine.org.id, "a.csv", Buffer.from("externalId,name,country\r\n"))))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(mine.admin, () => memberImportStatusAction({ runId: list.runId }))).toMatchObject({ ok: true, data: { status: "UPLOADED" } });
  });
});
