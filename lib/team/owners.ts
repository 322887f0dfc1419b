// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { ActionError } from "../actions/safe-action";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";

/**
 * Serializes team changes of one organization: the row lock makes two owners who demote or
 * remove each other at the same moment run one after the other, so the second sees that only
 * one owner is left. Every change that can drop an owner takes this lock first.
 */
export async function lockOrganization(tx: Prisma.TransactionClient, organizationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
  return rows.length > 0;
}

/** Call inside the lock before an owner is demoted or removed. */
export async function assertAnotherOwnerRemains(
  tx: Prisma.TransactionClient,
  organizationId: string,
  message = "Team.errors.lastOwner",
): Promise<void> {
  const owners = await tx.membership.count({ where: { organizationId, role: "OWNER" } });
  if (owners <= 1) throw new ActionError("conflict", { message });
}

/**
 * Call inside the lock: the caller's role was read before the transaction, and a concurrent
 * change may have taken their right to manage the team in the meantime.
 */
export async function assertStillManages(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  organizationId: string,
): Promise<void> {
  if (user.isPlatformAdmin) return;
  const membership = await tx.membership.findUnique({
    where: { userId_organizationId: { userId: user.id, organizationId } },
    select: { role: true },
  });
  const current = { isPlatformAdmin: false, memberships: membership ? [{ organizationId, role: membership.role }] : [] };
  if (!can(current, "company.members.manage", { organizationId })) throw new ActionError("forbidden");
}
