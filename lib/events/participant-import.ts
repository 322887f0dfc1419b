// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { DbTx } from "../db/prisma";
import { columnsOf, type CellProblem, type Table } from "../import/table-file";
import { replaceAttendees } from "./attendees";
import { EVENT_LANGUAGES } from "./schema";

/**
 * The organizer registers companies from a list. Each row names a company that already has a
 * profile on the portal: by register number (IČO or VAT ID) where the list has one, else by name
 * and city. Companies are never created from a list: a profile is the company's own, and a
 * name-only match that could mean two companies is refused rather than guessed. A row is also
 * refused for a company that is already registered. Rows become confirmed registrations with
 * their people; the whole list goes in together or not at all.
 */
export const PARTICIPANT_COLUMNS = {
  company: { names: ["company", "company name", "firma", "unternehmen", "name", "společnost", "název firmy", "nazev"] },
  city: { names: ["city", "town", "ort", "stadt", "město", "obec", "sídlo"] },
  registerNumber: { names: ["register number", "registration number", "ico", "ic", "ičo", "ič", "vat", "vat id", "ust idnr", "dič", "registernummer", "handelsregisternummer"] },
  participant: { names: ["participant", "person", "name of participant", "teilnehmer", "teilnehmerin", "teilnehmende person", "účastník", "účastnice", "jméno"], required: true },
  colleagues: { names: ["colleagues", "further people", "kollegen", "weitere personen", "kolegové", "další osoby"] },
  languages: { names: ["languages", "sprachen", "jazyky"] },
} as const;

export type ParticipantColumn = keyof typeof PARTICIPANT_COLUMNS;

export type RowIssue =
  | { code: "missing"; column: ParticipantColumn }
  | { code: "tooLong"; column: ParticipantColumn }
  | { code: "unknownLanguage"; value: string }
  | { code: "noSuchCompany" }
  | { code: "ambiguousCompany"; count: number }
  | { code: "alreadyRegistered"; company: string }
  | { code: "twiceInList"; line: number }
  | { code: "cell"; problem: CellProblem["problem"]; column: string };

export type PlannedRow = {
  line: number;
  company: string;
  organizationId: string | null;
  participants: string[];
  languages: string[];
  issues: RowIssue[];
};

const splitList = (s: string) => s.split(/[;,\n]/).map((p) => p.trim()).filter(Boolean);
const compact = (s: string) => s.replace(/[\s./-]/g, "").toUpperCase();

/** Checks every row against the portal's companies and this event's registrations. */
export async function planParticipantImport(tx: DbTx, eventId: string, table: Table): Promise<{ rows: PlannedRow[]; missingColumns: ParticipantColumn[] }> {
  const { found, missing } = columnsOf(table.headers, PARTICIPANT_COLUMNS);
  // A register number alone names a company; without it the name is needed.
  if (!found.company && !found.registerNumber) missing.unshift("company");
  if (missing.length) return { rows: [], missingColumns: missing };
  const cell = (row: Table["rows"][number], key: ParticipantColumn) => (found[key] ? (row.cells[found[key]] ?? "") : "");

  const registered = new Set(
    (
      await tx.eventRegistration.findMany({
        where: { eventId, status: { in: ["PENDING", "CONFIRMED", "WAITLISTED"] } },
        select: { organizationId: true },
      })
    ).map((r) => r.organizationId),
  );
  const seen = new Map<string, number>();
  const rows: PlannedRow[] = [];
  for (const row of table.rows) {
    const issues: RowIssue[] = row.problems.map((p) => ({ code: "cell", problem: p.problem, column: p.column }));
    const name = cell(row, "company");
    const city = cell(row, "city");
    const number = compact(cell(row, "registerNumber"));
    const participants = [cell(row, "participant"), ...splitList(cell(row, "colleagues"))].filter(Boolean);
    const languages = splitList(cell(row, "languages").toLowerCase());
    if (!name && !number) issues.push({ code: "missing", column: "company" });
    if (!cell(row, "participant")) issues.push({ code: "missing", column: "participant" });
    if (participants.some((p) => p.length > 120)) issues.push({ code: "tooLong", column: "participant" });
    if (participants.length > 10) issues.push({ code: "tooLong", column: "colleagues" });
    for (const l of languages) {
      if (!(EVENT_LANGUAGES as readonly string[]).includes(l)) issues.push({ code: "unknownLanguage", value: l.slice(0, 20) });
    }

    let organizationId: string | null = null;
    let company = name;
    if (name || number) {
      const matches = number
        ? await tx.$queryRaw<{ id: string; name: string }[]>`
            SELECT id, name FROM "Organization"
            WHERE kind = 'COMPANY'
              AND (upper(regexp_replace(coalesce(ico, ''), '[\\s./-]', '', 'g')) = ${number}
                OR upper(regexp_replace(coalesce("vatId", ''), '[\\s./-]', '', 'g')) = ${number})`
        : await tx.$queryRaw<{ id: string; name: string }[]>`
            SELECT id, name FROM "Organization"
            WHERE kind = 'COMPANY' AND lower(trim(name)) = lower(${name})
              AND (${city} = '' OR lower(trim(coalesce(city, ''))) = lower(${city}))`;
      if (!matches.length) issues.push({ code: "noSuchCompany" });
      else if (matches.length > 1) issues.push({ code: "ambiguousCompany", count: matches.length });
      else {
        organizationId = matches[0].id;
        company = matches[0].name;
        if (registered.has(organizationId)) issues.push({ code: "alreadyRegistered", company: matches[0].name });
        const earlier = seen.get(organizationId);
        if (earlier) issues.push({ code: "twiceInList", line: earlier });
        else seen.set(organizationId, row.line);
      }
    }
    rows.push({ line: row.line, company, organizationId, participants, languages: languages.length ? languages : ["de"], issues });
  }
  return { rows, missingColumns: [] };
}

/** Writes the planned rows as confirmed registrations with their people; the caller holds the event lock. */
export async function writeParticipantImport(tx: DbTx, eventId: string, rows: readonly PlannedRow[], locale: string): Promise<string[]> {
  const ids: string[] = [];
  for (const row of rows) {
    const saved = await tx.eventRegistration.upsert({
      where: { eventId_organizationId: { eventId, organizationId: row.organizationId! } },
      create: {
        eventId,
        organizationId: row.organizationId!,
        status: "CONFIRMED",
        participantName: row.participants[0],
        languages: [...new Set(row.languages)],
        locale,
        listed: true,
      },
      update: {
        status: "CONFIRMED",
        statusChangedAt: new Date(),
        participantName: row.participants[0],
        languages: [...new Set(row.languages)],
        checkedInAt: null,
      },
      select: { id: true },
    });
    await replaceAttendees(tx, { id: saved.id, eventId }, row.participants);
    ids.push(saved.id);
  }
  return ids;
}
