// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { createInstitutionAction } from "../../../lib/institutions/actions/create-institution";
import { revokeVerificationAction } from "../../../lib/institutions/actions/revoke-verification";
import { setVerificationScopeAction } from "../../../lib/institutions/actions/set-verification-scope";
import { verifyCompanyAction } from "../../../lib/institutions/actions/verify-company";
import { uniqueEmail } from "../support/accounts";
import { row, rows, type MatrixFixture } from "./matrix";

/**
 * Institutions and verification. The organizer fixture is an institution with an admin
 * (organizerStaff) and a staff member (institutionStaff); otherInstitution runs another one.
 */
const PLATFORM_ONLY = {
  anonymous: "unauthorized",
  otherMember: "forbidden",
  organizerStaff: "forbidden",
  institutionStaff: "forbidden",
  otherInstitution: "forbidden",
  admin: "ok",
  editor: "forbidden",
  owner: "forbidden",
} as const;

// A verification is signed by the institution: its own people only, not even platform admins.
const INSTITUTION_ONLY = { ...PLATFORM_ONLY, organizerStaff: "ok", institutionStaff: "ok", admin: "forbidden" } as const;
const INSTITUTION_ONLY_BY_ID = {
  ...INSTITUTION_ONLY,
  otherMember: "not_found",
  otherInstitution: "not_found",
  admin: "not_found",
  editor: "not_found",
  owner: "not_found",
} as const;

/** `company` on the organizer's member list, so the organizer may vouch for it. */
async function listCompany(f: MatrixFixture) {
  await f.db.institutionMember.create({ data: { institutionId: f.organizer.id, companyId: f.company.id } });
}

export default rows({
  createInstitutionAction: row({
    action: createInstitutionAction,
    input: () => ({
      name: `Hospodářská komora ${uniqueEmail("hk").slice(3, 11)}`,
      institutionType: "CHAMBER" as const,
      country: "CZ" as const,
      regionId: "cz-ustecky",
      website: "www.komora-example.cz",
      verificationScope: "REGION" as const,
      adminEmail: uniqueEmail("komora"),
      adminLocale: "cs" as const,
    }),
    expect: PLATFORM_ONLY,
    verify: async (f, data) => {
      const { id } = data as { id: string };
      const created = await f.db.organization.findUniqueOrThrow({ where: { id }, include: { invitations: true } });
      expect(created).toMatchObject({ kind: "INSTITUTION", institutionType: "CHAMBER", verificationScope: "REGION", status: "PUBLISHED" });
      expect(created.invitations).toEqual([expect.objectContaining({ role: "INSTITUTION_ADMIN", locale: "cs" })]);
    },
  }),
  setVerificationScopeAction: row({
    action: setVerificationScopeAction,
    input: async (f) => {
      await f.db.organization.update({ where: { id: f.organizer.id }, data: { regionId: "de-sn-goerlitz" } });
      return { institutionId: f.organizer.id, verificationScope: "REGION" as const };
    },
    expect: PLATFORM_ONLY,
    verify: async (f) => {
      const institution = await f.db.organization.findUniqueOrThrow({ where: { id: f.organizer.id } });
      expect(institution.verificationScope).toBe("REGION");
    },
  }),
  verifyCompanyAction: row({
    action: verifyCompanyAction,
    input: async (f) => {
      await listCompany(f);
      return { institutionId: f.organizer.id, companyId: f.company.id, memberChecked: true, registerChecked: false };
    },
    expect: INSTITUTION_ONLY,
    verify: async (f) => {
      const active = await f.db.companyVerification.findMany({ where: { companyId: f.company.id, revokedAt: null } });
      expect(active).toEqual([expect.objectContaining({ institutionId: f.organizer.id, verifiedById: f.actor!.id, memberChecked: true })]);
    },
  }),
  revokeVerificationAction: row({
    action: revokeVerificationAction,
    input: async (f) => {
      await listCompany(f);
      const verification = await f.db.companyVerification.create({
        data: { companyId: f.company.id, institutionId: f.organizer.id, memberChecked: true, registerChecked: true },
      });
      return { verificationId: verification.id, reason: "Mitgliedschaft beendet" };
    },
    expect: INSTITUTION_ONLY_BY_ID,
    hidden: "verificationId",
    verify: async (f) => {
      const [verification] = await f.db.companyVerification.findMany({ where: { companyId: f.company.id } });
      expect(verification).toMatchObject({ revokedById: f.actor!.id, revocationReason: "Mitgliedschaft beendet" });
      expect(verification.revokedAt).not.toBeNull();
    },
  }),
});
