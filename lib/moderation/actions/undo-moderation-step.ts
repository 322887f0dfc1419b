// SPDX-License-Identifier: EUPL-1.2
"use server";

import { safeAction } from "../../actions/safe-action";
import { moderationActionResource, moderationPermission } from "../access";
import { runUndo } from "../run-step";
import { undoModerationSchema } from "../schema";

/** Reverses a moderation step, with its own reason; both stay on record. */
export const undoModerationStepAction = safeAction({
  schema: undoModerationSchema,
  authorize: { permission: moderationPermission, resource: moderationActionResource },
  handler: async (input, ctx) => runUndo(input, ctx),
});
