// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import {
  can,
  isPlatformManager,
  PLATFORM,
  type Permission,
  type PermissionResource,
  type PermissionSubject,
  type PlatformResource,
} from "../auth/permissions";
import { isRecordId } from "../validation/ids";
import { institutionModerates } from "./scope";

/**
 * Who moderates: platform admins everything, an institution's admins and staff the reports
 * about companies it lists or verified ("institution.moderate" on the institution plus the
 * scope check of scope.ts). Actions name the institution they act for; without one they act
 * for the platform.
 */
export type ModerationResource = PermissionResource | PlatformResource;

export function moderationPermission(input: { institutionId?: string }): Permission {
  return input.institutionId ? "institution.moderate" : "platform.manage";
}

/**
 * The resource a report decision is checked against. For the platform it is the platform
 * whether the report exists or not, so that only admins learn which report ids exist (the
 * handler answers "not found" to them). For an institution, a report outside its scope is as
 * unknown as an id nobody has.
 */
export async function reportResource(input: {
  reportId: string;
  institutionId?: string;
}): Promise<ModerationResource | null> {
  if (!input.institutionId) return PLATFORM;
  if (!isRecordId(input.reportId) || !isRecordId(input.institutionId)) return null;
  const report = await db.abuseReport.findUnique({
    where: { id: input.reportId },
    select: { reportedOrganizationId: true },
  });
  if (!report) return null;
  return (await institutionModerates(db, input.institutionId, report.reportedOrganizationId))
    ? { organizationId: input.institutionId }
    : null;
}

/**
 * As reportResource, for undoing a step: an institution undoes only what its own staff did,
 * about a company it still moderates; platform admins undo anything.
 */
export async function moderationActionResource(input: {
  moderationActionId: string;
  institutionId?: string;
}): Promise<ModerationResource | null> {
  if (!input.institutionId) return PLATFORM;
  if (!isRecordId(input.moderationActionId) || !isRecordId(input.institutionId)) return null;
  const step = await db.moderationAction.findUnique({
    where: { id: input.moderationActionId },
    select: { institutionId: true, organizationId: true },
  });
  if (!step?.organizationId || step.institutionId !== input.institutionId) return null;
  return (await institutionModerates(db, input.institutionId, step.organizationId))
    ? { organizationId: input.institutionId }
    : null;
}

/** For the admin pages: whether the user sees the platform's whole moderation queue and audit log. */
export function mayModeratePlatform(user: PermissionSubject | null | undefined): boolean {
  return isPlatformManager(user);
}

/** For the institution pages: whether the user moderates for this institution. */
export function mayModerateFor(user: PermissionSubject | null | undefined, institutionId: string): boolean {
  return can(user, "institution.moderate", { organizationId: institutionId });
}
