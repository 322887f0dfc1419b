// SPDX-License-Identifier: EUPL-1.2
import type { Prisma } from "../generated/prisma/client";
import type { DbTx } from "../db/prisma";

/**
 * Every action the audit log knows. A new feature adds its names here, so a typo in a caller
 * fails the typecheck instead of writing a row nobody can filter for.
 */
export const AUDIT_ACTIONS = [
  "account.delete",
  "company.create",
  "company.delete",
  "company.logo.remove",
  "company.logo.update",
  "company.publish",
  "company.unpublish",
  "company.update",
  "enquiry.block",
  "enquiry.close",
  "enquiry.reopen",
  "enquiry.report",
  "enquiry.send",
  "enquiry.unblock",
  "event.cancel",
  "event.create",
  "event.delete",
  "event.publish",
  "event.register",
  "event.registration.approve",
  "event.registration.cancel",
  "event.registration.checkIn",
  "event.registration.reject",
  "event.registration.undoCheckIn",
  "event.update",
  "listing.create",
  "listing.delete",
  "listing.publish",
  "listing.unpublish",
  "listing.update",
  "meeting.accept",
  "meeting.decline",
  "meeting.place",
  "meeting.request",
  "meeting.schedule",
  "meeting.unavailability",
  "meeting.withdraw",
  "organizer.grant",
  "team.invitation_revoke",
  "team.invite",
  "team.join",
  "team.leave",
  "team.remove",
  "team.role_change",
  "user.email_changed",
  "user.password_changed",
  "user.password_reset",
  "meeting.book",
  "meeting.feedback",
  "meeting.link",
  "matchmaking.settings",
  "event.attendee.checkIn",
  "event.attendee.undoCheckIn",
  "event.import",
  "matchmaking.participant_type",
  "moderation.dismiss",
  "moderation.warn",
  "moderation.unpublish_listing",
  "moderation.unpublish_profile",
  "moderation.suspend_enquiries",
  "moderation.undo",
  "company.claim",
  "claim.invite",
  "claim.request",
  "claim.reject",
  "institution.import",
  "institution.create",
  "institution.scope",
  "company.verify",
  "company.verification_revoke",
  "user.grant-admin",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Whether a stored action name is one of today's; older rows may carry a name since retired. */
export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The kinds of record an audit row points at; the names are the Prisma model names. */
export type AuditEntityType =
  | "Organization"
  | "User"
  | "Listing"
  | "Event"
  | "EventRegistration"
  | "EventAttendee"
  | "MeetingRequest"
  | "Meeting"
  | "Enquiry"
  | "EnquiryMessage"
  | "Invitation"
  | "AbuseReport"
  | "CompanyVerification"
  | "ModerationAction";

export type AuditEntry = {
  action: AuditAction;
  actorUserId: string | null;
  entityType: AuditEntityType;
  entityId?: string | null;
  metadata?: Prisma.InputJsonValue;
  /**
   * When the change happened, if the row must carry the same instant as the records written
   * with it (the daily enquiry limit compares both); the database's clock otherwise.
   */
  createdAt?: Date;
};

function toRow(entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    action: entry.action,
    actorUserId: entry.actorUserId,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    metadata: entry.metadata,
    createdAt: entry.createdAt,
  };
}

/**
 * Writes one audit row inside the caller's transaction, so the row exists exactly when the
 * change it describes was committed.
 */
export async function recordAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: toRow(entry) });
}

/** Several audit rows in one statement, for a change that touches many records at once. */
export async function recordAudits(tx: DbTx, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await tx.auditLog.createMany({ data: entries.map(toRow) });
}
