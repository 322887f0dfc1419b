// SPDX-License-Identifier: EUPL-1.2
import type { MembershipRole } from "../generated/prisma/enums";

/**
 * Who may do what: the one place that decides. Server actions state what they need
 * (`authorize` in lib/actions/safe-action.ts) and pages and route handlers ask `can()` or
 * `decide()`; nothing else compares roles, memberships or owners. A new kind of mutation adds
 * its action here first.
 *
 * Three kinds of things are guarded:
 * - a thing of one organization (`{ organizationId }`): a profile, listing, event, watchlist;
 * - a thing two organizations share (`{ organizationIds }`): a meeting request, where acting
 *   for either side is enough;
 * - a person's own thing (`{ ownerUserId }`): a saved search;
 * - the platform itself (`PLATFORM`): creating institutions, the admin area.
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
  // Institutions (chambers, agencies, associations): staff and settings (admins only).
  "institution.manage",
  // The institution's member list: imports and claim invitations.
  "institution.members.manage",
  // Vouching for a company; the company must also lie within the institution's scope
  // (lib/institutions/scope.ts mayVouchFor).
  "institution.verify",
  // Moderating companies the institution lists or verified.
  "institution.moderate",
  "institution.stats.view",
] as const;

export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];

/**
 * What any member may do whatever their role, and nobody else (platform admins included):
 * leaving the organization.
 */
export const MEMBERSHIP_ACTIONS = ["membership.leave"] as const;
export type MembershipAction = (typeof MEMBERSHIP_ACTIONS)[number];

/**
 * Things of one person rather than an organization. Only that person touches them; platform
 * admins get no pass, as with a password.
 */
export const PERSONAL_ACTIONS = ["savedSearch.manage"] as const;
export type PersonalAction = (typeof PERSONAL_ACTIONS)[number];

/** Running the platform: only users with isPlatformAdmin, whatever their memberships. */
export const PLATFORM_ACTIONS = ["platform.manage"] as const;
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

export type Permission = PermissionAction | MembershipAction | PersonalAction | PlatformAction;

/** The organization a resource belongs to: a company for profiles and listings, the organizer for events. */
export interface PermissionResource {
  organizationId: string;
}

/** A thing two organizations take part in; acting for either of them is enough. */
export interface SharedResource {
  organizationIds: readonly string[];
}

/** A thing that belongs to one person. */
export interface PersonalResource {
  ownerUserId: string;
}

/** The platform as a whole; the resource of platform actions. */
export interface PlatformResource {
  platform: true;
}
export const PLATFORM: PlatformResource = { platform: true };

export type AnyResource = PermissionResource | SharedResource | PersonalResource | PlatformResource;

export interface PermissionSubject {
  /** Needed only for personal things; without it they are refused. */
  id?: string;
  isPlatformAdmin: boolean;
  memberships: readonly { organizationId: string; role: MembershipRole }[];
}

const ALL = new Set<PermissionAction>(PERMISSION_ACTIONS);

/**
 * A company's owner runs the company, not an institution: the institution actions belong to
 * institution admins and staff only, so an owner acting for their own company never passes them.
 */
const COMPANY_OWNER = new Set<PermissionAction>([...ALL].filter((action) => !action.startsWith("institution.")));

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
  // A verification is signed by the institution; a platform admin cannot sign in its name.
  "institution.verify",
]);

/** What every institution employee does: events, member lists, verification, moderation, statistics. */
const INSTITUTION_STAFF = new Set<PermissionAction>([
  "company.view",
  "company.members.view",
  "event.create",
  "event.update",
  "event.publish",
  "event.delete",
  "event.registrations.manage",
  "institution.members.manage",
  "institution.verify",
  "institution.moderate",
  "institution.stats.view",
]);

const ROLE_PERMISSIONS: Record<MembershipRole, ReadonlySet<PermissionAction>> = {
  // Owners run their organization, including the team and its deletion.
  OWNER: COMPANY_OWNER,
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
  // Institution admins do what staff do and run the institution: its staff (the team, as
  // company owners do) and its settings.
  INSTITUTION_ADMIN: new Set<PermissionAction>([...INSTITUTION_STAFF, "institution.manage", "company.members.manage"]),
  INSTITUTION_STAFF,
};

export function roleIn(user: PermissionSubject | null | undefined, organizationId: string): MembershipRole | null {
  return user?.memberships.find((m) => m.organizationId === organizationId)?.role ?? null;
}

const PERSONAL: ReadonlySet<Permission> = new Set<Permission>(PERSONAL_ACTIONS);
const MEMBERSHIP: ReadonlySet<Permission> = new Set<Permission>(MEMBERSHIP_ACTIONS);
const PLATFORM_ONLY: ReadonlySet<Permission> = new Set<Permission>(PLATFORM_ACTIONS);

function mayActFor(user: PermissionSubject, action: PermissionAction | MembershipAction, organizationId: string): boolean {
  const role = roleIn(user, organizationId);
  if (MEMBERSHIP.has(action)) return role !== null;
  if (role !== null && ROLE_PERMISSIONS[role].has(action as PermissionAction)) return true;
  return user.isPlatformAdmin && !MEMBERS_ONLY.has(action as PermissionAction);
}

function partiesOf(resource: PermissionResource | SharedResource): readonly string[] {
  return "organizationIds" in resource ? resource.organizationIds : [resource.organizationId];
}

/**
 * The organizations of the resource for which the user may do `action`: the side(s) they act
 * for. Empty when refused. A personal thing has no organization, so it yields none.
 */
export function actingFor(
  user: PermissionSubject | null | undefined,
  action: Permission,
  resource: AnyResource,
): readonly string[] {
  if (!user || "ownerUserId" in resource || "platform" in resource || PERSONAL.has(action) || PLATFORM_ONLY.has(action)) {
    return [];
  }
  return partiesOf(resource).filter((organizationId) => mayActFor(user, action as PermissionAction, organizationId));
}

export function can(
  user: PermissionSubject | null | undefined,
  action: PermissionAction | MembershipAction,
  resource: PermissionResource | SharedResource,
): boolean;
export function can(user: PermissionSubject | null | undefined, action: PersonalAction, resource: PersonalResource): boolean;
export function can(user: PermissionSubject | null | undefined, action: PlatformAction, resource: PlatformResource): boolean;
export function can(user: PermissionSubject | null | undefined, action: Permission, resource: AnyResource): boolean {
  if (!user) return false;
  if ("platform" in resource || PLATFORM_ONLY.has(action)) {
    return "platform" in resource && PLATFORM_ONLY.has(action) && user.isPlatformAdmin === true;
  }
  // A personal action on an organization's thing, or the reverse, is a mistake: refuse it.
  if ("ownerUserId" in resource) return PERSONAL.has(action) && user.id !== undefined && user.id === resource.ownerUserId;
  return actingFor(user, action, resource).length > 0;
}

/**
 * The answer for a caller refused `action` on a thing looked up by its id. Whoever has no role
 * in the organization it belongs to hears "not_found", exactly as for an id that does not
 * exist, so ids of other organizations' listings, threads or registrations cannot be probed.
 * Members whose role lacks the right know the thing anyway and hear "forbidden". Another
 * person's own thing does not exist for anyone else.
 */
export function refusalFor(user: PermissionSubject | null | undefined, resource: AnyResource): "forbidden" | "not_found" {
  if ("ownerUserId" in resource) return "not_found";
  if ("platform" in resource) return "forbidden";
  return partiesOf(resource).some((organizationId) => roleIn(user, organizationId) !== null) ? "forbidden" : "not_found";
}

export type Decision =
  | { granted: true; actingFor: readonly string[] }
  | { granted: false; refusal: "unauthorized" | "forbidden" | "not_found" };

/**
 * The whole answer for a thing named in a request: `resource` is what the caller's id led to,
 * null when nothing has it. `named` is how the caller pointed at the organization: "by-id" for
 * a thing looked up by its id (refusals read as for an unknown id, see refusalFor), "chosen"
 * for an organization the caller names itself (a refusal is plainly "forbidden").
 */
export function decide(
  user: PermissionSubject | null | undefined,
  action: Permission,
  resource: AnyResource | null,
  named: "by-id" | "chosen" = "by-id",
): Decision {
  if (!user) return { granted: false, refusal: "unauthorized" };
  if (!resource) return { granted: false, refusal: "not_found" };
  const allowed = can(user, action as never, resource as never);
  if (!allowed) return { granted: false, refusal: named === "chosen" ? "forbidden" : refusalFor(user, resource) };
  return { granted: true, actingFor: actingFor(user, action, resource) };
}

/** The actions a role allows, for showing or hiding controls in the UI. */
export function permissionsOf(role: MembershipRole): ReadonlySet<PermissionAction> {
  return ROLE_PERMISSIONS[role];
}

/**
 * The roles whose members may do `action`, e.g. everyone who reads a company's inbox and is
 * told of a new enquiry. Platform admins are not among them: this asks who is in the company.
 */
export function rolesGranting(action: PermissionAction): MembershipRole[] {
  return (Object.keys(ROLE_PERMISSIONS) as MembershipRole[]).filter((role) => ROLE_PERMISSIONS[role].has(action));
}

/** Whether the user runs the platform: the admin area, creating institutions, their scope. */
export function isPlatformManager(user: PermissionSubject | null | undefined): boolean {
  return can(user, "platform.manage", PLATFORM);
}
