import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ActionErrorCode, ActionResult } from "../../../lib/actions/safe-action";
import { testDb } from "../support/app-database";
import { createOrganization, createUser, TEST_PASSWORD } from "../support/accounts";

/**
 * The authorization matrix: every server action, called as four kinds of caller, with the
 * outcome each must get. Rows live in `tests/integration/authorization/<domain>.rows.ts`, one
 * file per domain, so each team adds its own file without touching the others:
 *
 *   import { row, rows, OWNER_ONLY } from "./matrix";
 *   import { deleteThingAction } from "../../../lib/things/actions/delete-thing";
 *
 *   export default rows({
 *     deleteThingAction: row({
 *       action: deleteThingAction,
 *       input: async (f) => ({ thingId: (await f.db.thing.create({ data: { organizationId: f.company.id } })).id }),
 *       expect: OWNER_ONLY,
 *       verify: async (f) => expect(await f.db.thing.count()).toBe(0),   // optional, after "ok"
 *     }),
 *   });
 *
 * Each cell gets a fresh fixture: `company` with an owner and two editors, and `otherCompany`
 * owned by `users.otherMember`, who has nothing to do with `company`. The input factory runs
 * before the call and may create whatever the action needs through `f.db`.
 */
export const ROLES = ["anonymous", "otherMember", "editor", "owner"] as const;
export type MatrixRole = (typeof ROLES)[number];
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
  users: { owner: TestUser; editor: TestUser; secondEditor: TestUser; otherMember: TestUser };
  /** Who calls in this cell; null for anonymous. */
  actor: TestUser | null;
  role: MatrixRole;
  /** The password of every fixture user. */
  password: string;
}

export interface MatrixRow {
  action: (input: never) => Promise<ActionResult<unknown>>;
  input: (f: MatrixFixture) => unknown;
  expect: Record<MatrixRole, Outcome>;
  verify?: (f: MatrixFixture, data: unknown) => Promise<void>;
}

export type MatrixRows = Record<string, MatrixRow>;

/** One row; the input factory is type-checked against the action's input. */
export function row<I>(definition: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: (f: MatrixFixture) => NoInfer<I> | Promise<NoInfer<I>>;
  expect: Record<MatrixRole, Outcome>;
  verify?: (f: MatrixFixture, data: unknown) => Promise<void>;
}): MatrixRow {
  return definition as MatrixRow;
}

export function rows(table: MatrixRows): MatrixRows {
  return table;
}

export const PUBLIC: Record<MatrixRole, Outcome> = { anonymous: "ok", otherMember: "ok", editor: "ok", owner: "ok" };
export const SIGNED_IN: Record<MatrixRole, Outcome> = { anonymous: "unauthorized", otherMember: "ok", editor: "ok", owner: "ok" };
export const MEMBERS: Record<MatrixRole, Outcome> = { anonymous: "unauthorized", otherMember: "forbidden", editor: "ok", owner: "ok" };
export const OWNER_ONLY: Record<MatrixRole, Outcome> = { anonymous: "unauthorized", otherMember: "forbidden", editor: "forbidden", owner: "ok" };

export async function buildFixture(role: MatrixRole): Promise<MatrixFixture> {
  const [owner, editor, secondEditor, otherMember] = await Promise.all([
    createUser({ name: "Olga Owner" }),
    createUser({ name: "Emil Editor" }),
    createUser({ name: "Eva Editor" }),
    createUser({ name: "Otto Outsider" }),
  ]);
  const company = await createOrganization([
    { user: owner, role: "OWNER" },
    { user: editor, role: "EDITOR" },
    { user: secondEditor, role: "EDITOR" },
  ]);
  const otherCompany = await createOrganization([{ user: otherMember, role: "OWNER" }]);
  const actor = role === "anonymous" ? null : { owner, editor, otherMember }[role];
  return { db: testDb.db, company, otherCompany, users: { owner, editor, secondEditor, otherMember }, actor, role, password: TEST_PASSWORD };
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
