// SPDX-License-Identifier: EUPL-1.2
import type { MembershipRole, OrganizationKind } from "../generated/prisma/enums";

/** Companies have owners and editors; event organizers have owners and organizer staff. */
export function rolesFor(kind: OrganizationKind): MembershipRole[] {
  return kind === "ORGANIZER" ? ["OWNER", "ORGANIZER"] : ["OWNER", "EDITOR"];
}
