// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { expiresIn, newToken } from "../../../lib/auth/tokens";
import { createCompanyAction } from "../../../lib/companies/actions/create-company";
import { acceptInvitationAction } from "../../../lib/team/actions/accept-invitation";
import { changeMemberRoleAction } from "../../../lib/team/actions/change-member-role";
import { inviteMemberAction } from "../../../lib/team/actions/invite-member";
import { removeMemberAction } from "../../../lib/team/actions/remove-member";
import { revokeInvitationAction } from "../../../lib/team/actions/revoke-invitation";
import { uniqueEmail } from "../support/accounts";
import { OWNER_ONLY, OWNER_ONLY_BY_ID, row, rows, SIGNED_IN, type MatrixFixture } from "./matrix";

async function invitation(f: MatrixFixture, email: string) {
  const { token, tokenHash } = newToken();
  const row = await f.db.invitation.create({
    data: { organizationId: f.company.id, email, role: "EDITOR", tokenHash, expiresAt: expiresIn(3600_000) },
  });
  return { id: row.id, token };
}

export default rows({
  createCompanyAction: row({
    action: createCompanyAction,
    input: () => ({ name: "Neue Firma GmbH", country: "DE" as const }),
    expect: SIGNED_IN,
    verify: async (f, data) => {
      const { id } = data as { id: string };
      const membership = await f.db.membership.findFirstOrThrow({ where: { organizationId: id } });
      expect(membership).toMatchObject({ userId: f.actor!.id, role: "OWNER" });
    },
  }),
  inviteMemberAction: row({
    action: inviteMemberAction,
    input: (f) => ({ organizationId: f.company.id, email: uniqueEmail("invitee"), role: "EDITOR" as const, locale: "de" as const }),
    expect: OWNER_ONLY,
    hidden: "organizationId",
  }),
  acceptInvitationAction: row({
    action: acceptInvitationAction,
    // Addressed to whoever calls: accepting needs only the matching account, not a role.
    input: async (f) => ({ token: (await invitation(f, f.actor?.email ?? uniqueEmail("nobody"))).token }),
    expect: SIGNED_IN,
    verify: async (f) => {
      expect(await f.db.membership.count({ where: { organizationId: f.company.id, userId: f.actor!.id } })).toBe(1);
    },
  }),
  changeMemberRoleAction: row({
    action: changeMemberRoleAction,
    input: (f) => ({ organizationId: f.company.id, userId: f.users.secondEditor.id, role: "OWNER" as const }),
    expect: OWNER_ONLY,
    hidden: "userId",
    // In the outsider's own company, `company`'s editor is nobody.
    mixed: { input: (f) => ({ organizationId: f.otherCompany.id, userId: f.users.secondEditor.id, role: "OWNER" as const }) },
    verify: async (f) => {
      const m = await f.db.membership.findFirstOrThrow({ where: { organizationId: f.company.id, userId: f.users.secondEditor.id } });
      expect(m.role).toBe("OWNER");
    },
  }),
  removeMemberAction: row({
    action: removeMemberAction,
    input: (f) => ({ organizationId: f.company.id, userId: f.users.secondEditor.id }),
    expect: OWNER_ONLY,
    hidden: "userId",
    mixed: { input: (f) => ({ organizationId: f.otherCompany.id, userId: f.users.secondEditor.id }) },
    verify: async (f) => {
      expect(await f.db.membership.count({ where: { organizationId: f.company.id, userId: f.users.secondEditor.id } })).toBe(0);
    },
  }),
  revokeInvitationAction: row({
    action: revokeInvitationAction,
    input: async (f) => ({ invitationId: (await invitation(f, uniqueEmail("invitee"))).id }),
    expect: OWNER_ONLY_BY_ID,
    hidden: "invitationId",
    verify: async (f) => {
      expect(await f.db.invitation.count({ where: { organizationId: f.company.id } })).toBe(0);
    },
  }),
});
