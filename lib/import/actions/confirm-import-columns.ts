// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { checkRun, tableOfRun, toPreview, type Preview } from "../import-runs";
import { applyChoices, foldHeading } from "../member-columns";
import { confirmColumnsSchema } from "../member-import-schema";
import { describeColumnProblems } from "../member-import-report";
import { runOwner, uploadedRun } from "../institution";

/**
 * Staff confirm which field each heading fills. The choice is kept with the run and remembered
 * for the institution's next file; the answer is the preview of the first rows.
 */
export const confirmImportColumnsAction = safeAction({
  schema: confirmColumnsSchema,
  authorize: { permission: "institution.members.manage", resource: ({ runId }) => runOwner(runId) },
  handler: async ({ runId, mapping }, ctx): Promise<Preview> => {
    const run = await uploadedRun(runId);
    const table = await tableOfRun(run);
    const headings = table.headers.filter(Boolean);
    const choices = Object.fromEntries(headings.map((h) => [h, mapping[h] ?? null]));
    const plan = applyChoices(headings, choices);
    const problem = describeColumnProblems(plan, ctx.locale);
    if (problem) throw new ActionError("validation", { message: "MemberImport.fileErrors.file", values: { reason: problem } });
    const remembered = plan.columns.filter((c) => c.source === "saved");
    await db.$transaction(async (tx) => {
      await tx.importRun.update({ where: { id: runId }, data: { mapping: choices } });
      for (const c of remembered) {
        const heading = foldHeading(c.heading);
        await tx.importMapping.upsert({
          where: { institutionId_heading: { institutionId: run.institutionId, heading } },
          create: { institutionId: run.institutionId, heading, field: c.field },
          update: { field: c.field },
        });
      }
    });
    return toPreview(await checkRun(db, { ...run, mapping: choices }, ctx.locale, false));
  },
});
