// SPDX-License-Identifier: EUPL-1.2
"use server";

import { safeAction } from "../../actions/safe-action";
import { moderationPermission, reportResource } from "../access";
import { runModerationStep } from "../run-step";
import { reportDecisionSchema } from "../schema";

/** Stops the reported company from sending enquiries and messages (checked in the send path) until a moderator undoes it. */
export const suspendCompanyEnquiriesAction = safeAction({
  schema: reportDecisionSchema,
  authorize: { permission: moderationPermission, resource: reportResource },
  handler: async (input, ctx) => runModerationStep(input, "SUSPEND_ENQUIRIES", ctx),
});
