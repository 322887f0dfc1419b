// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { claimCompanyInTx } from "../claim";
import { claimLinkByToken, consumeClaimLink, sameAddress } from "../links";
import { claimLinkSchema } from "../schema";

/**
 * Takes over a profile from a mailed claim link (an institution's invitation, or the link that
 * came with an enquiry). The signed-in account must be the one registered with the address the
 * link went to; signing up or in first brings the person back to the link's page. Whoever
 * already belongs to the company (claimed it through another link) just lands in the thread.
 */
export const acceptClaimLinkAction = safeAction({
  schema: claimLinkSchema,
  rateLimit: (_input, ctx) => [{ limiter: "claimsPerUser", key: ctx.user.id }],
  handler: async (input, ctx) => {
    const link = await claimLinkByToken(db, input.token);
    if (!link) throw new ActionError("not_found", { message: "Claims.errors.linkInvalid" });
    if (!sameAddress(link.email, ctx.user.email)) {
      throw new ActionError("forbidden", { message: "Claims.errors.otherAccount", values: { email: link.email } });
    }
    const alreadyMember = ctx.user.memberships.some((m) => m.organizationId === link.companyId);
    await db.$transaction(async (tx) => {
      // Taken first: of two requests with the same link only one gets past this line.
      const used = await consumeClaimLink(tx, input.token, ctx.user.id);
      if (!used) throw new ActionError("not_found", { message: "Claims.errors.linkInvalid" });
      if (alreadyMember) return;
      await claimCompanyInTx(tx, {
        companyId: used.companyId,
        userId: ctx.user.id,
        actorUserId: ctx.user.id,
        route: used.enquiryId ? "enquiry-link" : "invitation",
      });
    });
    return { companyId: link.companyId, enquiryId: link.enquiryId };
  },
});
