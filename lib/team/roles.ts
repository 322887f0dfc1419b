// SPDX-License-Identifier: EUPL-1.2
import type { MembershipRole, OrganizationKind } from "../generated/prisma/enums";

/**
 * Companies have owners and editors; institutions have admins and staff. Owners of an
 * institution (from before institutions had admins) keep their rights but are not handed out.
 */
export function rolesFor(kind: OrganizationKind): MembershipRole[] {
  return kind === "INSTITUTION" ? ["INSTITUTION_ADMIN", "INSTITUTION_STAFF"] : ["OWNER", "EDITOR"];
}
