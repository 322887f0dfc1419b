// SPDX-License-Identifier: EUPL-1.2
import { permissionsOf, roleIn, type PermissionAction, type PermissionSubject } from "../auth/permissions";
import { MembershipRole } from "../generated/prisma/enums";

/**
 * Who takes part in a thread: the members of the asking and of the asked company whose role may
 * read the inbox. Deliberately without the platform-admin shortcut of `can()`: enquiries are
 * business correspondence, and nobody outside the two companies reads them.
 */
export const INBOX_ROLES: MembershipRole[] = Object.values(MembershipRole).filter((role) =>
  permissionsOf(role).has("enquiry.read"),
);

export type ThreadSide = "sender" | "recipient";

export interface ThreadParties {
  senderOrganizationId: string;
  recipientOrganizationId: string;
}

/** The side a company is on in a thread, or null if it is not part of it. */
export function sideOf(thread: ThreadParties, organizationId: string): ThreadSide | null {
  if (thread.senderOrganizationId === organizationId) return "sender";
  if (thread.recipientOrganizationId === organizationId) return "recipient";
  return null;
}

export function otherSide(thread: ThreadParties, side: ThreadSide): string {
  return side === "sender" ? thread.recipientOrganizationId : thread.senderOrganizationId;
}

/** Membership with a role that grants `action`; platform admins get no pass here. */
export function memberMay(user: PermissionSubject, organizationId: string, action: PermissionAction): boolean {
  const role = roleIn(user, organizationId);
  return role !== null && permissionsOf(role).has(action);
}

/**
 * The company a user reads a thread as: the one asked for if the user belongs to it, else the
 * recipient side before the sender side (someone in both companies lands in the inbox they
 * were mailed about).
 */
export function readerSide(
  user: PermissionSubject,
  thread: ThreadParties,
  preferredOrganizationId?: string,
): { side: ThreadSide; organizationId: string } | null {
  const candidates = [preferredOrganizationId, thread.recipientOrganizationId, thread.senderOrganizationId];
  for (const organizationId of candidates) {
    if (!organizationId) continue;
    const side = sideOf(thread, organizationId);
    if (side && memberMay(user, organizationId, "enquiry.read")) return { side, organizationId };
  }
  return null;
}
