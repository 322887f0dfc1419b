// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { lockOrganization } from "../../companies/organization-lock";
import { assertAnotherOwnerRemains, assertStillManages, isLeadingRole } from "../owners";
import { rolesFor } from "../roles";
import { changeMemberRoleSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Gives a member another role; the last owner cannot be demoted. */
export const changeMemberRoleAction = safeAction({
  schema: changeMemberRoleSchema,
  authorize: { permission: "company.members.manage", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    await db.$transaction(async (tx) => {
      if (!(await lockOrganization(tx, input.organizationId))) throw new ActionError("not_found");
      await assertStillManages(tx, ctx.user, input.organizationId);
      const membership = await tx.membership.findUnique({
        where: { userId_organizationId: { userId: input.userId, organizationId: input.organizationId } },
        select: { id: true, role: true, organization: { select: { kind: true } } },
      });
      if (!membership) throw new ActionError("not_found");
      if (!rolesFor(membership.organization.kind).includes(input.role)) {
        throw new ActionError("validation", { field: "role", message: "Validation.invalidChoice" });
      }
      if (membership.role === input.role) return;
      if (isLeadingRole(membership.role)) await assertAnotherOwnerRemains(tx, input.organizationId);
      await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "team.role_change",
        entityType: "Organization",
        entityId: input.organizationId,
        metadata: { userId: input.userId, from: membership.role, to: input.role },
      });
    });
    return null;
  },
});
