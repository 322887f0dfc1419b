// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { buildFixture, expectedFor, OUTSIDERS, ROLES, uniqueIp } from "./authorization/matrix";
import {
  callPage,
  callRoute,
  guardedFiles,
  isRoute,
  loadPageMatrix,
  type PageAnswer,
  type PageOutcome,
  type PageRequest,
  type PageRow,
} from "./authorization/pages";
import { UNGUARDED } from "./authorization/unguarded";

// Pages ask next-intl for the request's translations; there is no rendered request here.
vi.mock("next-intl/server", () => import("./support/request-intl"));

/**
 * Every page of the admin and organizer areas, the account pages with institution or insight
 * data, and every route handler, as the eight callers of the action matrix (see
 * authorization/pages.ts for the outcomes and how to add a row). The last tests fail when a
 * page or route handler exists that has no row.
 */
const matrix = await loadPageMatrix();

afterAll(() => testDb.drop());
beforeEach(() => resetAllLimits());

const REFUSED: readonly PageOutcome[] = ["sign_in", "not_found", "forbidden"];

function call(actor: { id: string } | null, row: PageRow, request: PageRequest): Promise<PageAnswer> {
  const ip = uniqueIp();
  return withTestSession(actor, () => (isRoute(row) ? callRoute(row, request, ip) : callPage(row, request)), { ip });
}

describe.each(Object.entries(matrix))("%s", (_name, row) => {
  it.each(ROLES.map((role) => [role, expectedFor(row, role)] as const))("as %s → %s", async (role, expected) => {
    const f = await buildFixture(role);
    const request = await row.request(f);
    const answer = await call(f.actor, row, request);
    expect(answer.outcome).toBe(expected);
    if (row.unknown && OUTSIDERS.includes(role) && REFUSED.includes(expected)) {
      // The same answer as for an id nobody has: nothing tells the caller the thing exists.
      expect(await call(f.actor, row, row.unknown(request))).toEqual(answer);
    }
  });
});

describe("completeness", () => {
  it("every admin and organizer page and every route handler has a row", () => {
    const covered = new Set([...Object.values(matrix).map((row) => row.file), ...Object.keys(UNGUARDED)]);
    const missing = guardedFiles().filter((file) => !covered.has(file));
    expect(missing, "add rows in tests/integration/authorization/<area>.pages.ts").toEqual([]);
  });

  it("names only files that exist, and leaves out only route handlers", () => {
    // A row left behind by a moved page would check nothing.
    expect(Object.values(matrix).filter((row) => !existsSync(path.resolve(import.meta.dirname, "../..", row.file)))).toEqual([]);
    const files = new Set(guardedFiles());
    expect(Object.keys(UNGUARDED).filter((file) => !files.has(file) || !file.endsWith("/route.ts"))).toEqual([]);
  });

  it("finds the pages it checks", () => {
    // Guards the checks above against silently scanning nothing.
    expect(guardedFiles()).toEqual(
      expect.arrayContaining(["app/[locale]/(admin)/admin/audit/page.tsx", "app/api/organizer/statistics/[figure]/route.ts"]),
    );
  });
});
