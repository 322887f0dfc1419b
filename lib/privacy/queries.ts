// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";

/** What deleting the account would do to the user's organizations (see account-deletion.ts). */
export async function accountDeletionPreview(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      organization: {
        select: {
          id: true,
          name: true,
          _count: { select: { memberships: true } },
          memberships: { where: { role: "OWNER" }, select: { userId: true } },
        },
      },
    },
  });
  const deletedWithAccount: { id: string; name: string }[] = [];
  const needsNewOwner: { id: string; name: string }[] = [];
  for (const { role, organization: o } of memberships) {
    if (o._count.memberships === 1) deletedWithAccount.push({ id: o.id, name: o.name });
    else if (role === "OWNER" && o.memberships.length === 1) needsNewOwner.push({ id: o.id, name: o.name });
  }
  return { deletedWithAccount, needsNewOwner };
}
