// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { PLATFORM } from "../../auth/permissions";
import { sendMailInBackground } from "../../mail/transport";
import { decideClaimRequestInTx } from "../review";
import { adminReviewClaimRequestSchema } from "../schema";

/** Platform admins approve or reject claims, above all for companies that no institution lists. */
export const reviewClaimRequestAsAdminAction = safeAction({
  schema: adminReviewClaimRequestSchema,
  authorize: { permission: "platform.manage", resource: async () => PLATFORM },
  handler: async (input, ctx) => {
    const mail = await db.$transaction((tx) =>
      decideClaimRequestInTx(tx, {
        requestId: input.requestId,
        decision: input.decision,
        reason: input.reason,
        reviewerId: ctx.user.id,
      }),
    );
    sendMailInBackground(mail);
    return { decision: input.decision };
  },
});
