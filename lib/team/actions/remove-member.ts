// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";

import { lockOrganization } from "../../companies/organization-lock";
import { assertAnotherOwnerRemains, assertStillManages, isLeadingRole } from "../owners";
import { removeMemberSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Removes a member; members may also remove themselves (leave). The last owner cannot go. */
export const removeMemberAction = safeAction({
  schema: removeMemberSchema,
  authorize: {
    // Every member may leave; removing somebody else takes the right to manage the team.
    permission: (input, user) => (input.userId === user.id ? "membership.leave" : "company.members.manage"),
    organizationId: (input) => input.organizationId,
  },
  handler: async (input, ctx) => {
    const leaving = input.userId === ctx.user.id;
    await db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, input.organizationId))) throw new ActionError("not_found");
      if (!leaving) await assertStillManages(tx, ctx.user, input.organizationId);
      const membership = await tx.membership.findUnique({
        where: { userId_organizationId: { userId: input.userId, organizationId: input.organizationId } },
        select: { id: true, role: true },
      });
      if (!membership) throw new ActionError("not_found");
      if (isLeadingRole(membership.role)) {
        await assertAnotherOwnerRemains(tx, input.organizationId, leaving ? "Team.errors.lastOwnerLeave" : undefined);
      }
      await tx.membership.delete({ where: { id: membership.id } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: leaving ? "team.leave" : "team.remove",
        entityType: "Organization",
        entityId: input.organizationId,
        metadata: { userId: input.userId, role: membership.role },
      });
    });
    return { left: leaving };
  },
});
