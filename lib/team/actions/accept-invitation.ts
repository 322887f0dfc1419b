// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { hashToken } from "../../auth/tokens";
import { lockOrganization } from "../../companies/organization-lock";
import { acceptInvitationSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * Joins the organization with the invited role. Only the account with the invited address may
 * accept, so a forwarded or leaked link does not let a stranger in.
 */
export const acceptInvitationAction = safeAction({
  schema: acceptInvitationSchema,
  handler: async (input, ctx) => {
    const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(input.token) } });
    if (!invitation || invitation.expiresAt.getTime() <= Date.now()) {
      throw new ActionError("not_found", { message: "Team.errors.invitationInvalid" });
    }
    if (invitation.email !== ctx.user.email) {
      throw new ActionError("forbidden", { message: "Team.errors.invitationOtherEmail" });
    }
    await db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, invitation.organizationId))) throw new ActionError("not_found");
      // Used up in one statement: of several requests with the link, only the one that deletes it joins.
      const { count } = await tx.invitation.deleteMany({
        where: { id: invitation.id, tokenHash: invitation.tokenHash, expiresAt: { gt: new Date() } },
      });
      if (count !== 1) throw new ActionError("not_found", { message: "Team.errors.invitationInvalid" });
      const existing = await tx.membership.findUnique({
        where: { userId_organizationId: { userId: ctx.user.id, organizationId: invitation.organizationId } },
        select: { id: true },
      });
      // Already a member: keep the current role rather than let an old invitation change it.
      if (!existing) {
        await tx.membership.create({
          data: { userId: ctx.user.id, organizationId: invitation.organizationId, role: invitation.role },
        });
      }
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "team.join",
        entityType: "Organization",
        entityId: invitation.organizationId,
        metadata: { role: invitation.role },
      });
    });
    return { organizationId: invitation.organizationId };
  },
});
