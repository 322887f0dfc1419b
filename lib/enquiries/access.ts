// SPDX-License-Identifier: EUPL-1.2
import { can, rolesGranting, type PermissionSubject } from "../auth/permissions";
import type { MembershipRole } from "../generated/prisma/enums";

/**
 * Who takes part in a thread: the members of the asking and of the asked company whose role may
 * read the inbox. Platform admins are not among them: enquiries are business correspondence,
 * and nobody outside the two companies reads them (members only, see permissions.ts).
 */
export const INBOX_ROLES: MembershipRole[] = rolesGranting("enquiry.read");

export type ThreadSide = "sender" | "recipient";

export interface ThreadParties {
  senderOrganizationId: string;
  recipientOrganizationId: string;
  /** How the enquiry reached the recipient; "UNDELIVERABLE" threads reached nobody there. */
  delivery: string;
}

/**
 * The side a company is on in a thread, or null if it is not part of it. A thread that could
 * not be delivered exists for its sender only: whoever claims the recipient's profile later
 * never sees what was not sent to them.
 */
export function sideOf(thread: ThreadParties, organizationId: string): ThreadSide | null {
  if (thread.senderOrganizationId === organizationId) return "sender";
  if (thread.recipientOrganizationId === organizationId && thread.delivery !== UNDELIVERABLE) return "recipient";
  return null;
}

export const UNDELIVERABLE = "UNDELIVERABLE";

export function otherSide(thread: ThreadParties, side: ThreadSide): string {
  return side === "sender" ? thread.recipientOrganizationId : thread.senderOrganizationId;
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
    if (side && can(user, "enquiry.read", { organizationId })) return { side, organizationId };
  }
  return null;
}
