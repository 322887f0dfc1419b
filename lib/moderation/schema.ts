// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";

/**
 * What a moderator sends: the report acted on, the institution they act for (absent for
 * platform admins) and a reason, which the company reads when something of theirs is taken
 * down. Reasons are short sentences, not empty words: at least 10 characters.
 */
export const MODERATION_REASON_MAX = 2000;

const idField = z.string().min(1).max(64);
// PostgreSQL stores no NUL character; a reason with one is refused as invalid, not as a failure.
const reasonField = z
  .string()
  .trim()
  .min(10)
  .max(MODERATION_REASON_MAX)
  .regex(/^[^\u0000]*$/);
/** Empty for platform admins; the institution's id for its staff. */
const actingForField = z
  .string()
  .max(64)
  .optional()
  .transform((v) => v || undefined);

export const reportDecisionSchema = z.object({
  reportId: idField,
  institutionId: actingForField,
  reason: reasonField,
});

export const unpublishReportedSchema = reportDecisionSchema.extend({
  target: z.enum(["LISTING", "PROFILE"]),
  listingId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
});

export const moderationStepFormSchema = unpublishReportedSchema.omit({ target: true }).extend({
  step: z.enum(["DISMISS", "WARN", "UNPUBLISH_LISTING", "UNPUBLISH_PROFILE", "SUSPEND_ENQUIRIES"]),
});

export const undoModerationSchema = z.object({
  moderationActionId: idField,
  institutionId: actingForField,
  reason: reasonField,
});

export type ReportDecisionInput = z.input<typeof reportDecisionSchema>;
export type UnpublishReportedInput = z.input<typeof unpublishReportedSchema>;
export type UndoModerationInput = z.input<typeof undoModerationSchema>;
