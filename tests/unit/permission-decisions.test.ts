// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { actingFor, can, decide, refusalFor, rolesGranting } from "../../lib/auth/permissions";

type Role = "OWNER" | "EDITOR" | "INSTITUTION_ADMIN";
const user = (memberships: [string, Role][] = [], extra: { id?: string; isPlatformAdmin?: boolean } = {}) => ({
  id: extra.id ?? "user-1",
  isPlatformAdmin: extra.isPlatformAdmin ?? false,
  memberships: memberships.map(([organizationId, role]) => ({ organizationId, role })),
});
const admin = user([], { isPlatformAdmin: true });

describe("a person's own things", () => {
  const search = { ownerUserId: "user-1" };

  it("are open to their owner only, platform admins included", () => {
    expect(can(user(), "savedSearch.manage", search)).toBe(true);
    expect(can(user([], { id: "user-2" }), "savedSearch.manage", search)).toBe(false);
    expect(can(user([], { id: "user-2", isPlatformAdmin: true }), "savedSearch.manage", search)).toBe(false);
    expect(can(null, "savedSearch.manage", search)).toBe(false);
  });

  it("are refused to a subject without an id", () => {
    expect(can({ isPlatformAdmin: false, memberships: [] }, "savedSearch.manage", search)).toBe(false);
  });

  it("do not exist for anybody else", () => {
    expect(refusalFor(user([], { id: "user-2" }), search)).toBe("not_found");
    expect(decide(user([], { id: "user-2" }), "savedSearch.manage", search)).toEqual({ granted: false, refusal: "not_found" });
  });

  it("cannot be reached with an organization's permission, nor the reverse", () => {
    expect(can(user([["org-a", "OWNER"]]), "company.update" as never, search as never)).toBe(false);
    expect(can(user([["org-a", "OWNER"]]), "savedSearch.manage" as never, { organizationId: "org-a" } as never)).toBe(false);
  });
});

describe("leaving an organization", () => {
  it("is open to every member whatever the role, and to nobody else", () => {
    for (const role of ["OWNER", "EDITOR", "INSTITUTION_ADMIN"] as const) {
      expect(can(user([["org-a", role]]), "membership.leave", { organizationId: "org-a" })).toBe(true);
    }
    expect(can(user([["org-b", "OWNER"]]), "membership.leave", { organizationId: "org-a" })).toBe(false);
    expect(can(admin, "membership.leave", { organizationId: "org-a" })).toBe(false);
  });
});

describe("a thing two companies share", () => {
  const request = { organizationIds: ["org-a", "org-b"] };

  it("may be acted on for either side, and says which", () => {
    expect(actingFor(user([["org-b", "EDITOR"]]), "event.register", request)).toEqual(["org-b"]);
    expect(actingFor(user([["org-a", "OWNER"], ["org-b", "EDITOR"]]), "event.register", request)).toEqual(["org-a", "org-b"]);
    expect(can(user([["org-a", "EDITOR"]]), "event.register", request)).toBe(true);
  });

  it("keeps outsiders and platform admins out, as if it did not exist", () => {
    expect(can(user([["org-c", "OWNER"]]), "event.register", request)).toBe(false);
    expect(can(admin, "event.register", request)).toBe(false);
    expect(decide(user([["org-c", "OWNER"]]), "event.register", request)).toEqual({ granted: false, refusal: "not_found" });
    expect(decide(admin, "event.register", request)).toEqual({ granted: false, refusal: "not_found" });
  });

  it("tells a member of either side whose role lacks the right that it is forbidden", () => {
    expect(decide(user([["org-b", "INSTITUTION_ADMIN"]]), "event.register", request)).toEqual({ granted: false, refusal: "forbidden" });
  });
});

describe("decide", () => {
  const company = { organizationId: "org-a" };

  it("asks anonymous callers to sign in", () => {
    expect(decide(null, "company.update", company)).toEqual({ granted: false, refusal: "unauthorized" });
  });

  it("answers a missing thing and an outsider's request alike", () => {
    const outsider = user([["org-b", "OWNER"]]);
    expect(decide(outsider, "listing.update", null)).toEqual(decide(outsider, "listing.update", company));
  });

  it("says forbidden for an organization the caller names itself", () => {
    expect(decide(user([["org-b", "OWNER"]]), "company.update", company, "chosen")).toEqual({ granted: false, refusal: "forbidden" });
  });

  it("grants platform admins organization work but not members-only actions", () => {
    expect(decide(admin, "company.update", company)).toEqual({ granted: true, actingFor: ["org-a"] });
    expect(decide(admin, "watchlist.manage", company)).toEqual({ granted: false, refusal: "not_found" });
    expect(decide(admin, "enquiry.send", company, "chosen")).toEqual({ granted: false, refusal: "forbidden" });
  });
});

describe("rolesGranting", () => {
  it("lists the roles whose members read a company's inbox", () => {
    expect(rolesGranting("enquiry.read").sort()).toEqual(["EDITOR", "OWNER"]);
    expect(rolesGranting("event.create").sort()).toEqual(["INSTITUTION_ADMIN", "INSTITUTION_STAFF", "OWNER"]);
  });
});
