// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import { withTestSession } from "@/lib/auth/test-session";
import { acceptClaimLinkAction } from "@/lib/claims/actions/accept-claim-link";
import { requestClaimAction } from "@/lib/claims/actions/request-claim";
import { reviewClaimRequestAction } from "@/lib/claims/actions/review-claim-request";
import { reviewClaimRequestAsAdminAction } from "@/lib/claims/actions/review-claim-request-as-admin";
import { sendClaimInvitationsAction } from "@/lib/claims/actions/send-claim-invitations";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createOrganization, createUser, uniqueEmail } from "./support/accounts";
import { createClaimLink, createUnmanagedCompany } from "./support/claims";

/**
 * The claim actions as the six callers the institution features know: platform admin,
 * institution admin, institution staff, staff of another institution, a company owner and
 * anonymous (the general matrix in authorization-matrix.test.ts covers its own six).
 */
let capture: SmtpCapture;
beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
});
afterAll(async () => {
  await capture.stop();
  await testDb.drop();
});
beforeEach(() => resetAllLimits());

const CALLERS = ["platformAdmin", "institutionAdmin", "institutionStaff", "otherInstitution", "companyOwner", "anonymous"] as const;
type Caller = (typeof CALLERS)[number];

async function fixture() {
  const [platformAdmin, institutionAdmin, institutionStaff, otherInstitution, companyOwner, requester] = await Promise.all(
    CALLERS.slice(0, 5).map(() => createUser()).concat(createUser()),
  );
  await testDb.db.user.update({ where: { id: platformAdmin.id }, data: { isPlatformAdmin: true }, select: { id: true } });
  const institution = await createOrganization(
    [
      { user: institutionAdmin, role: "INSTITUTION_ADMIN" },
      { user: institutionStaff, role: "INSTITUTION_STAFF" },
    ],
    { kind: "INSTITUTION" },
  );
  const other = await createOrganization([{ user: otherInstitution, role: "INSTITUTION_STAFF" }], { kind: "INSTITUTION" });
  const company = await createOrganization([{ user: companyOwner, role: "OWNER" }]);
  const users: Record<Exclude<Caller, "anonymous">, { id: string; email: string }> = {
    platformAdmin,
    institutionAdmin,
    institutionStaff,
    otherInstitution,
    companyOwner,
  };
  return { users, institution, other, company, requester };
}

type Fixture = Awaited<ReturnType<typeof fixture>>;
const outcome = (r: ActionResult<unknown>) => (r.ok ? "ok" : r.code);

const cases: Record<string, { run: (f: Fixture, caller: Caller) => Promise<ActionResult<unknown>>; expect: Record<Caller, string> }> = {
  sendClaimInvitationsAction: {
    run: async (f) => {
      const c = await createUnmanagedCompany({ listedBy: { institutionId: f.institution.id, contactEmail: uniqueEmail() } });
      return sendClaimInvitationsAction({ institutionId: f.institution.id, companyIds: [c.id] });
    },
    expect: {
      platformAdmin: "ok",
      institutionAdmin: "ok",
      institutionStaff: "ok",
      otherInstitution: "forbidden",
      companyOwner: "forbidden",
      anonymous: "unauthorized",
    },
  },
  reviewClaimRequestAction: {
    run: async (f, caller) => {
      const c = await createUnmanagedCompany({ website: "firma.example", listedBy: { institutionId: f.institution.id } });
      const r = await testDb.db.claimRequest.create({
        data: { companyId: c.id, userId: f.requester.id, email: f.requester.email, domainCheck: "mismatch" },
      });
      // Another institution's staff act in their own institution's name: the request is not theirs to find.
      const institutionId = caller === "otherInstitution" ? f.other.id : f.institution.id;
      return reviewClaimRequestAction({ institutionId, requestId: r.id, decision: "reject" });
    },
    expect: {
      platformAdmin: "ok",
      institutionAdmin: "ok",
      institutionStaff: "ok",
      otherInstitution: "not_found",
      companyOwner: "forbidden",
      anonymous: "unauthorized",
    },
  },
  reviewClaimRequestAsAdminAction: {
    run: async (f) => {
      const c = await createUnmanagedCompany({ website: "firma.example" });
      const r = await testDb.db.claimRequest.create({
        data: { companyId: c.id, userId: f.requester.id, email: f.requester.email, domainCheck: "mismatch" },
      });
      return reviewClaimRequestAsAdminAction({ requestId: r.id, decision: "reject" });
    },
    expect: {
      platformAdmin: "ok",
      institutionAdmin: "forbidden",
      institutionStaff: "forbidden",
      otherInstitution: "forbidden",
      companyOwner: "forbidden",
      anonymous: "unauthorized",
    },
  },
  requestClaimAction: {
    run: async () => requestClaimAction({ companyId: (await createUnmanagedCompany({ website: "firma.example" })).id }),
    expect: {
      platformAdmin: "ok",
      institutionAdmin: "ok",
      institutionStaff: "ok",
      otherInstitution: "ok",
      companyOwner: "ok",
      anonymous: "unauthorized",
    },
  },
  acceptClaimLinkAction: {
    run: async (f, caller) => {
      const c = await createUnmanagedCompany();
      const email = caller === "anonymous" ? uniqueEmail() : f.users[caller].email;
      return acceptClaimLinkAction({ token: (await createClaimLink({ companyId: c.id, email })).token });
    },
    expect: {
      platformAdmin: "ok",
      institutionAdmin: "ok",
      institutionStaff: "ok",
      otherInstitution: "ok",
      companyOwner: "ok",
      anonymous: "unauthorized",
    },
  },
};

describe.each(Object.entries(cases))("%s", (_name, c) => {
  it.each(CALLERS.map((caller) => [caller, c.expect[caller]] as const))("as %s → %s", async (caller, expected) => {
    const f = await fixture();
    const actor = caller === "anonymous" ? null : f.users[caller];
    const result = await withTestSession(actor, () => c.run(f, caller));
    expect({ outcome: outcome(result), error: result.ok ? null : result.formError }).toMatchObject({ outcome: expected });
  });
});
