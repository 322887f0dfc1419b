// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { recordAudit } from "../../audit/log";
import { ActionError, safeAction } from "../../actions/safe-action";
import { revokeInvitationSchema } from "../schema";

/** Withdraws an open invitation; its link stops working at once. */
export const revokeInvitationAction = safeAction({
  schema: revokeInvitationSchema,
  handler: async (input, ctx) => {
    const invitation = await db.invitation.findUnique({
      where: { id: input.invitationId },
      select: { id: true, organizationId: true },
    });
    if (!invitation) throw new ActionError("not_found");
    ctx.authorizeFound("company.members.manage", { organizationId: invitation.organizationId });
    await db.$transaction(async (tx) => {
      await tx.invitation.delete({ where: { id: invitation.id } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "team.invitation_revoke",
        entityType: "Organization",
        entityId: invitation.organizationId,
        metadata: { invitationId: invitation.id },
      });
    });
    return null;
  },
});
