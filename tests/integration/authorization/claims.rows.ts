// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { acceptClaimLinkAction } from "../../../lib/claims/actions/accept-claim-link";
import { requestClaimAction } from "../../../lib/claims/actions/request-claim";
import { reviewClaimRequestAction } from "../../../lib/claims/actions/review-claim-request";
import { reviewClaimRequestAsAdminAction } from "../../../lib/claims/actions/review-claim-request-as-admin";
import { sendClaimInvitationsAction } from "../../../lib/claims/actions/send-claim-invitations";
import { uniqueEmail } from "../support/accounts";
import { createClaimLink, createUnmanagedCompany } from "../support/claims";
import { row, rows, SIGNED_IN, type MatrixFixture } from "./matrix";

/**
 * Claiming profiles. The organizer fixture is an institution with an admin and a staff member;
 * another institution's staff act in their own institution's name in the row that says so.
 */
const INSTITUTION_STAFF = {
  anonymous: "unauthorized",
  otherMember: "forbidden",
  organizerStaff: "ok",
  admin: "ok",
  editor: "forbidden",
  owner: "forbidden",
} as const;

const PLATFORM_ONLY = { ...INSTITUTION_STAFF, organizerStaff: "forbidden" } as const;

async function pendingRequest(f: MatrixFixture, listed: boolean) {
  const company = await createUnmanagedCompany({
    website: "https://www.strojirna-example.cz",
    listedBy: listed ? { institutionId: f.organizer.id } : undefined,
  });
  const request = await f.db.claimRequest.create({
    data: { companyId: company.id, userId: f.users.secondEditor.id, email: f.users.secondEditor.email, domainCheck: "mismatch" },
  });
  return { company, request };
}

const ownerIsRequester = async (f: MatrixFixture) => {
  const request = await f.db.claimRequest.findFirstOrThrow({ where: { userId: f.users.secondEditor.id } });
  expect(request.status).toBe("REJECTED");
};

export default rows({
  sendClaimInvitationsAction: row({
    action: sendClaimInvitationsAction,
    input: async (f) => {
      const company = await createUnmanagedCompany({
        listedBy: { institutionId: f.organizer.id, contactEmail: uniqueEmail("firma") },
      });
      return { institutionId: f.organizer.id, companyIds: [company.id] };
    },
    expect: INSTITUTION_STAFF,
    verify: async (f, data) => {
      expect(data).toMatchObject({ sent: 1, failed: 0 });
      expect(await f.db.claimInvitation.count({ where: { institutionId: f.organizer.id } })).toBe(1);
    },
  }),
  acceptClaimLinkAction: row({
    action: acceptClaimLinkAction,
    // Addressed to whoever calls: the link needs the matching account, not a role.
    input: async (f) => {
      const company = await createUnmanagedCompany({ listedBy: { institutionId: f.organizer.id } });
      const { token } = await createClaimLink({
        companyId: company.id,
        institutionId: f.organizer.id,
        email: f.actor?.email ?? uniqueEmail("nobody"),
      });
      return { token };
    },
    expect: SIGNED_IN,
    verify: async (f, data) => {
      const { companyId } = data as { companyId: string };
      const memberships = await f.db.membership.findMany({ where: { organizationId: companyId } });
      expect(memberships).toEqual([expect.objectContaining({ userId: f.actor!.id, role: "OWNER" })]);
    },
  }),
  requestClaimAction: row({
    action: requestClaimAction,
    input: async (f) => {
      const company = await createUnmanagedCompany({
        website: "https://www.strojirna-example.cz",
        listedBy: { institutionId: f.organizer.id },
      });
      return { companyId: company.id };
    },
    expect: SIGNED_IN,
    verify: async (f, data) => {
      expect(data).toMatchObject({ outcome: "requested", reviewer: "institution" });
      expect(await f.db.claimRequest.count({ where: { userId: f.actor!.id, status: "PENDING" } })).toBe(1);
    },
  }),
  reviewClaimRequestAction: row({
    action: reviewClaimRequestAction,
    input: async (f) => {
      const { request } = await pendingRequest(f, true);
      return { institutionId: f.organizer.id, requestId: request.id, decision: "reject" as const };
    },
    expect: INSTITUTION_STAFF,
    verify: ownerIsRequester,
  }),
  "reviewClaimRequestAction in another institution's name": row({
    action: reviewClaimRequestAction,
    // The request is the organizer's to review: for another institution it does not exist.
    input: async (f) => {
      const { request } = await pendingRequest(f, true);
      return { institutionId: f.otherOrganizer.id, requestId: request.id, decision: "reject" as const };
    },
    expect: { ...INSTITUTION_STAFF, organizerStaff: "forbidden", otherInstitution: "not_found", admin: "not_found" },
    hidden: "requestId",
  }),
  reviewClaimRequestAsAdminAction: row({
    action: reviewClaimRequestAsAdminAction,
    input: async (f) => {
      const { request } = await pendingRequest(f, false);
      return { requestId: request.id, decision: "reject" as const };
    },
    expect: PLATFORM_ONLY,
    verify: ownerIsRequester,
  }),
});
