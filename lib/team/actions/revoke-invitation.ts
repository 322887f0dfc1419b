// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { recordAudit } from "../../audit/log";
import { safeAction } from "../../actions/safe-action";
import { revokeInvitationSchema } from "../schema";

/** Withdraws an open invitation; its link stops working at once. */
export const revokeInvitationAction = safeAction({
  schema: revokeInvitationSchema,
  authorize: {
    permission: "company.members.manage",
    resource: (input) =>
      db.invitation.findUnique({ where: { id: input.invitationId }, select: { id: true, organizationId: true } }),
  },
  handler: async (input, ctx) => {
    const invitation = ctx.resource;
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
