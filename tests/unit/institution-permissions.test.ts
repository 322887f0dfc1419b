// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { can, decide, isPlatformManager, PLATFORM, type PermissionAction } from "../../lib/auth/permissions";
import { rolesFor } from "../../lib/team/roles";

const chamber = { organizationId: "chamber" };
const person = (role: "OWNER" | "EDITOR" | "INSTITUTION_ADMIN" | "INSTITUTION_STAFF", organizationId = "chamber") => ({
  isPlatformAdmin: false,
  memberships: [{ organizationId, role }],
});

const institutionWork: PermissionAction[] = [
  "event.create",
  "event.registrations.manage",
  "institution.members.manage",
  "institution.verify",
  "institution.moderate",
  "institution.stats.view",
];

describe("institution roles", () => {
  it("lets admins and staff run events, member lists, verification, moderation and statistics", () => {
    for (const role of ["INSTITUTION_ADMIN", "INSTITUTION_STAFF"] as const) {
      for (const action of institutionWork) expect(can(person(role), action, chamber), `${role} ${action}`).toBe(true);
    }
  });

  it("leaves staff and settings to the admins", () => {
    expect(can(person("INSTITUTION_ADMIN"), "institution.manage", chamber)).toBe(true);
    expect(can(person("INSTITUTION_ADMIN"), "company.members.manage", chamber)).toBe(true);
    expect(can(person("INSTITUTION_STAFF"), "institution.manage", chamber)).toBe(false);
    expect(can(person("INSTITUTION_STAFF"), "company.members.manage", chamber)).toBe(false);
  });

  it("gives another institution's staff nothing, and hides the chamber's things from them", () => {
    const other = person("INSTITUTION_ADMIN", "other-chamber");
    for (const action of [...institutionWork, "institution.manage" as const]) expect(can(other, action, chamber)).toBe(false);
    expect(decide(other, "institution.verify", chamber)).toEqual({ granted: false, refusal: "not_found" });
  });

  it("does not let a company's owner act for an institution", () => {
    expect(can(person("OWNER", "company"), "institution.verify", chamber)).toBe(false);
  });

  it("gives a company's owner no institution work on their own company either", () => {
    // An owner holds every company permission; the institution ones are not among them, so an
    // owner who names their own company as the "institution" is refused before any loader runs.
    const owner = person("OWNER", "company");
    const company = { organizationId: "company" };
    const institutionOnly = [...institutionWork, "institution.manage" as const].filter((a) => a.startsWith("institution."));
    for (const action of institutionOnly) expect(can(owner, action, company), action).toBe(false);
    expect(can(owner, "company.update", company)).toBe(true);
  });

  it("lets platform admins manage an institution but not sign a verification in its name", () => {
    const admin = { isPlatformAdmin: true, memberships: [] };
    expect(can(admin, "institution.manage", chamber)).toBe(true);
    expect(can(admin, "institution.verify", chamber)).toBe(false);
  });

  it("hands out admin and staff roles in institutions, owner and editor in companies", () => {
    expect(rolesFor("INSTITUTION")).toEqual(["INSTITUTION_ADMIN", "INSTITUTION_STAFF"]);
    expect(rolesFor("COMPANY")).toEqual(["OWNER", "EDITOR"]);
  });
});

describe("platform.manage", () => {
  it("is granted to platform admins only, whatever else they are", () => {
    expect(isPlatformManager({ isPlatformAdmin: true, memberships: [] })).toBe(true);
    expect(isPlatformManager(person("INSTITUTION_ADMIN"))).toBe(false);
    expect(isPlatformManager(person("OWNER"))).toBe(false);
    expect(isPlatformManager(null)).toBe(false);
    expect(decide(person("INSTITUTION_ADMIN"), "platform.manage", PLATFORM)).toEqual({ granted: false, refusal: "forbidden" });
    expect(decide(null, "platform.manage", PLATFORM)).toEqual({ granted: false, refusal: "unauthorized" });
  });

  it("is never granted through an organization", () => {
    const admin = { isPlatformAdmin: true, memberships: [] };
    expect(decide(admin, "platform.manage", chamber)).toEqual({ granted: false, refusal: "not_found" });
    expect(can(admin, "company.update", PLATFORM as never)).toBe(false);
  });
});
