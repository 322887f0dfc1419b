// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import { withTestSession } from "@/lib/auth/test-session";
import { isManaged, managedCompanyIds } from "@/lib/companies/claim-state";
import { listPublishedCompanies } from "@/lib/companies/queries";
import { createInstitutionAction } from "@/lib/institutions/actions/create-institution";
import { revokeVerificationAction } from "@/lib/institutions/actions/revoke-verification";
import { setVerificationScopeAction } from "@/lib/institutions/actions/set-verification-scope";
import { verifyCompanyAction } from "@/lib/institutions/actions/verify-company";
import { mayVouchFor } from "@/lib/institutions/scope";
import { toApiResponse } from "@/lib/search/api";
import { createSearchEngine } from "@/lib/search/engine-factory";
import { parseSearchParams } from "@/lib/search/params";
import { drainOutbox } from "@/lib/search/worker";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { inviteMemberAction } from "@/lib/team/actions/invite-member";
import { removeMemberAction } from "@/lib/team/actions/remove-member";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createOrganization, createUser, uniqueEmail } from "./support/accounts";

type Caller = { id: string } | null;
const as = <T>(user: Caller, fn: () => Promise<ActionResult<T>>) => withTestSession(user, fn);
const engine = createSearchEngine(testDb.db, {});
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

/** A chamber with an admin and a staff member, a second institution, and a published company with its owner. */
async function world(options: { scope?: "MEMBERS" | "REGION"; regionId?: string | null } = {}) {
  const [platformAdmin, chamberAdmin, chamberStaff, otherAdmin, owner] = await Promise.all([
    createUser({ name: "Petra Plattform" }),
    createUser({ name: "Anna Kammer" }),
    createUser({ name: "Stefan Kammer" }),
    createUser({ name: "Oskar Verband" }),
    createUser({ name: "Olga Firma" }),
  ]);
  await testDb.db.user.update({ where: { id: platformAdmin.id }, data: { isPlatformAdmin: true } });
  const chamber = await createOrganization(
    [
      { user: chamberAdmin, role: "INSTITUTION_ADMIN" },
      { user: chamberStaff, role: "INSTITUTION_STAFF" },
    ],
    { kind: "INSTITUTION", name: `IHK Test ${Math.random().toString(36).slice(2, 8)}` },
  );
  await testDb.db.organization.update({
    where: { id: chamber.id },
    data: { verificationScope: options.scope ?? "MEMBERS", regionId: options.regionId ?? "de-sn-chemnitz", institutionType: "CHAMBER" },
  });
  const other = await createOrganization([{ user: otherAdmin, role: "INSTITUTION_ADMIN" }], { kind: "INSTITUTION" });
  const company = await createOrganization([{ user: owner, role: "OWNER" }]);
  await testDb.db.organization.update({
    where: { id: company.id },
    data: { status: "PUBLISHED", publishedAt: new Date(), city: "Chemnitz", regionId: "de-sn-chemnitz", descriptionDe: "Lohnfertigung und CNC-Fräsen von Aluminiumteilen." },
  });
  return { platformAdmin, chamberAdmin, chamberStaff, otherAdmin, owner, chamber, other, company };
}

const listed = (institutionId: string, companyId: string) =>
  testDb.db.institutionMember.create({ data: { institutionId, companyId } });

describe("who may verify, revoke and set up institutions", () => {
  it("lets the chamber's admin and staff verify its member, and nobody else", async () => {
    const w = await world();
    await listed(w.chamber.id, w.company.id);
    const input = { institutionId: w.chamber.id, companyId: w.company.id, memberChecked: true, registerChecked: true };
    const outcome = async (user: Caller) => {
      const result = await as(user, () => verifyCompanyAction(input));
      if (result.ok) await testDb.db.companyVerification.deleteMany({ where: { companyId: w.company.id } });
      return result.ok ? "ok" : result.code;
    };
    expect(await outcome(null)).toBe("unauthorized");
    expect(await outcome(w.owner)).toBe("forbidden");
    expect(await outcome(w.otherAdmin)).toBe("forbidden");
    expect(await outcome(w.platformAdmin)).toBe("forbidden");
    expect(await outcome(w.chamberStaff)).toBe("ok");
    expect(await outcome(w.chamberAdmin)).toBe("ok");
  });

  it("lets the chamber's people revoke its verification; to everyone else it does not exist", async () => {
    const w = await world();
    await listed(w.chamber.id, w.company.id);
    const outcome = async (user: Caller) => {
      const v = await testDb.db.companyVerification.create({
        data: { companyId: w.company.id, institutionId: w.chamber.id, memberChecked: true, registerChecked: false },
      });
      const result = await as(user, () => revokeVerificationAction({ verificationId: v.id, reason: null }));
      await testDb.db.companyVerification.deleteMany({ where: { companyId: w.company.id } });
      return result.ok ? "ok" : result.code;
    };
    expect(await outcome(null)).toBe("unauthorized");
    expect(await outcome(w.owner)).toBe("not_found");
    expect(await outcome(w.otherAdmin)).toBe("not_found");
    expect(await outcome(w.platformAdmin)).toBe("not_found");
    expect(await outcome(w.chamberStaff)).toBe("ok");
    expect(await outcome(w.chamberAdmin)).toBe("ok");
  });

  it("leaves creating institutions and their verification scope to platform admins", async () => {
    const w = await world();
    const create = (user: Caller) =>
      as(user, () =>
        createInstitutionAction({
          name: `Hospodářská komora ${Math.random().toString(36).slice(2, 8)}`,
          institutionType: "CHAMBER",
          country: "CZ",
          regionId: "cz-liberecky",
          website: "",
          verificationScope: "MEMBERS",
          adminEmail: uniqueEmail("komora"),
          adminLocale: "cs",
        }),
      );
    const scope = (user: Caller) =>
      as(user, () => setVerificationScopeAction({ institutionId: w.chamber.id, verificationScope: "REGION" }));
    for (const user of [w.chamberAdmin, w.chamberStaff, w.otherAdmin, w.owner]) {
      expect(await create(user)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await scope(user)).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await create(null)).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await scope(null)).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await create(w.platformAdmin)).toMatchObject({ ok: true });
    expect(await scope(w.platformAdmin)).toMatchObject({ ok: true });
    const log = await testDb.db.auditLog.findMany({ where: { actorUserId: w.platformAdmin.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((r) => r.action)).toEqual(["institution.create", "institution.scope"]);
  });
});

describe("creating an institution", () => {
  it("publishes it and mails its first admin an invitation in the chosen language", async () => {
    const w = await world();
    const adminEmail = uniqueEmail("hk-usti");
    const result = await as(w.platformAdmin, () =>
      createInstitutionAction({
        name: "Krajská hospodářská komora Ústeckého kraje",
        institutionType: "CHAMBER",
        country: "CZ",
        regionId: "cz-ustecky",
        website: "www.khk-usti.example",
        verificationScope: "REGION",
        adminEmail,
        adminLocale: "cs",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const mail = await capture.waitForMail(adminEmail);
    expect(mail.subject).toContain("Krajská hospodářská komora Ústeckého kraje");
    expect(mail.text).toContain("Správce instituce");
    expect(mail.text).toMatch(/\/cs\/account\/invitation\?token=/);
  });

  it("refuses a region of another country, a region scope without a region and a second chamber of the same name", async () => {
    const w = await world();
    const base = {
      name: "Wirtschaftsförderung Erzgebirge",
      institutionType: "AGENCY" as const,
      country: "DE" as const,
      regionId: "cz-ustecky",
      website: "",
      verificationScope: "MEMBERS" as const,
      adminEmail: uniqueEmail("wfe"),
      adminLocale: "de" as const,
    };
    const wrongRegion = await as(w.platformAdmin, () => createInstitutionAction(base));
    expect(wrongRegion).toMatchObject({ ok: false, code: "validation", fieldErrors: { regionId: expect.stringContaining("Region") } });
    const noRegion = await as(w.platformAdmin, () => createInstitutionAction({ ...base, regionId: "", verificationScope: "REGION" }));
    expect(noRegion).toMatchObject({ ok: false, code: "validation", fieldErrors: { regionId: expect.any(String) } });
    expect(await as(w.platformAdmin, () => createInstitutionAction({ ...base, regionId: "de-sn-erzgebirgskreis" }))).toMatchObject({ ok: true });
    const again = await as(w.platformAdmin, () => createInstitutionAction({ ...base, regionId: null, name: "wirtschaftsförderung erzgebirge" }));
    expect(again).toMatchObject({ ok: false, code: "conflict", fieldErrors: { name: "Eine Institution mit diesem Namen gibt es schon." } });
  });
});

describe("institution staff", () => {
  it("are invited by the admin, cannot manage the team themselves, and the last admin cannot be removed", async () => {
    const w = await world();
    const invited = await as(w.chamberAdmin, () =>
      inviteMemberAction({ organizationId: w.chamber.id, email: uniqueEmail("neu"), role: "INSTITUTION_STAFF", locale: "de" }),
    );
    expect(invited).toMatchObject({ ok: true });
    const byStaff = await as(w.chamberStaff, () =>
      inviteMemberAction({ organizationId: w.chamber.id, email: uniqueEmail("neu"), role: "INSTITUTION_STAFF", locale: "de" }),
    );
    expect(byStaff).toMatchObject({ ok: false, code: "forbidden" });
    // Company roles do not exist in an institution.
    const editor = await as(w.chamberAdmin, () =>
      inviteMemberAction({ organizationId: w.chamber.id, email: uniqueEmail("neu"), role: "EDITOR", locale: "de" }),
    );
    expect(editor).toMatchObject({ ok: false, code: "validation" });
    expect(await as(w.chamberAdmin, () => removeMemberAction({ organizationId: w.chamber.id, userId: w.chamberStaff.id }))).toMatchObject({ ok: true });
    const leaving = await as(w.chamberAdmin, () => removeMemberAction({ organizationId: w.chamber.id, userId: w.chamberAdmin.id }));
    expect(leaving).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("scope", () => {
  it("MEMBERS: only companies on the institution's member list", async () => {
    const w = await world({ scope: "MEMBERS" });
    expect(await mayVouchFor(testDb.db, w.chamber.id, w.company.id)).toBe(false);
    const refused = await as(w.chamberStaff, () =>
      verifyCompanyAction({ institutionId: w.chamber.id, companyId: w.company.id, memberChecked: true, registerChecked: false }),
    );
    expect(refused).toMatchObject({ ok: false, code: "forbidden", formError: expect.stringContaining("weder Ihr Mitglied") });
    await listed(w.chamber.id, w.company.id);
    expect(await mayVouchFor(testDb.db, w.chamber.id, w.company.id)).toBe(true);
    // Another institution's list does not widen this one's scope.
    expect(await mayVouchFor(testDb.db, w.other.id, w.company.id)).toBe(false);
  });

  it("REGION: every company in the institution's region, none outside it, never another institution", async () => {
    const w = await world({ scope: "REGION", regionId: "de-sn-chemnitz" });
    expect(await mayVouchFor(testDb.db, w.chamber.id, w.company.id)).toBe(true);
    const elsewhere = await createOrganization([]);
    await testDb.db.organization.update({ where: { id: elsewhere.id }, data: { regionId: "de-sn-goerlitz" } });
    expect(await mayVouchFor(testDb.db, w.chamber.id, elsewhere.id)).toBe(false);
    await testDb.db.organization.update({ where: { id: w.other.id }, data: { regionId: "de-sn-chemnitz" } });
    expect(await mayVouchFor(testDb.db, w.chamber.id, w.other.id)).toBe(false);
  });

  it("refuses a verification without any check, in the caller's language", async () => {
    const w = await world();
    await listed(w.chamber.id, w.company.id);
    const result = await withTestSession(
      w.chamberStaff,
      () => verifyCompanyAction({ institutionId: w.chamber.id, companyId: w.company.id, memberChecked: false, registerChecked: false }),
      { locale: "cs" },
    );
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { memberChecked: "Zaškrtněte alespoň jednu kontrolu." } });
  });
});

describe("verification", () => {
  it("puts the badge into search, the directory and the API, audit-logs it, and takes it away on revocation", async () => {
    const w = await world();
    await listed(w.chamber.id, w.company.id);
    await drainOutbox(testDb.db, engine);
    const verifiedOnly = async () => {
      const parsed = parseSearchParams({ q: "Aluminiumteilen", verified: "1" });
      if (!parsed.ok) throw new Error(parsed.error.message);
      return engine.search(parsed.query);
    };
    expect((await verifiedOnly()).hits.map((h) => h.organizationId)).not.toContain(w.company.id);

    const result = await as(w.chamberStaff, () =>
      verifyCompanyAction({ institutionId: w.chamber.id, companyId: w.company.id, memberChecked: true, registerChecked: true }),
    );
    expect(result).toMatchObject({ ok: true });
    const again = await as(w.chamberAdmin, () =>
      verifyCompanyAction({ institutionId: w.chamber.id, companyId: w.company.id, memberChecked: true, registerChecked: false }),
    );
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    await drainOutbox(testDb.db, engine);

    const found = await verifiedOnly();
    const hit = found.hits.find((h) => h.organizationId === w.company.id);
    expect(hit?.verifiedBy).toEqual({ institutionName: w.chamber.name, verifiedAt: expect.any(String) });
    const api = toApiResponse(found, "de", "https://portal.example");
    const apiHit = api.hits.find((h) => h.id === hit!.id);
    expect(apiHit?.verified).toBe(true);
    expect(apiHit?.verifiedBy?.label).toMatch(new RegExp(`^verifiziert von ${w.chamber.name}, \\d{1,2}\\. \\p{L}+ \\d{4}$`, "u"));
    const directory = await listPublishedCompanies(1, 500, "de", { verifiedOnly: true });
    expect(directory.companies.map((c) => c.id)).toContain(w.company.id);

    const verification = await testDb.db.companyVerification.findFirstOrThrow({ where: { companyId: w.company.id } });
    expect(await as(w.chamberAdmin, () => revokeVerificationAction({ verificationId: verification.id, reason: "Austritt" }))).toMatchObject({ ok: true });
    expect(await as(w.chamberAdmin, () => revokeVerificationAction({ verificationId: verification.id, reason: null }))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    await drainOutbox(testDb.db, engine);
    expect((await verifiedOnly()).hits.map((h) => h.organizationId)).not.toContain(w.company.id);
    expect((await listPublishedCompanies(1, 500, "de", { verifiedOnly: true })).companies.map((c) => c.id)).not.toContain(w.company.id);

    const log = await testDb.db.auditLog.findMany({ where: { entityId: verification.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((r) => [r.action, r.actorUserId])).toEqual([
      ["company.verify", w.chamberStaff.id],
      ["company.verification_revoke", w.chamberAdmin.id],
    ]);
  });

  it("rejects a verified filter value that is neither 1 nor 0", () => {
    expect(parseSearchParams({ verified: "yes" })).toMatchObject({ ok: false, error: { parameter: "verified" } });
  });
});

describe("claim state", () => {
  it("tells managed companies from imported ones nobody has claimed", async () => {
    const w = await world();
    const unclaimed = await createOrganization([]);
    expect(await isManaged(testDb.db, w.company.id)).toBe(true);
    expect(await isManaged(testDb.db, unclaimed.id)).toBe(false);
    expect(await managedCompanyIds(testDb.db, [w.company.id, unclaimed.id])).toEqual(new Set([w.company.id]));
  });
});
