// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { can, PERMISSION_ACTIONS, refusalFor, type PermissionAction } from "../../lib/auth/permissions";

const company = { organizationId: "org-a" };
const member = (role: "OWNER" | "EDITOR" | "INSTITUTION_ADMIN", organizationId = "org-a") => ({
  isPlatformAdmin: false,
  memberships: [{ organizationId, role }],
});

const editorMay: PermissionAction[] = [
  "company.view",
  "company.update",
  "company.members.view",
  "listing.create",
  "listing.update",
  "listing.delete",
  "enquiry.send",
  "enquiry.read",
  "enquiry.manage",
  "watchlist.manage",
];

describe("can", () => {
  it("lets owners do everything on their own company except an institution's work", () => {
    for (const action of PERMISSION_ACTIONS) {
      expect(can(member("OWNER"), action, company), action).toBe(!action.startsWith("institution."));
    }
  });

  it.each(editorMay)("lets editors %s", (action) => {
    expect(can(member("EDITOR"), action, company)).toBe(true);
  });

  it("keeps editors away from members, publication and deletion", () => {
    for (const action of ["company.members.manage", "company.delete", "company.publish"] as const) {
      expect(can(member("EDITOR"), action, company)).toBe(false);
    }
  });

  it("grants nothing on other organizations, to anonymous callers or to users without membership", () => {
    for (const action of PERMISSION_ACTIONS) {
      expect(can(member("OWNER", "org-b"), action, company)).toBe(false);
      expect(can(null, action, company)).toBe(false);
      expect(can({ isPlatformAdmin: false, memberships: [] }, action, company)).toBe(false);
    }
  });

  it("lets platform admins do everything anywhere, except speak for a company they are not part of", () => {
    const admin = { isPlatformAdmin: true, memberships: [] };
    const allowed = PERMISSION_ACTIONS.filter((action) => can(admin, action, company));
    expect(PERMISSION_ACTIONS.filter((action) => !allowed.includes(action))).toEqual([
      "event.register",
      "enquiry.send",
      "enquiry.read",
      "enquiry.manage",
      "watchlist.manage",
      "institution.verify",
    ]);
    expect(allowed).toEqual(expect.arrayContaining(["company.update", "company.delete", "listing.delete", "event.publish"]));
  });

  it("lets a platform admin who is a member speak for that company", () => {
    const adminEditor = { isPlatformAdmin: true, memberships: [{ organizationId: "org-a", role: "EDITOR" as const }] };
    expect(can(adminEditor, "enquiry.send", company)).toBe(true);
    expect(can(adminEditor, "watchlist.manage", company)).toBe(true);
    expect(can(adminEditor, "company.delete", company)).toBe(true);
  });

  it("uses the role in the organization concerned when a user belongs to several", () => {
    const user = { isPlatformAdmin: false, memberships: [{ organizationId: "org-b", role: "OWNER" as const }, { organizationId: "org-a", role: "EDITOR" as const }] };
    expect(can(user, "company.delete", { organizationId: "org-b" })).toBe(true);
    expect(can(user, "company.delete", company)).toBe(false);
  });
});

describe("refusalFor", () => {
  it("tells everyone outside the organization that the thing does not exist", () => {
    expect(refusalFor(member("OWNER", "org-b"), company)).toBe("not_found");
    expect(refusalFor(member("INSTITUTION_ADMIN", "org-b"), company)).toBe("not_found");
    expect(refusalFor({ isPlatformAdmin: true, memberships: [] }, company)).toBe("not_found");
    expect(refusalFor(null, company)).toBe("not_found");
  });

  it("tells members whose role lacks the right that it is forbidden", () => {
    expect(refusalFor(member("EDITOR"), company)).toBe("forbidden");
    expect(refusalFor(member("INSTITUTION_ADMIN"), company)).toBe("forbidden");
  });
});
