// SPDX-License-Identifier: EUPL-1.2
import type { MembershipRole } from "../generated/prisma/enums";

/**
 * Who may do what. Every mutation asks `can(user, action, resource)` for the organization that
 * owns the thing it changes; a new kind of mutation adds its action here first.
 */
export const PERMISSION_ACTIONS = [
  "company.view",
  "company.update",
  "company.publish",
  "company.delete",
  "company.members.view",
  "company.members.manage",
  "listing.create",
  "listing.update",
  "listing.delete",
  "event.create",
  "event.update",
  "event.publish",
  "event.delete",
  "event.registrations.manage",
  // Registering the company for events and acting for it there: meeting requests, agenda.
  "event.register",
  // Enquiries: sending, replying, reading the company's inbox; closing threads, blocking and reporting senders.
  "enquiry.send",
  "enquiry.read",
  "enquiry.manage",
  // The company's watchlist of suppliers and its private notes.
  "watchlist.manage",
] as const;

export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];

/** The organization a resource belongs to: a company for profiles and listings, the organizer for events. */
export interface PermissionResource {
  organizationId: string;
}

export interface PermissionSubject {
  isPlatformAdmin: boolean;
  memberships: readonly { organizationId: string; role: MembershipRole }[];
}

const ALL = new Set<PermissionAction>(PERMISSION_ACTIONS);

/**
 * Actions that speak for a company: its correspondence, its private list of suppliers and its
 * event participation (the registration names the caller as contact, meeting requests go out in
 * the company's name). Only the company's own members do these; platform admins, who may
 * otherwise do everything, get no pass here.
 */
const MEMBERS_ONLY: ReadonlySet<PermissionAction> = new Set<PermissionAction>([
  "event.register",
  "enquiry.send",
  "enquiry.read",
  "enquiry.manage",
  "watchlist.manage",
]);

const ROLE_PERMISSIONS: Record<MembershipRole, ReadonlySet<PermissionAction>> = {
  // Owners run their organization, including the team and its deletion.
  OWNER: ALL,
  // Editors keep the profile and listings current but cannot change who is in charge.
  EDITOR: new Set<PermissionAction>([
    "company.view",
    "company.update",
    "company.members.view",
    "listing.create",
    "listing.update",
    "listing.delete",
    "event.register",
    "enquiry.send",
    "enquiry.read",
    "enquiry.manage",
    "watchlist.manage",
  ]),
  // Organizer staff run their organization's events.
  ORGANIZER: new Set<PermissionAction>([
    "company.view",
    "company.members.view",
    "event.create",
    "event.update",
    "event.publish",
    "event.delete",
    "event.registrations.manage",
  ]),
};

export function roleIn(user: PermissionSubject | null | undefined, organizationId: string): MembershipRole | null {
  return user?.memberships.find((m) => m.organizationId === organizationId)?.role ?? null;
}

export function can(
  user: PermissionSubject | null | undefined,
  action: PermissionAction,
  resource: PermissionResource,
): boolean {
  if (!user) return false;
  const role = roleIn(user, resource.organizationId);
  if (role !== null && ROLE_PERMISSIONS[role].has(action)) return true;
  return user.isPlatformAdmin && !MEMBERS_ONLY.has(action);
}

/**
 * The answer for a caller refused `action` on a thing looked up by its id. Whoever has no role
 * in the organization it belongs to hears "not_found", exactly as for an id that does not
 * exist, so ids of other organizations' listings, threads or registrations cannot be probed.
 * Members whose role lacks the right know the thing anyway and hear "forbidden".
 */
export function refusalFor(
  user: PermissionSubject | null | undefined,
  resource: PermissionResource,
): "forbidden" | "not_found" {
  return roleIn(user, resource.organizationId) === null ? "not_found" : "forbidden";
}

/** The actions a role allows, for showing or hiding controls in the UI. */
export function permissionsOf(role: MembershipRole): ReadonlySet<PermissionAction> {
  return ROLE_PERMISSIONS[role];
}
