// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ActionErrorCode, ActionResult } from "../../../lib/actions/safe-action";
import { testDb } from "../support/app-database";
import { createOrganization, createUser, TEST_PASSWORD } from "../support/accounts";

/**
 * The authorization matrix: every server action, called as six kinds of caller, with the
 * outcome each must get. Rows live in `tests/integration/authorization/<domain>.rows.ts`, one
 * file per domain, so each team adds its own file without touching the others:
 *
 *   import { row, rows, OWNER_ONLY_BY_ID } from "./matrix";
 *   import { deleteThingAction } from "../../../lib/things/actions/delete-thing";
 *
 *   export default rows({
 *     deleteThingAction: row({
 *       action: deleteThingAction,
 *       input: async (f) => ({ thingId: (await f.db.thing.create({ data: { organizationId: f.company.id } })).id }),
 *       expect: OWNER_ONLY_BY_ID,
 *       hidden: "thingId",
 *       verify: async (f) => expect(await f.db.thing.count()).toBe(0),   // optional, after "ok"
 *     }),
 *   });
 *
 * Each cell gets a fresh fixture: `company` with an owner and two editors; `otherCompany`
 * owned by `users.otherMember`; `organizer`, a chamber with `users.organizerStaff` as its admin
 * and `users.institutionStaff` as its staff; `otherOrganizer`, another chamber run by
 * `users.otherInstitution`; and `users.admin`, a platform admin. None of them belongs to `company`.
 *
 * The two institution roles may be left out of a row's `expect`: institution staff then get what
 * the chamber's admin (`organizerStaff`) gets, and another institution what another company's
 * owner (`otherMember`) gets. A row states them where they differ. The input
 * factory runs before the call and may create whatever the action needs through `f.db`.
 *
 * Refusals must not tell outsiders whether an id exists. A row whose input names a thing by its
 * id says which field in `hidden`: every cell that refuses a caller outside `company` is called
 * once more with an id nobody has there, and both answers must be identical. A row may add
 * `mixed`, the call an outsider makes in the name of their own company (`otherCompany`) with
 * `company`'s thing; it must get "not_found", exactly as for an unknown id.
 */
export const ROLES = [
  "anonymous",
  "otherMember",
  "organizerStaff",
  "institutionStaff",
  "otherInstitution",
  "admin",
  "editor",
  "owner",
] as const;
export type MatrixRole = (typeof ROLES)[number];
/** Roles a row may leave out of `expect`; see `expectedFor`. */
type DerivedRole = "institutionStaff" | "otherInstitution";
type StatedRole = Exclude<MatrixRole, DerivedRole>;
/** An outcome per role; the institution roles may be left out (see `expectedFor`). */
export type RoleExpectations<O> = Record<StatedRole, O> & Partial<Record<DerivedRole, O>>;
export type RowExpectations = RoleExpectations<Outcome>;
export type Outcome = "ok" | ActionErrorCode;

export interface TestUser {
  id: string;
  email: string;
  name: string | null;
}

export interface MatrixFixture {
  db: typeof testDb.db;
  /** The organization every row acts on. */
  company: { id: string; name: string; slug: string };
  /** Owned by users.otherMember. */
  otherCompany: { id: string; name: string; slug: string };
  /** An institution (chamber): users.organizerStaff is its INSTITUTION_ADMIN, users.institutionStaff its INSTITUTION_STAFF. */
  organizer: { id: string; name: string; slug: string };
  /** Another institution, run by users.otherInstitution. */
  otherOrganizer: { id: string; name: string; slug: string };
  users: {
    owner: TestUser;
    editor: TestUser;
    secondEditor: TestUser;
    otherMember: TestUser;
    organizerStaff: TestUser;
    institutionStaff: TestUser;
    otherInstitution: TestUser;
    /** A platform admin who belongs to no organization. */
    admin: TestUser;
  };
  /** Who calls in this cell; null for anonymous. */
  actor: TestUser | null;
  role: MatrixRole;
  /** The password of every fixture user. */
  password: string;
}

export interface MatrixRow {
  action: (input: never) => Promise<ActionResult<unknown>>;
  input: (f: MatrixFixture) => unknown;
  expect: RowExpectations;
  verify?: (f: MatrixFixture, data: unknown) => Promise<void>;
  hidden?: string;
  mixed?: { input: (f: MatrixFixture) => unknown; hidden?: string };
}

export type MatrixRows = Record<string, MatrixRow>;

/** One row; the input factory is type-checked against the action's input. */
export function row<I>(definition: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: (f: MatrixFixture) => NoInfer<I> | Promise<NoInfer<I>>;
  expect: RowExpectations;
  verify?: (f: MatrixFixture, data: unknown) => Promise<void>;
  /** The input field with the id of the thing acted on (a single id or a list of them). */
  hidden?: keyof NoInfer<I> & string;
  /**
   * The same action by users.otherMember, naming otherCompany and `company`'s thing (or an
   * unpublished company); `hidden` names that thing's field when it is not the row's.
   */
  mixed?: { input: (f: MatrixFixture) => NoInfer<I> | Promise<NoInfer<I>>; hidden?: keyof NoInfer<I> & string };
}): MatrixRow {
  return definition as MatrixRow;
}

export function rows(table: MatrixRows): MatrixRows {
  return table;
}

type Expectations = RowExpectations;

/** The outcome a row expects for a role, with the institution roles' defaults filled in. */
export function expectedFor<O>(row: { expect: RoleExpectations<O> }, role: MatrixRole): O {
  if (role === "institutionStaff") return row.expect.institutionStaff ?? row.expect.organizerStaff;
  if (role === "otherInstitution") return row.expect.otherInstitution ?? row.expect.otherMember;
  return row.expect[role];
}

export const PUBLIC: Expectations = { anonymous: "ok", otherMember: "ok", organizerStaff: "ok", admin: "ok", editor: "ok", owner: "ok" };
export const SIGNED_IN: Expectations = { ...PUBLIC, anonymous: "unauthorized" };
/**
 * Owners and editors, and platform admins, who may do everything except speak for a company.
 * Outsiders who name `company` itself are forbidden: that the company exists is no secret.
 */
export const MEMBERS: Expectations = { ...SIGNED_IN, otherMember: "forbidden", organizerStaff: "forbidden" };
export const OWNER_ONLY: Expectations = { ...MEMBERS, editor: "forbidden" };
/** As MEMBERS, for a thing named by its id: for outsiders it does not exist. */
export const MEMBERS_BY_ID: Expectations = { ...MEMBERS, otherMember: "not_found", organizerStaff: "not_found" };
export const OWNER_ONLY_BY_ID: Expectations = { ...MEMBERS_BY_ID, editor: "forbidden" };
/**
 * Speaking for the company (its enquiries, its watchlist, its event participation): its owners
 * and editors only; a platform admin is an outsider like any other.
 */
export const COMPANY_VOICE: Expectations = { ...MEMBERS, admin: "forbidden" };
export const COMPANY_VOICE_BY_ID: Expectations = { ...MEMBERS_BY_ID, admin: "not_found" };

/** Callers that are not members of `company`. */
export const OUTSIDERS: readonly MatrixRole[] = ["anonymous", "otherMember", "organizerStaff", "otherInstitution", "admin"];
export const REFUSALS: readonly Outcome[] = ["unauthorized", "forbidden", "not_found"];

/** An id shaped like the database's own that names nothing. */
export function unknownId(): string {
  return `c${randomBytes(16).toString("hex").slice(0, 24)}`;
}

/** The input with the id in `field` (or each id of a list) replaced by one that names nothing. */
export function withUnknownId(input: unknown, field: string): unknown {
  if (input instanceof FormData) {
    if (!input.has(field)) throw new Error(`the form has no field ${field}`);
    const form = new FormData();
    for (const [key, value] of input) form.append(key, key === field ? unknownId() : value);
    return form;
  }
  const value = (input as Record<string, unknown>)[field];
  if (value === undefined) throw new Error(`the input has no field ${field}`);
  return { ...(input as Record<string, unknown>), [field]: Array.isArray(value) ? value.map(() => unknownId()) : unknownId() };
}

export async function buildFixture(role: MatrixRole): Promise<MatrixFixture> {
  const [owner, editor, secondEditor, otherMember, organizerStaff, institutionStaff, otherInstitution, admin] = await Promise.all([
    createUser({ name: "Olga Owner" }),
    createUser({ name: "Emil Editor" }),
    createUser({ name: "Eva Editor" }),
    createUser({ name: "Otto Outsider" }),
    createUser({ name: "Karla Kammer" }),
    createUser({ name: "Stefan Staff" }),
    createUser({ name: "Jana Jiná" }),
    createUser({ name: "Ada Admin" }),
  ]);
  await testDb.db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
  const company = await createOrganization([
    { user: owner, role: "OWNER" },
    { user: editor, role: "EDITOR" },
    { user: secondEditor, role: "EDITOR" },
  ]);
  const otherCompany = await createOrganization([{ user: otherMember, role: "OWNER" }]);
  const organizer = await createOrganization(
    [
      { user: organizerStaff, role: "INSTITUTION_ADMIN" },
      { user: institutionStaff, role: "INSTITUTION_STAFF" },
    ],
    { kind: "INSTITUTION" },
  );
  const otherOrganizer = await createOrganization([{ user: otherInstitution, role: "INSTITUTION_ADMIN" }], { kind: "INSTITUTION" });
  const users = { owner, editor, secondEditor, otherMember, organizerStaff, institutionStaff, otherInstitution, admin };
  const actor = role === "anonymous" ? null : users[role];
  return { db: testDb.db, company, otherCompany, organizer, otherOrganizer, users, actor, role, password: TEST_PASSWORD };
}

/** A documentation-range address per call, so per-IP rate limits never carry over between cells. */
export function uniqueIp(): string {
  const b = randomBytes(2);
  return `198.51.${b[0]}.${b[1]}`;
}

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Every module under lib/**\/actions/ that declares "use server". */
export function serverActionFiles(dir = path.join(ROOT, "lib")): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "generated") found.push(...serverActionFiles(full));
    } else if (/\.tsx?$/.test(name) && path.basename(dir) === "actions") {
      if (/^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(readFileSync(full, "utf8"))) found.push(full);
    }
  }
  return found.sort();
}

export function relativeToRoot(file: string): string {
  return path.relative(ROOT, file);
}

/** All row files, merged; a name defined twice is an error. */
export async function loadMatrix(): Promise<MatrixRows> {
  const merged: MatrixRows = {};
  const dir = import.meta.dirname;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".rows.ts")).sort()) {
    const table = ((await import(path.join(dir, name))) as { default: MatrixRows }).default;
    for (const [action, row] of Object.entries(table)) {
      if (merged[action]) throw new Error(`${action} has rows in more than one file (again in ${name})`);
      merged[action] = row;
    }
  }
  return merged;
}
