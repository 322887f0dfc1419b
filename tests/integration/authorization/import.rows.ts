// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { checkMemberListAction } from "../../../lib/import/actions/check-member-list";
import { confirmImportColumnsAction } from "../../../lib/import/actions/confirm-import-columns";
import { memberImportStatusAction } from "../../../lib/import/actions/member-import-status";
import { startMemberImportAction } from "../../../lib/import/actions/start-member-import";
import { uploadMemberListAction } from "../../../lib/import/actions/upload-member-list";
import { row, rows, type MatrixFixture } from "./matrix";

/**
 * Member imports belong to the institution: its staff (the organizer fixture's admin) and
 * platform admins may run them. tests/integration/member-import.test.ts adds institution staff
 * and another institution's admin.
 */
const INSTITUTION_STAFF = {
  anonymous: "unauthorized",
  otherMember: "forbidden",
  organizerStaff: "ok",
  admin: "ok",
  editor: "forbidden",
  owner: "forbidden",
} as const;

/** A run is named by its id: for everyone outside the institution it does not exist. */
const INSTITUTION_STAFF_BY_ID = { ...INSTITUTION_STAFF, otherMember: "not_found", editor: "not_found", owner: "not_found" } as const;

const LIST = "externalId;name;country;city\r\nm-1;Pekárna Nisa;CZ;Liberec\r\n";

async function storedRun(f: MatrixFixture, mapped: boolean) {
  const run = await f.db.importRun.create({
    data: {
      institutionId: f.organizer.id,
      fileName: "clenove.csv",
      file: Buffer.from(LIST),
      mapping: mapped ? { externalId: "externalId", name: "name", country: "country", city: "city" } : undefined,
    },
  });
  return run.id;
}

function upload(f: MatrixFixture) {
  const form = new FormData();
  form.set("institutionId", f.organizer.id);
  form.set("file", new File([LIST], "clenove.csv"));
  return form;
}

export default rows({
  uploadMemberListAction: row({
    action: uploadMemberListAction,
    input: upload,
    expect: INSTITUTION_STAFF,
    verify: async (f) => expect(await f.db.importRun.count({ where: { institutionId: f.organizer.id } })).toBe(1),
  }),
  confirmImportColumnsAction: row({
    action: confirmImportColumnsAction,
    input: async (f) => ({ runId: await storedRun(f, false), mapping: {} }),
    expect: INSTITUTION_STAFF_BY_ID,
    hidden: "runId",
    verify: async (_f, data) => expect(data).toMatchObject({ counts: { total: 1, create: 1, failed: 0 } }),
  }),
  checkMemberListAction: row({
    action: checkMemberListAction,
    input: async (f) => ({ runId: await storedRun(f, true), whole: true }),
    expect: INSTITUTION_STAFF_BY_ID,
    hidden: "runId",
    verify: async (f, data) => {
      expect(data).toMatchObject({ counts: { total: 1, create: 1 } });
      // A dry run writes nothing.
      expect(await f.db.organization.count({ where: { name: "Pekárna Nisa" } })).toBe(0);
    },
  }),
  startMemberImportAction: row({
    action: startMemberImportAction,
    input: async (f) => ({ runId: await storedRun(f, true), overwriteLines: [] }),
    expect: INSTITUTION_STAFF_BY_ID,
    hidden: "runId",
    verify: async (f, data) => {
      const { runId } = data as { runId: string };
      await expect.poll(async () => (await f.db.importRun.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 20_000 }).toBe("DONE");
      expect(await f.db.institutionMember.count({ where: { institutionId: f.organizer.id, externalId: "m-1" } })).toBe(1);
    },
  }),
  memberImportStatusAction: row({
    action: memberImportStatusAction,
    input: async (f) => ({ runId: await storedRun(f, true) }),
    expect: INSTITUTION_STAFF_BY_ID,
    hidden: "runId",
    verify: async (_f, data) => expect(data).toMatchObject({ status: "UPLOADED" }),
  }),
});
