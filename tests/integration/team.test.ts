// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUpAction } from "@/lib/auth/actions/sign-up";
import { verifyEmailAction } from "@/lib/auth/actions/verify-email";
import { withTestSession } from "@/lib/auth/test-session";
import { createCompanyAction } from "@/lib/companies/actions/create-company";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { acceptInvitationAction } from "@/lib/team/actions/accept-invitation";
import { changeMemberRoleAction } from "@/lib/team/actions/change-member-role";
import { inviteMemberAction } from "@/lib/team/actions/invite-member";
import { removeMemberAction } from "@/lib/team/actions/remove-member";
import { revokeInvitationAction } from "@/lib/team/actions/revoke-invitation";
import { linkIn, startSmtpCapture, type CapturedMail, type SmtpCapture } from "../support/smtp-capture";
import { createOrganization, createUser, uniqueEmail } from "./support/accounts";

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

const seen = new Set<CapturedMail>();
const tokenOf = (url: URL) => url.searchParams.get("token")!;
const roleOf = async (organizationId: string, userId: string) =>
  (await testDb.db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId } } }))?.role ?? null;

async function invite(owner: { id: string }, organizationId: string, email: string, locale: "de" | "cs" | "en" = "de") {
  const result = await withTestSession(owner, () => inviteMemberAction({ organizationId, email, role: "EDITOR", locale }));
  expect(result).toMatchObject({ ok: true });
  // The same address may be invited twice in one test: take the newest mail only.
  const mail = await capture.waitForMail(email, (m) => !seen.has(m) && m.text.includes("/account/invitation"));
  seen.add(mail);
  return tokenOf(linkIn(mail, "/account/invitation"));
}

describe("company registration", () => {
  it("creates a draft with the caller as owner, a unique slug, an audit entry and an outbox row", async () => {
    const user = await createUser();
    const first = await withTestSession(user, () => createCompanyAction({ name: "Strojírna Děčín s.r.o.", country: "CZ" }));
    const second = await withTestSession(user, () => createCompanyAction({ name: "  Strojírna Děčín s.r.o. ", country: "CZ" }));
    expect(first).toMatchObject({ ok: true, data: { slug: "strojirna-decin-sro" } });
    expect(second).toMatchObject({ ok: true, data: { slug: "strojirna-decin-sro-2" } });
    const id = (first as { data: { id: string } }).data.id;
    const org = await testDb.db.organization.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(org).toMatchObject({ kind: "COMPANY", status: "DRAFT", country: "CZ" });
    expect(org.memberships).toEqual([expect.objectContaining({ userId: user.id, role: "OWNER" })]);
    expect(await testDb.db.auditLog.count({ where: { entityId: id, action: "company.create", actorUserId: user.id } })).toBe(1);
    expect(await testDb.db.searchOutbox.count({ where: { entityId: id } })).toBe(1);
  });

  it("rejects unknown countries with a localized message", async () => {
    const user = await createUser();
    const result = await withTestSession(user, () => createCompanyAction({ name: "Firma", country: "XX" as "DE" }), { locale: "en" });
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { country: "Please choose one of the options offered." } });
  });
});

describe("invitations", () => {
  it("names an institution's team as an institution's, not a firm's, in every language", async () => {
    const admin = await createUser({ name: "Jana Nováková" });
    const chamber = await createOrganization([{ user: admin, role: "INSTITUTION_ADMIN" }], { kind: "INSTITUTION", name: "HK Ústí" });
    const expected = {
      cs: ["Pozvánka do týmu instituce HK Ústí", "Jana Nováková vás zve do týmu instituce HK Ústí na platformě Grenzpartner v roli: Pracovník instituce."],
      de: ["Einladung ins Team der Institution HK Ústí", "Jana Nováková lädt Sie ein, bei Grenzpartner im Team der Institution HK Ústí als Institutionsmitarbeiter mitzuarbeiten."],
      en: ["Invitation to the team of the institution HK Ústí", "Jana Nováková invites you to join the team of the institution HK Ústí on Grenzpartner as Institution staff."],
    } as const;
    for (const [locale, [subject, body]] of Object.entries(expected) as [keyof typeof expected, readonly [string, string]][]) {
      const email = uniqueEmail(`staff-${locale}`);
      const result = await withTestSession(admin, () =>
        inviteMemberAction({ organizationId: chamber.id, email, role: "INSTITUTION_STAFF", locale }),
      );
      expect(result).toMatchObject({ ok: true });
      const mail = await capture.waitForMail(email);
      expect(mail.subject).toBe(subject);
      expect(mail.text).toContain(body);
      expect(mail.text).not.toMatch(/firm|Firma/i);
    }
  });

  it("an invited person signs up, confirms and joins with the invited role", async () => {
    const owner = await createUser({ name: "Olga <Owner>" });
    const company = await createOrganization([{ user: owner, role: "OWNER" }], { name: "Glas & Co" });
    const email = uniqueEmail("invitee");

    const result = await withTestSession(owner, () => inviteMemberAction({ organizationId: company.id, email, role: "EDITOR", locale: "cs" }));
    expect(result).toMatchObject({ ok: true });
    const mail = await capture.waitForMail(email);
    expect(mail.subject).toBe("Pozvánka do týmu firmy Glas & Co");
    expect(mail.text).toContain("Olga <Owner> vás zve do týmu firmy Glas & Co na platformě Grenzpartner v roli: Editor.");
    expect(mail.html).toContain("Olga &lt;Owner&gt;");
    const token = tokenOf(linkIn(mail, "/cs/account/invitation"));

    await withTestSession(null, () => signUpAction({ name: "Ivo", email, password: "ein langes Passwort" }), { ip: "203.0.113.50" });
    const verification = await capture.waitForMail(email, (m) => m.text.includes("/verify-email"));
    await withTestSession(null, () => verifyEmailAction({ token: tokenOf(linkIn(verification, "/verify-email")) }));
    const invitee = await testDb.db.user.findUniqueOrThrow({ where: { email } });

    expect(await withTestSession(invitee, () => acceptInvitationAction({ token }))).toEqual({ ok: true, data: { organizationId: company.id } });
    expect(await roleOf(company.id, invitee.id)).toBe("EDITOR");
    expect(await testDb.db.invitation.count({ where: { organizationId: company.id } })).toBe(0);
    expect(await withTestSession(invitee, () => acceptInvitationAction({ token }))).toMatchObject({ ok: false, code: "not_found" });
  });

  it("cannot be accepted by another account", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const company = await createOrganization([{ user: owner, role: "OWNER" }]);
    const token = await invite(owner, company.id, uniqueEmail("invitee"));
    const result = await withTestSession(stranger, () => acceptInvitationAction({ token }));
    expect(result).toMatchObject({ ok: false, code: "forbidden", formError: "Diese Einladung gilt für eine andere E-Mail-Adresse." });
    expect(await roleOf(company.id, stranger.id)).toBeNull();
  });

  it("expires", async () => {
    const owner = await createUser();
    const invitee = await createUser();
    const company = await createOrganization([{ user: owner, role: "OWNER" }]);
    const token = await invite(owner, company.id, invitee.email);
    await testDb.db.invitation.updateMany({ where: { organizationId: company.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const result = await withTestSession(invitee, () => acceptInvitationAction({ token }), { locale: "en" });
    expect(result).toMatchObject({ ok: false, code: "not_found", formError: "This invitation is invalid or has expired. Please ask for a new one." });
    expect(await roleOf(company.id, invitee.id)).toBeNull();
  });

  it("inviting again replaces the link; revoking ends it", async () => {
    const owner = await createUser();
    const invitee = await createUser();
    const company = await createOrganization([{ user: owner, role: "OWNER" }]);
    const first = await invite(owner, company.id, invitee.email);
    const second = await invite(owner, company.id, invitee.email);
    expect(await testDb.db.invitation.count({ where: { organizationId: company.id } })).toBe(1);
    expect(await withTestSession(invitee, () => acceptInvitationAction({ token: first }))).toMatchObject({ ok: false, code: "not_found" });

    const { id } = await testDb.db.invitation.findFirstOrThrow({ where: { organizationId: company.id } });
    expect(await withTestSession(owner, () => revokeInvitationAction({ invitationId: id }))).toMatchObject({ ok: true });
    expect(await withTestSession(invitee, () => acceptInvitationAction({ token: second }))).toMatchObject({ ok: false, code: "not_found" });
  });

  it("is used up by exactly one of several simultaneous accepts", async () => {
    const owner = await createUser();
    const company = await createOrganization([{ user: owner, role: "OWNER" }]);
    const invitee = await createUser();
    const token = await invite(owner, company.id, invitee.email);

    const results = await Promise.all(
      Array.from({ length: 6 }, () => withTestSession(invitee, () => acceptInvitationAction({ token }), { locale: "en" })),
    );
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, data: { organizationId: company.id } }]);
    // The others are told the link is used up, not that something broke.
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ ok: false, code: "not_found", formError: expect.stringMatching(/invitation/i) });
    }
    expect(await testDb.db.membership.count({ where: { organizationId: company.id, userId: invitee.id } })).toBe(1);
    expect(await testDb.db.auditLog.count({ where: { action: "team.join", entityId: company.id, actorUserId: invitee.id } })).toBe(1);
  });

  it("refuses to invite members and roles the organization does not have", async () => {
    const owner = await createUser();
    const editor = await createUser();
    const company = await createOrganization([
      { user: owner, role: "OWNER" },
      { user: editor, role: "EDITOR" },
    ]);
    const member = await withTestSession(owner, () =>
      inviteMemberAction({ organizationId: company.id, email: editor.email, role: "EDITOR", locale: "de" }),
    );
    expect(member).toMatchObject({ ok: false, fieldErrors: { email: "Diese Person ist bereits im Team." } });
    const organizerRole = await withTestSession(owner, () =>
      inviteMemberAction({ organizationId: company.id, email: uniqueEmail(), role: "INSTITUTION_ADMIN", locale: "de" }),
    );
    expect(organizerRole).toMatchObject({ ok: false, code: "validation", fieldErrors: { role: expect.any(String) } });
  });
});

describe("the last owner", () => {
  it("can be neither demoted nor removed, and cannot leave", async () => {
    const owner = await createUser();
    const editor = await createUser();
    const company = await createOrganization([
      { user: owner, role: "OWNER" },
      { user: editor, role: "EDITOR" },
    ]);
    const demote = await withTestSession(owner, () => changeMemberRoleAction({ organizationId: company.id, userId: owner.id, role: "EDITOR" }));
    expect(demote).toMatchObject({ ok: false, code: "conflict", formError: expect.stringContaining("mindestens einen Inhaber") });
    const leave = await withTestSession(owner, () => removeMemberAction({ organizationId: company.id, userId: owner.id }), { locale: "cs" });
    expect(leave).toMatchObject({ ok: false, code: "conflict", formError: expect.stringContaining("Jste jediným majitelem") });
    expect(await roleOf(company.id, owner.id)).toBe("OWNER");

    // With a second owner, the first may step down.
    expect(await withTestSession(owner, () => changeMemberRoleAction({ organizationId: company.id, userId: editor.id, role: "OWNER" }))).toMatchObject({ ok: true });
    expect(await withTestSession(owner, () => removeMemberAction({ organizationId: company.id, userId: owner.id }))).toEqual({ ok: true, data: { left: true } });
    expect(await roleOf(company.id, owner.id)).toBeNull();
  });

  it("survives two owners demoting each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createUser();
      const b = await createUser();
      const company = await createOrganization([
        { user: a, role: "OWNER" },
        { user: b, role: "OWNER" },
      ]);
      const results = await Promise.all([
        withTestSession(a, () => changeMemberRoleAction({ organizationId: company.id, userId: b.id, role: "EDITOR" })),
        withTestSession(b, () => removeMemberAction({ organizationId: company.id, userId: a.id })),
      ]);
      // Whichever ran second may fail (last owner) or be forbidden (no longer an owner); never both succeed.
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await testDb.db.membership.count({ where: { organizationId: company.id, role: "OWNER" } })).toBe(1);
    }
  });

  it("editors may leave on their own", async () => {
    const owner = await createUser();
    const editor = await createUser();
    const company = await createOrganization([
      { user: owner, role: "OWNER" },
      { user: editor, role: "EDITOR" },
    ]);
    expect(await withTestSession(editor, () => removeMemberAction({ organizationId: company.id, userId: editor.id }))).toMatchObject({ ok: true });
    expect(await roleOf(company.id, editor.id)).toBeNull();
    const audit = await testDb.db.auditLog.findFirstOrThrow({ where: { entityId: company.id, action: "team.leave" } });
    expect(audit.actorUserId).toBe(editor.id);
  });
});
