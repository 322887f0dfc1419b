// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { sendMailInBackground } from "../../mail/transport";
import { decideClaimRequestInTx } from "../review";
import { reviewClaimRequestSchema } from "../schema";

/**
 * An institution's staff approve or reject a claim for a company their institution lists. A
 * request for any other company is "not found" for them, exactly like an unknown id.
 */
export const reviewClaimRequestAction = safeAction({
  schema: reviewClaimRequestSchema,
  authorize: { permission: "institution.members.manage", organizationId: (input) => input.institutionId },
  handler: async (input, ctx) => {
    const mail = await db.$transaction((tx) =>
      decideClaimRequestInTx(tx, {
        requestId: input.requestId,
        decision: input.decision,
        reason: input.reason,
        reviewerId: ctx.user.id,
        listedBy: input.institutionId,
      }),
    );
    sendMailInBackground(mail);
    return { decision: input.decision };
  },
});
