// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { MEMBER_FIELDS } from "./member-columns";

/** Inputs of the browser member import's actions. */
const id = z.string().min(1).max(64);

export const uploadMemberListSchema = z
  .instanceof(FormData)
  .transform((form): Record<string, unknown> => ({ institutionId: form.get("institutionId"), file: form.get("file") }))
  .pipe(z.object({ institutionId: id, file: z.instanceof(Blob) }));

export const confirmColumnsSchema = z.object({
  runId: id,
  // Heading as written in the file → field, or null to leave the column out.
  mapping: z.record(z.string().max(200), z.enum(MEMBER_FIELDS).nullable()).refine((m) => Object.keys(m).length <= 200),
});

export const checkMemberListSchema = z.object({ runId: id, whole: z.boolean() });

export const startMemberImportSchema = z.object({
  runId: id,
  overwriteLines: z.array(z.number().int().min(1).max(1_000_000)).max(20_000),
});

export const memberImportStatusSchema = z.object({ runId: id });
