// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";

/** The institutions whose member lists the user may import: their own, or any for platform admins. */
export async function importableInstitutions(user: SessionUser): Promise<{ id: string; name: string }[]> {
  const institutions = await db.organization.findMany({
    where: {
      kind: "INSTITUTION",
      ...(user.isPlatformAdmin ? {} : { id: { in: user.memberships.map((m) => m.organizationId) } }),
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return institutions.filter((i) => can(user, "institution.members.manage", { organizationId: i.id }));
}
