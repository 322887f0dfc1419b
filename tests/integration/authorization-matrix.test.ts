// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import {
  buildFixture,
  expectedFor,
  loadMatrix,
  OUTSIDERS,
  REFUSALS,
  relativeToRoot,
  ROLES,
  serverActionFiles,
  uniqueIp,
  withUnknownId,
  type MatrixFixture,
  type MatrixRow,
} from "./authorization/matrix";

/**
 * Calls every server action as anonymous, as a member of another company, as an institution's
 * admin and staff, as another institution, as a platform admin, and as editor and owner of the
 * company it acts on, and checks each
 * outcome; refusals to outsiders must read the same as for an id nobody has. The rows are in
 * tests/integration/authorization/*.rows.ts (see matrix.ts for how to add one); the last test
 * fails when an action exists that has no row.
 */
const matrix = await loadMatrix();
let capture: SmtpCapture;

beforeAll(async () => {
  // Actions that mail really send, to a throwaway SMTP server.
  capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
});
afterAll(async () => {
  await capture.stop();
  await testDb.drop();
});
beforeEach(() => resetAllLimits());

function call(f: MatrixFixture, row: MatrixRow, input: unknown) {
  return withTestSession(f.actor, () => row.action(input as never), { ip: uniqueIp() });
}

describe.each(Object.entries(matrix))("%s", (_name, row) => {
  it.each(ROLES.map((role) => [role, expectedFor(row, role)] as const))("as %s → %s", async (role, expected) => {
    const f = await buildFixture(role);
    const input = await row.input(f);
    const result = await call(f, row, input);
    const outcome = result.ok ? "ok" : result.code;
    expect({ outcome, error: result.ok ? null : result.formError ?? result.fieldErrors }).toMatchObject({ outcome: expected });
    if (result.ok && row.verify) await row.verify(f, result.data);
    if (row.hidden && OUTSIDERS.includes(role) && REFUSALS.includes(expected)) {
      // Same code, same message: nothing tells the caller that the id belongs to somebody.
      expect(await call(f, row, withUnknownId(input, row.hidden))).toEqual(result);
    }
  });
});

const mixedRows = Object.entries(matrix).filter(([, row]) => row.mixed);

describe.each(mixedRows)("%s in the caller's own name with another company's id", (_name, row) => {
  it("answers exactly as for an id nobody has", async () => {
    const f = await buildFixture("otherMember");
    const input = await row.mixed!.input(f);
    const foreign = await call(f, row, input);
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    expect(await call(f, row, withUnknownId(input, row.mixed!.hidden ?? row.hidden!))).toEqual(foreign);
  });
});

describe("completeness", () => {
  it("every exported server action has a row in the matrix", async () => {
    const missing: string[] = [];
    for (const file of serverActionFiles()) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "function") continue;
        if (matrix[name]?.action !== value) missing.push(`${name} (${relativeToRoot(file)})`);
      }
    }
    expect(missing, "add rows in tests/integration/authorization/<domain>.rows.ts").toEqual([]);
  });

  it("checks every thing named by id for what its refusals give away", () => {
    // A row that hides a thing from outsiders must say where its id is, or nothing compares the answers.
    const undeclared = Object.entries(matrix)
      .filter(([, row]) => !row.hidden && OUTSIDERS.some((role) => expectedFor(row, role) === "not_found"))
      .map(([name]) => name);
    expect(undeclared).toEqual([]);
    expect(mixedRows.every(([, row]) => row.mixed!.hidden ?? row.hidden)).toBe(true);
    expect(mixedRows.map(([name]) => name)).toEqual(
      expect.arrayContaining(["replyToEnquiryAction", "registerForEventAction", "requestMeetingAction", "addToWatchlistAction"]),
    );
  });

  it("finds the actions it checks", () => {
    // Guards the check above against silently scanning nothing.
    expect(serverActionFiles().map(relativeToRoot)).toContain("lib/team/actions/invite-member.ts");
  });
});
