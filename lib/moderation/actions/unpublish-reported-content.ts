// SPDX-License-Identifier: EUPL-1.2
"use server";

import { safeAction } from "../../actions/safe-action";
import { moderationPermission, reportResource } from "../access";
import { runModerationStep } from "../run-step";
import { unpublishReportedSchema } from "../schema";

/**
 * Takes one of the reported company's listings, or its whole profile, out of the directory and
 * search. The company cannot publish it again until a moderator undoes the step.
 */
export const unpublishReportedContentAction = safeAction({
  schema: unpublishReportedSchema,
  authorize: { permission: moderationPermission, resource: reportResource },
  handler: async (input, ctx) =>
    runModerationStep(input, input.target === "LISTING" ? "UNPUBLISH_LISTING" : "UNPUBLISH_PROFILE", ctx),
});
