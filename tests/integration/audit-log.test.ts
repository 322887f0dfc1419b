// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { recordAudit, recordAudits, type AuditEntry } from "@/lib/audit/log";
import { createUser } from "./support/accounts";

afterAll(() => testDb.drop());

class Abort extends Error {}

const rowsFor = (entityId: string) =>
  testDb.db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });

describe("audit rows live and die with the caller's transaction", () => {
  it("a committed change leaves exactly one row with what the caller recorded", async () => {
    const user = await createUser();
    const entityId = randomUUID();
    await testDb.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
      await recordAudit(tx, {
        action: "company.update",
        actorUserId: user.id,
        entityType: "Organization",
        entityId,
        metadata: { field: "name" },
      });
    });
    const rows = await rowsFor(entityId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "company.update",
      actorUserId: user.id,
      entityType: "Organization",
      entityId,
      metadata: { field: "name" },
    });
  });

  it("a rolled-back change leaves no row, and the change itself is undone too", async () => {
    const user = await createUser({ name: "Original" });
    const entityId = randomUUID();
    await expect(
      testDb.db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
        await recordAudit(tx, { action: "company.update", actorUserId: user.id, entityType: "Organization", entityId });
        // A later step of the same change fails, e.g. a limit or a lock that was lost.
        throw new Abort("later step failed");
      }),
    ).rejects.toBeInstanceOf(Abort);
    expect(await rowsFor(entityId)).toHaveLength(0);
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Original");
  });

  it("keeps a given time, which the daily enquiry limit compares with the enquiries' own", async () => {
    const entityId = randomUUID();
    const at = new Date("2026-11-26T13:35:00.000Z");
    await testDb.db.$transaction((tx) =>
      recordAudit(tx, { action: "enquiry.send", actorUserId: null, entityType: "Enquiry", entityId, createdAt: at }),
    );
    const [row] = await rowsFor(entityId);
    expect(row.createdAt.toISOString()).toBe(at.toISOString());
    expect(row.actorUserId).toBeNull();
  });
});

describe("several audit rows at once", () => {
  const entries = (entityId: string, actorUserId: string): AuditEntry[] => [
    { action: "meeting.place", actorUserId, entityType: "Meeting", entityId, metadata: { tableNumber: 1 } },
    { action: "meeting.place", actorUserId, entityType: "Meeting", entityId, metadata: { tableNumber: 2 } },
  ];

  it("writes one row per entry when the transaction commits", async () => {
    const user = await createUser();
    const entityId = randomUUID();
    await testDb.db.$transaction((tx) => recordAudits(tx, entries(entityId, user.id)));
    expect((await rowsFor(entityId)).map((r) => r.metadata)).toEqual([{ tableNumber: 1 }, { tableNumber: 2 }]);
  });

  it("writes none of them when the transaction rolls back", async () => {
    const user = await createUser();
    const entityId = randomUUID();
    await expect(
      testDb.db.$transaction(async (tx) => {
        await recordAudits(tx, entries(entityId, user.id));
        throw new Abort("later step failed");
      }),
    ).rejects.toBeInstanceOf(Abort);
    expect(await rowsFor(entityId)).toHaveLength(0);
  });
});
