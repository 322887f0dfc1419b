// SPDX-License-Identifier: EUPL-1.2
import type { CellProblem, Table } from "./table-file";

/**
 * A member list as a table: the first row names the columns, and the names are the JSON
 * format's field names (docs/import.md), so one spreadsheet row becomes one JSON record.
 * Nested texts are written with a dot ("description.de"); offers and requests have one title
 * per line of the cell, and line N of `offers.de` and of `offers.cs` is the same offer in two
 * languages. List fields hold values separated by commas.
 */
export const MEMBER_FIELDS = [
  "externalId",
  "name",
  "legalForm",
  "country",
  "region",
  "city",
  "postalCode",
  "street",
  "website",
  "email",
  "phone",
  "employees",
  "foundedYear",
  "languages",
  "industries",
  "certifications",
  "ico",
  "vatId",
  "commercialRegister",
  "contactEmail",
  "description.de",
  "description.cs",
  "description.en",
  "offers.de",
  "offers.cs",
  "offers.en",
  "seeks.de",
  "seeks.cs",
  "seeks.en",
] as const;

export type MemberField = (typeof MEMBER_FIELDS)[number];

export const REQUIRED_FIELDS: readonly MemberField[] = ["externalId", "name", "country"];

const LIST_FIELDS = new Set<MemberField>(["languages", "industries", "certifications"]);

/** A heading's field, or null for a column the staff chose to leave out. */
export type ColumnMapping = Record<string, MemberField | null>;

/** Headings compared without case, accents, spaces and punctuation: "IČO", "ico", "I.Č.O.". */
export const foldHeading = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "");

const BY_FOLDED = new Map<string, MemberField>(MEMBER_FIELDS.map((f) => [foldHeading(f), f]));

/**
 * Headings chambers' own exports use, offered as the first guess in the mapping step; staff
 * confirm or change them. Never applied on the command line, where columns must be field names.
 */
const USUAL_HEADINGS: Record<string, MemberField> = Object.fromEntries(
  (
    [
      ["name", ["Firma", "Firmenname", "Unternehmen", "Název firmy", "Název", "Firma název", "Company", "Company name", "Obchodní firma"]],
      ["externalId", ["Mitgliedsnummer", "Mitglieds-Nr", "Kundennummer", "Číslo člena", "Členské číslo", "Member number", "ID"]],
      ["ico", ["IČO", "IČ", "ICO"]],
      ["vatId", ["DIČ", "USt-IdNr", "USt-ID", "Umsatzsteuer-ID", "VAT", "VAT ID"]],
      ["commercialRegister", ["Handelsregister", "Handelsregisternummer", "HRB", "Register"]],
      ["city", ["Ort", "Stadt", "Město", "Obec", "Sídlo", "Town"]],
      ["postalCode", ["PLZ", "PSČ", "Postleitzahl", "Zip", "Postcode"]],
      ["street", ["Straße", "Strasse", "Ulice", "Adresse", "Adresa", "Address"]],
      ["country", ["Land", "Stát", "Země"]],
      ["region", ["Bundesland", "Kraj", "Landkreis"]],
      ["website", ["Webseite", "Internet", "Homepage", "Web", "URL", "Webová stránka"]],
      ["email", ["E-Mail", "Mail", "Kontakt E-Mail"]],
      ["phone", ["Telefon", "Tel", "Tel.", "Phone"]],
      ["contactEmail", ["Ansprechpartner E-Mail", "E-Mail Ansprechpartner", "Kontaktní e-mail", "Contact e-mail"]],
      ["legalForm", ["Rechtsform", "Právní forma"]],
      ["employees", ["Mitarbeiter", "Beschäftigte", "Zaměstnanci", "Počet zaměstnanců"]],
      ["foundedYear", ["Gründungsjahr", "Gegründet", "Rok založení"]],
      ["industries", ["Branche", "Branchen", "NACE", "Obor", "CZ-NACE", "WZ"]],
      ["description.de", ["Beschreibung", "Firmenbeschreibung"]],
      ["description.cs", ["Popis", "Popis firmy"]],
      ["description.en", ["Description"]],
    ] as const
  ).flatMap(([field, headings]) => headings.map((h) => [foldHeading(h), field])),
);

export type ColumnPlan = {
  /** Every heading of the file with the field it fills, or null for one left out. */
  columns: { heading: string; field: MemberField | null; source: "name" | "saved" | "usual" | "none" }[];
  /** Headings that are no field name and have no mapping yet. */
  unknown: string[];
  /** Required fields no column fills. */
  missing: MemberField[];
  /** Fields two columns fill. */
  twice: MemberField[];
};

/**
 * Which field each heading fills. A heading that is a field name (any case) wins; then the
 * institution's saved mapping; then, when `suggest` is set, the usual headings above. The result
 * is complete only when `unknown`, `missing` and `twice` are empty.
 */
export function planColumns(headers: readonly string[], saved: ColumnMapping = {}, suggest = false): ColumnPlan {
  const savedFolded = new Map(Object.entries(saved).map(([h, f]) => [foldHeading(h), f]));
  const columns: ColumnPlan["columns"] = [];
  const unknown: string[] = [];
  for (const heading of headers) {
    if (!heading) continue;
    const folded = foldHeading(heading);
    const direct = BY_FOLDED.get(folded);
    if (direct) columns.push({ heading, field: direct, source: "name" });
    else if (savedFolded.has(folded)) columns.push({ heading, field: savedFolded.get(folded) ?? null, source: "saved" });
    else if (suggest && USUAL_HEADINGS[folded]) columns.push({ heading, field: USUAL_HEADINGS[folded], source: "usual" });
    else {
      columns.push({ heading, field: null, source: "none" });
      unknown.push(heading);
    }
  }
  const filled = columns.flatMap((c) => (c.field ? [c.field] : []));
  const twice = [...new Set(filled.filter((f, i) => filled.indexOf(f) !== i))];
  const missing = REQUIRED_FIELDS.filter((f) => !filled.includes(f));
  return { columns, unknown, missing, twice };
}

/** The plan a staff member confirmed: their choice for each heading. */
export function applyChoices(headers: readonly string[], choices: ColumnMapping): ColumnPlan {
  return planColumns(headers, choices, false);
}

export type TableRecord = {
  /** The row's number in the spreadsheet. */
  line: number;
  record: Record<string, unknown>;
  problems: CellProblem[];
};

const lines = (cell: string) => cell.split(/\r?\n/).map((l) => l.trim());
const list = (cell: string) => cell.split(",").map((v) => v.trim()).filter(Boolean);

/**
 * One JSON record per row, shaped exactly as the JSON format, so both go through the same
 * validation. Empty cells leave their field out.
 */
export function recordsFromTable(table: Table, plan: ColumnPlan): TableRecord[] {
  const used = plan.columns.filter((c): c is ColumnPlan["columns"][number] & { field: MemberField } => c.field !== null);
  return table.rows.map((row) => {
    const record: Record<string, unknown> = {};
    const texts: Record<string, Record<string, string>> = {};
    const listings: Record<"offers" | "seeks", Record<string, string[]>> = { offers: {}, seeks: {} };
    for (const { heading, field } of used) {
      const value = (row.cells[heading] ?? "").trim();
      if (!value) continue;
      const [base, lang] = field.split(".") as [string, string | undefined];
      if (lang && base === "description") (texts[base] ??= {})[lang] = value;
      else if (lang && (base === "offers" || base === "seeks")) listings[base][lang] = lines(value);
      else if (LIST_FIELDS.has(field)) record[field] = list(value);
      else if (field === "foundedYear") record[field] = /^\d{1,4}$/.test(value) ? Number(value) : value;
      else record[field] = value;
    }
    if (texts.description) record.description = texts.description;
    for (const kind of ["offers", "seeks"] as const) {
      const byLang = listings[kind];
      const count = Math.max(0, ...Object.values(byLang).map((l) => l.length));
      const entries: { title: Record<string, string> }[] = [];
      for (let i = 0; i < count; i++) {
        const title: Record<string, string> = {};
        for (const [lang, titles] of Object.entries(byLang)) if (titles[i]) title[lang] = titles[i];
        if (Object.keys(title).length) entries.push({ title });
      }
      if (entries.length) record[kind] = entries;
    }
    return { line: row.line, record, problems: row.problems };
  });
}
