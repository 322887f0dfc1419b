// SPDX-License-Identifier: EUPL-1.2
"use server";

import { safeAction } from "../../actions/safe-action";
import { moderationPermission, reportResource } from "../access";
import { runModerationStep } from "../run-step";
import { reportDecisionSchema } from "../schema";

/** Closes a report without a step against the company; the report leaves the open queue. */
export const dismissReportAction = safeAction({
  schema: reportDecisionSchema,
  authorize: { permission: moderationPermission, resource: reportResource },
  handler: async (input, ctx) => runModerationStep(input, "DISMISS", ctx),
});
