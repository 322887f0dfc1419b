// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import { ActionError } from "../actions/safe-action";

/** Member lists belong to institutions; any other organization id is "not found". */
export async function institutionOf(institutionId: string): Promise<{ id: string; name: string; slug: string }> {
  const institution = await db.organization.findFirst({
    where: { id: institutionId, kind: "INSTITUTION" },
    select: { id: true, name: true, slug: true },
  });
  if (!institution) throw new ActionError("not_found");
  return institution;
}

/** Whom a run belongs to, for `authorize.resource`: its institution. */
export async function runOwner(runId: string) {
  const run = await db.importRun.findUnique({
    where: { id: runId },
    select: { id: true, institutionId: true, status: true, fileName: true, mapping: true },
  });
  return run ? { ...run, organizationId: run.institutionId } : null;
}

/** The stored file of a run that has not been imported yet. */
export async function uploadedRun(runId: string) {
  const run = await db.importRun.findUnique({ where: { id: runId } });
  if (!run) throw new ActionError("not_found");
  if (run.status !== "UPLOADED") throw new ActionError("conflict", { message: "MemberImport.errors.alreadyStarted" });
  return run;
}
