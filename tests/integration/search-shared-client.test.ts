// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { connectionUrl } from "@/lib/db/prisma";
import { plannerPool } from "@/lib/search/engines/postgres-planner-pool";

afterAll(() => testDb.drop());

describe("the server's shared database client", () => {
  // Pages search through it (getSearchEngine); without its address, their rankings would fall
  // back to a transaction per statement.
  it("hands on its database's address, so searches rank on connections with the planner settings", async () => {
    expect(connectionUrl(db)).toBe(testDb.url);
    const pool = plannerPool(db, { enable_seqscan: "off" });
    expect(pool).not.toBeNull();
    const [row] = (await pool!.query(`SELECT current_database() AS name, current_setting('enable_seqscan') AS seqscan`)).rows;
    expect(row).toEqual({ name: new URL(testDb.url).pathname.slice(1), seqscan: "off" });
  });
});
