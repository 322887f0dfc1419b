// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { DbTx } from "../db/prisma";
import type { MembershipRole } from "../generated/prisma/enums";
import { ActionError } from "../actions/safe-action";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import type { MessageKey } from "../i18n/translator";

/** The roles that run an organization: a company's owners, an institution's admins. */
export const LEADING_ROLES: readonly MembershipRole[] = ["OWNER", "INSTITUTION_ADMIN"];

export function isLeadingRole(role: MembershipRole): boolean {
  return LEADING_ROLES.includes(role);
}

/** Call inside the lock before an owner (or an institution's admin) is demoted or removed. */
export async function assertAnotherOwnerRemains(
  tx: DbTx,
  organizationId: string,
  message: MessageKey = "Team.errors.lastOwner",
): Promise<void> {
  const owners = await tx.membership.count({ where: { organizationId, role: { in: [...LEADING_ROLES] } } });
  if (owners <= 1) throw new ActionError("conflict", { message });
}

/**
 * Call inside the lock: the caller's role was read before the transaction, and a concurrent
 * change may have taken their right to manage the team in the meantime. The action's
 * `authorize` cannot see this, so the same rule is asked again with the membership as it is now.
 */
export async function assertStillManages(
  tx: DbTx,
  user: SessionUser,
  organizationId: string,
): Promise<void> {
  const membership = await tx.membership.findUnique({
    where: { userId_organizationId: { userId: user.id, organizationId } },
    select: { role: true },
  });
  const current = { ...user, memberships: membership ? [{ organizationId, role: membership.role }] : [] };
  if (!can(current, "company.members.manage", { organizationId })) throw new ActionError("forbidden");
}
