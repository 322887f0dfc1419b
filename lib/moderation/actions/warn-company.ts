// SPDX-License-Identifier: EUPL-1.2
"use server";

import { safeAction } from "../../actions/safe-action";
import { moderationPermission, reportResource } from "../access";
import { runModerationStep } from "../run-step";
import { reportDecisionSchema } from "../schema";

/** Warns the reported company: each member gets the reason by mail, in their own language, and the company's pages show it. */
export const warnCompanyAction = safeAction({
  schema: reportDecisionSchema,
  authorize: { permission: moderationPermission, resource: reportResource },
  handler: async (input, ctx) => runModerationStep(input, "WARN", ctx),
});
