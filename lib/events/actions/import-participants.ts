// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { readTable, TableFileError, type Table } from "../../import/table-file";
import { eventOwner } from "../access";
import { planParticipantImport, writeParticipantImport } from "../participant-import";
import { describeFileError, describeMissingColumns, describeRows } from "../participant-import-report";
import { lockEvent, REGISTRATION_TX } from "../registration";
import { participantImportSchema } from "../schema";

async function tableOf(file: File | Blob, locale: Parameters<typeof describeFileError>[1]): Promise<Table> {
  try {
    return await readTable({ name: "name" in file ? file.name : "", bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch (e) {
    if (e instanceof TableFileError) {
      // The message is already in the caller's language; passed as a value of a pass-through key.
      throw new ActionError("validation", { field: "file", message: "ParticipantImport.errors.file", values: { reason: describeFileError(e, locale) } });
    }
    throw e;
  }
}

/**
 * The organizer's list of companies: `commit: false` checks it and answers with every row and
 * its problems; `commit: true` checks it again and, only when no row has a problem and the event
 * has room for all, registers them all in one transaction under the event lock.
 */
export const importParticipantsAction = safeAction({
  schema: participantImportSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ eventId }) => eventOwner(eventId) },
  handler: async ({ eventId, file, commit }, ctx) => {
    const table = await tableOf(file, ctx.locale);
    return db.$transaction(async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event) throw new ActionError("not_found");
      const plan = await planParticipantImport(tx, eventId, table);
      if (plan.missingColumns.length) {
        throw new ActionError("validation", {
          field: "file",
          message: "ParticipantImport.errors.file",
          values: { reason: describeMissingColumns(plan.missingColumns, ctx.locale) },
        });
      }
      const rows = describeRows(plan.rows, ctx.locale);
      const failed = plan.rows.filter((r) => r.issues.length).length;
      const free = event.capacity - event.seatsTaken;
      const summary = { rows, total: plan.rows.length, failed, free };
      if (!commit) return { ...summary, imported: 0 };
      if (!plan.rows.length) throw new ActionError("validation", { message: "ParticipantImport.errors.noRows" });
      if (failed) throw new ActionError("validation", { message: "ParticipantImport.errors.rowsFailed", values: { count: failed } });
      if (plan.rows.length > free) {
        throw new ActionError("conflict", { message: "ParticipantImport.errors.noRoom", values: { count: plan.rows.length, free: Math.max(0, free) } });
      }
      const ids = await writeParticipantImport(tx, eventId, plan.rows, ctx.locale);
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "event.import",
        entityType: "Event",
        entityId: eventId,
        metadata: { registrations: ids.length, format: table.format },
      });
      return { ...summary, imported: ids.length };
    }, REGISTRATION_TX);
  },
});
