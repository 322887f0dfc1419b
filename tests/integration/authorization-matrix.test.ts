import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { buildFixture, loadMatrix, relativeToRoot, ROLES, serverActionFiles, uniqueIp } from "./authorization/matrix";

/**
 * Calls every server action as anonymous, as a member of another company, as editor and as
 * owner of the company it acts on, and checks each outcome. The rows are in
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

describe.each(Object.entries(matrix))("%s", (_name, row) => {
  it.each(ROLES.map((role) => [role, row.expect[role]] as const))("as %s → %s", async (role, expected) => {
    const f = await buildFixture(role);
    const input = await row.input(f);
    const result = await withTestSession(f.actor, () => row.action(input as never), { ip: uniqueIp() });
    const outcome = result.ok ? "ok" : result.code;
    expect({ outcome, error: result.ok ? null : result.formError ?? result.fieldErrors }).toMatchObject({ outcome: expected });
    if (result.ok && row.verify) await row.verify(f, result.data);
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

  it("finds the actions it checks", () => {
    // Guards the check above against silently scanning nothing.
    expect(serverActionFiles().map(relativeToRoot)).toContain("lib/team/actions/invite-member.ts");
  });
});
