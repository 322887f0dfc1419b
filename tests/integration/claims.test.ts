// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { hashToken } from "@/lib/auth/tokens";
import { acceptClaimLinkAction } from "@/lib/claims/actions/accept-claim-link";
import { requestClaimAction } from "@/lib/claims/actions/request-claim";
import { reviewClaimRequestAction } from "@/lib/claims/actions/review-claim-request";
import { reviewClaimRequestAsAdminAction } from "@/lib/claims/actions/review-claim-request-as-admin";
import { sendClaimInvitationsAction } from "@/lib/claims/actions/send-claim-invitations";
import { replyToEnquiryAction } from "@/lib/enquiries/actions/reply-to-enquiry";
import { sendEnquiryAction } from "@/lib/enquiries/actions/send-enquiry";
import { inboxThreads, threadForReader } from "@/lib/enquiries/queries";
import { loadSessionUser } from "@/lib/auth/session";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { linkIn, startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createOrganization, createUser, uniqueEmail } from "./support/accounts";
import { createClaimLink, createUnmanagedCompany } from "./support/claims";

let capture: SmtpCapture;
beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
});
afterAll(async () => {
  await capture.stop();
  await testDb.drop();
});
beforeEach(() => {
  resetAllLimits();
  process.env.ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES = "0";
});
afterEach(() => {
  process.env.SMTP_URL = capture.url;
  delete process.env.ENQUIRY_DAILY_LIMIT;
  delete process.env.ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES;
});

const db = testDb.db;
const ownersOf = async (companyId: string) =>
  (await db.membership.findMany({ where: { organizationId: companyId } })).map((m) => ({ userId: m.userId, role: m.role }));
const tokenOf = (url: URL) => url.searchParams.get("token")!;

/** A chamber with an admin and a staff member. */
async function chamber() {
  const [admin, staff] = await Promise.all([createUser({ name: "Kamila Komorová" }), createUser({ name: "Stanislav Štáb" })]);
  const institution = await createOrganization(
    [
      { user: admin, role: "INSTITUTION_ADMIN" },
      { user: staff, role: "INSTITUTION_STAFF" },
    ],
    { kind: "INSTITUTION", name: "Hospodářská komora Ústí" },
  );
  return { admin, staff, institution };
}

describe("claim invitations from an institution", () => {
  it("mail unclaimed members with an address in the company's language and count what was left out", async () => {
    const { staff, institution } = await chamber();
    const czAddress = uniqueEmail("obchod");
    const deAddress = uniqueEmail("vertrieb");
    const czech = await createUnmanagedCompany({ name: "Strojírna Krupka s.r.o.", listedBy: { institutionId: institution.id, contactEmail: czAddress } });
    const german = await createUnmanagedCompany({
      name: "Elbtal Metall GmbH",
      country: "DE",
      listedBy: { institutionId: institution.id, contactEmail: deAddress },
    });
    const noAddress = await createUnmanagedCompany({ listedBy: { institutionId: institution.id } });
    const owner = await createUser();
    const managed = await createOrganization([{ user: owner, role: "OWNER" }]);
    await db.institutionMember.create({ data: { institutionId: institution.id, companyId: managed.id, contactEmail: uniqueEmail() } });

    const result = await withTestSession(staff, () =>
      sendClaimInvitationsAction({ institutionId: institution.id, companyIds: [czech.id, german.id, noAddress.id, managed.id] }),
    );
    expect(result).toEqual({ ok: true, data: { sent: 2, failed: 0, alreadyManaged: 1, withoutAddress: 1 } });

    const czMail = await capture.waitForMail(czAddress);
    expect(czMail.subject).toBe("Hospodářská komora Ústí zve firmu Strojírna Krupka s.r.o. na Grenzpartner");
    expect(czMail.text).toContain("Grenzpartner je bezplatný open-source portál");
    const deMail = await capture.waitForMail(deAddress);
    expect(deMail.subject).toBe("Hospodářská komora Ústí lädt Elbtal Metall GmbH zu Grenzpartner ein");
    // Only the hash is stored.
    const token = tokenOf(linkIn(czMail, "/cs/account/claim"));
    const stored = await db.claimInvitation.findFirstOrThrow({ where: { companyId: czech.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await db.auditLog.count({ where: { action: "claim.invite", entityId: czech.id, actorUserId: staff.id } })).toBe(1);
  });

  it("'all' invites every unclaimed member with an address, and a company listed elsewhere is not found", async () => {
    const { admin, institution } = await chamber();
    const other = await chamber();
    const mine = await Promise.all(
      [1, 2, 3].map(() => createUnmanagedCompany({ listedBy: { institutionId: institution.id, contactEmail: uniqueEmail("all") } })),
    );
    const theirs = await createUnmanagedCompany({ listedBy: { institutionId: other.institution.id, contactEmail: uniqueEmail() } });

    const all = await withTestSession(admin, () => sendClaimInvitationsAction({ institutionId: institution.id, all: true }));
    expect(all).toMatchObject({ ok: true, data: { sent: 3 } });
    expect(await db.claimInvitation.count({ where: { companyId: { in: mine.map((c) => c.id) } } })).toBe(3);

    const foreign = await withTestSession(admin, () =>
      sendClaimInvitationsAction({ institutionId: institution.id, companyIds: [theirs.id] }),
    );
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    // Staff of the other institution cannot act in this one's name.
    const intruder = await withTestSession(other.staff, () =>
      sendClaimInvitationsAction({ institutionId: institution.id, companyIds: [mine[0].id] }),
    );
    expect(intruder).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("an honest count when the mail server refuses", async () => {
    const { staff, institution } = await chamber();
    const company = await createUnmanagedCompany({ listedBy: { institutionId: institution.id, contactEmail: uniqueEmail() } });
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    const result = await withTestSession(staff, () =>
      sendClaimInvitationsAction({ institutionId: institution.id, companyIds: [company.id] }),
    );
    expect(result).toMatchObject({ ok: true, data: { sent: 0, failed: 1 } });
    expect(await db.claimInvitation.findFirstOrThrow({ where: { companyId: company.id } })).toMatchObject({
      failedAt: expect.any(Date),
    });
  });
});

describe("claim links", () => {
  it("make the account with the invited address the owner, once", async () => {
    const { institution } = await chamber();
    const person = await createUser({ email: uniqueEmail("jana") });
    const company = await createUnmanagedCompany({ listedBy: { institutionId: institution.id, contactEmail: person.email } });
    const { token } = await createClaimLink({ companyId: company.id, institutionId: institution.id, email: person.email.toUpperCase() });

    const first = await withTestSession(person, () => acceptClaimLinkAction({ token }));
    expect(first).toEqual({ ok: true, data: { companyId: company.id, enquiryId: null } });
    expect(await ownersOf(company.id)).toEqual([{ userId: person.id, role: "OWNER" }]);
    expect(await db.claimInvitation.findFirstOrThrow({ where: { companyId: company.id } })).toMatchObject({
      usedById: person.id,
      usedAt: expect.any(Date),
    });

    const again = await withTestSession(person, () => acceptClaimLinkAction({ token }), { locale: "en" });
    expect(again).toMatchObject({ ok: false, code: "not_found", formError: "This link is invalid, has expired or has already been used." });
  });

  it("refuse an expired link and a link of a profile someone else claimed meanwhile", async () => {
    const person = await createUser();
    const company = await createUnmanagedCompany();
    const { id, token } = await createClaimLink({ companyId: company.id, email: person.email });
    await db.claimInvitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await withTestSession(person, () => acceptClaimLinkAction({ token }), { locale: "cs" });
    expect(expired).toMatchObject({ ok: false, code: "not_found", formError: "Tento odkaz je neplatný, vypršel nebo už byl použit." });
    expect(await ownersOf(company.id)).toEqual([]);

    const other = await createUser();
    await db.membership.create({ data: { userId: other.id, organizationId: company.id, role: "OWNER" } });
    const fresh = await createClaimLink({ companyId: company.id, email: person.email });
    const taken = await withTestSession(person, () => acceptClaimLinkAction({ token: fresh.token }));
    expect(taken).toMatchObject({ ok: false, code: "conflict" });
    expect(await ownersOf(company.id)).toEqual([{ userId: other.id, role: "OWNER" }]);
    // Refused without using the link up.
    expect(await db.claimInvitation.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({ usedAt: null });
  });

  it("refuse the wrong account: a forwarded link claims nothing", async () => {
    const invited = uniqueEmail("invited");
    const stranger = await createUser();
    const company = await createUnmanagedCompany();
    const { token } = await createClaimLink({ companyId: company.id, email: invited });
    const result = await withTestSession(stranger, () => acceptClaimLinkAction({ token }), { locale: "de" });
    expect(result).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: `Dieser Link wurde an ${invited} geschickt. Melden Sie sich mit dem Konto für diese Adresse an oder legen Sie damit eines an.`,
    });
    expect(await ownersOf(company.id)).toEqual([]);
    expect(await withTestSession(null, () => acceptClaimLinkAction({ token }))).toMatchObject({ ok: false, code: "unauthorized" });
  });

  it("inviting again replaces the earlier link of that institution", async () => {
    const { staff, institution } = await chamber();
    const address = uniqueEmail("twice");
    const company = await createUnmanagedCompany({ listedBy: { institutionId: institution.id, contactEmail: address } });
    const send = () => withTestSession(staff, () => sendClaimInvitationsAction({ institutionId: institution.id, companyIds: [company.id] }));
    await send();
    const firstToken = tokenOf(linkIn(await capture.waitForMail(address), "/account/claim"));
    await send();
    await expect.poll(() => capture.mailsTo(address).length).toBe(2);
    const secondToken = tokenOf(linkIn(capture.mailsTo(address).at(-1)!, "/account/claim"));
    expect(secondToken).not.toBe(firstToken);
    const person = await createUser({ email: address });
    expect(await withTestSession(person, () => acceptClaimLinkAction({ token: firstToken }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await withTestSession(person, () => acceptClaimLinkAction({ token: secondToken }))).toMatchObject({ ok: true });
  });
});

describe("'This is my company' on the public profile", () => {
  it("is accepted at once for an address at the website's domain", async () => {
    const person = await createUser({ email: `jana.${Date.now()}@strojirna-krupka.cz` });
    const company = await createUnmanagedCompany({ website: "https://www.strojirna-krupka.cz/o-nas" });
    const result = await withTestSession(person, () => requestClaimAction({ companyId: company.id }));
    expect(result).toEqual({ ok: true, data: { outcome: "claimed", companyId: company.id } });
    expect(await ownersOf(company.id)).toEqual([{ userId: person.id, role: "OWNER" }]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "company.claim", entityId: company.id } });
    expect(audit).toMatchObject({ actorUserId: person.id, metadata: { route: "domain", userId: person.id } });
  });

  it("never for a free mail address: the listing institution decides, and its staff approve", async () => {
    const { staff, institution } = await chamber();
    const person = await createUser({ email: `strojirna.krupka.${Date.now()}@seznam.cz`, locale: "cs" });
    const company = await createUnmanagedCompany({ website: "seznam.cz", listedBy: { institutionId: institution.id } });
    const result = await withTestSession(person, () => requestClaimAction({ companyId: company.id, note: "Jsem jednatel." }));
    expect(result).toMatchObject({ ok: true, data: { outcome: "requested", reviewer: "institution" } });
    expect(await ownersOf(company.id)).toEqual([]);
    const request = await db.claimRequest.findFirstOrThrow({ where: { companyId: company.id } });
    expect(request).toMatchObject({ status: "PENDING", domainCheck: "free-mail", note: "Jsem jednatel.", email: person.email });
    // The staff are told.
    await capture.waitForMail((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).email);
    // Asking again while it is open adds nothing.
    await withTestSession(person, () => requestClaimAction({ companyId: company.id }));
    expect(await db.claimRequest.count({ where: { companyId: company.id } })).toBe(1);

    // Another institution's staff do not even find it.
    const other = await chamber();
    const foreign = await withTestSession(other.staff, () =>
      reviewClaimRequestAction({ institutionId: other.institution.id, requestId: request.id, decision: "approve" }),
    );
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });

    const approved = await withTestSession(staff, () =>
      reviewClaimRequestAction({ institutionId: institution.id, requestId: request.id, decision: "approve" }),
    );
    expect(approved).toMatchObject({ ok: true });
    expect(await ownersOf(company.id)).toEqual([{ userId: person.id, role: "OWNER" }]);
    const mail = await capture.waitForMail(person.email);
    expect(mail.subject).toBe(`Nyní spravujete profil firmy ${company.name}`);
    const twice = await withTestSession(staff, () =>
      reviewClaimRequestAction({ institutionId: institution.id, requestId: request.id, decision: "reject" }),
    );
    expect(twice).toMatchObject({ ok: false, code: "conflict" });
  });

  it("goes to the platform admins for a company no institution lists; a rejection is mailed with its reason", async () => {
    const admin = await createUser();
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true }, select: { id: true } });
    const person = await createUser({ email: `info-${Date.now()}@other-domain.de` });
    const company = await createUnmanagedCompany({ website: "https://elbtal-metall.de" });
    const result = await withTestSession(person, () => requestClaimAction({ companyId: company.id }));
    expect(result).toMatchObject({ ok: true, data: { outcome: "requested", reviewer: "platform" } });
    const request = await db.claimRequest.findFirstOrThrow({ where: { companyId: company.id } });
    expect(request.domainCheck).toBe("mismatch");

    const { staff } = await chamber();
    expect(
      await withTestSession(staff, () => reviewClaimRequestAsAdminAction({ requestId: request.id, decision: "approve" })),
    ).toMatchObject({ ok: false, code: "forbidden" });
    const rejected = await withTestSession(admin, () =>
      reviewClaimRequestAsAdminAction({ requestId: request.id, decision: "reject", reason: "Bitte von einer Firmenadresse." }),
    );
    expect(rejected).toMatchObject({ ok: true });
    expect(await ownersOf(company.id)).toEqual([]);
    const mail = await capture.waitForMail(person.email);
    expect(mail.text).toContain("Bitte von einer Firmenadresse.");
  });

  it("is refused for a managed profile and for a profile one already belongs to", async () => {
    const owner = await createUser();
    const company = await createOrganization([{ user: owner, role: "OWNER" }]);
    await db.organization.update({ where: { id: company.id }, data: { status: "PUBLISHED" }, select: { id: true } });
    const person = await createUser();
    expect(await withTestSession(person, () => requestClaimAction({ companyId: company.id }))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await withTestSession(owner, () => requestClaimAction({ companyId: company.id }))).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });
});

describe("enquiries to companies that do not manage their profile", () => {
  async function buyerAndThree() {
    const { institution } = await chamber();
    const buyerUser = await createUser({ name: "Bernd Käufer" });
    const buyer = await createOrganization([{ user: buyerUser, role: "OWNER" }], { name: "Käufer GmbH" });
    const supplierUser = await createUser();
    const claimed = await createOrganization([{ user: supplierUser, role: "OWNER" }], { name: "Gepflegt s.r.o." });
    await db.organization.update({ where: { id: claimed.id }, data: { status: "PUBLISHED", country: "CZ" }, select: { id: true } });
    const address = uniqueEmail("poptavky");
    const mailed = await createUnmanagedCompany({ name: "Nepřevzatá s.r.o.", listedBy: { institutionId: institution.id, contactEmail: address } });
    const unreachable = await createUnmanagedCompany({ name: "Bez adresy s.r.o.", listedBy: { institutionId: institution.id } });
    return { buyerUser, buyer, supplierUser, claimed, mailed, unreachable, address };
  }

  it("deliver to members, mail the unmanaged one, record the unreachable one for the sender only, and count honestly", async () => {
    const s = await buyerAndThree();
    const result = await withTestSession(s.buyerUser, () =>
      sendEnquiryAction({
        organizationId: s.buyer.id,
        recipientIds: [s.claimed.id, s.mailed.id, s.unreachable.id],
        subject: "Laserschneiden 2 mm",
        message: "Wir brauchen 500 Teile pro Monat.",
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { counts: { members: 1, mailed: 1, mailFailed: 0, undeliverable: 1 } } });

    const mail = await capture.waitForMail(s.address);
    expect(mail.subject).toBe("Poptávka od Käufer GmbH: Laserschneiden 2 mm");
    expect(mail.text).toContain("Wir brauchen 500 Teile pro Monat.");
    expect(mail.text).toContain("Bernd Käufer");

    const sender = (await loadSessionUser(s.buyerUser.id))!;
    const sent = await inboxThreads(sender, s.buyer.id, { box: "sent" });
    const states = Object.fromEntries(sent!.threads.map((t) => [t.counterpart.name, t.delivery]));
    expect(states).toEqual({ "Gepflegt s.r.o.": "MEMBERS", "Nepřevzatá s.r.o.": "MAILED", "Bez adresy s.r.o.": "UNDELIVERABLE" });
    const undelivered = sent!.threads.find((t) => t.delivery === "UNDELIVERABLE")!;
    expect(undelivered.status).toBe("CLOSED");

    // Per-user limit counts only the two reachable companies.
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "enquiry.send", actorUserId: s.buyerUser.id } });
    expect((audit.metadata as { recipients: string[] }).recipients).toHaveLength(2);

    // Whoever claims the unreachable profile later never sees what was not sent to it.
    const later = await createUser();
    await db.membership.create({ data: { userId: later.id, organizationId: s.unreachable.id, role: "OWNER" } });
    const laterUser = (await loadSessionUser(later.id))!;
    expect((await inboxThreads(laterUser, s.unreachable.id))!.threads).toEqual([]);
    expect(await threadForReader(laterUser, undelivered.id)).toBeNull();
  });

  it("the mailed link claims the profile, opens the same thread, and the reply reaches the sender", async () => {
    const s = await buyerAndThree();
    await withTestSession(s.buyerUser, () =>
      sendEnquiryAction({ organizationId: s.buyer.id, recipientIds: [s.mailed.id], subject: "Frézování", message: "Dobrý den, nabídku prosím." }),
    );
    const token = tokenOf(linkIn(await capture.waitForMail(s.address), "/cs/account/claim"));
    const person = await createUser({ email: s.address });
    const accepted = await withTestSession(person, () => acceptClaimLinkAction({ token }));
    expect(accepted).toMatchObject({ ok: true, data: { companyId: s.mailed.id, enquiryId: expect.any(String) } });
    const enquiryId = (accepted as { data: { enquiryId: string } }).data.enquiryId;
    expect(await db.enquiry.findUniqueOrThrow({ where: { id: enquiryId } })).toMatchObject({ delivery: "MEMBERS" });

    const reader = (await loadSessionUser(person.id))!;
    const thread = await threadForReader(reader, enquiryId);
    expect(thread).toMatchObject({ side: "recipient", subject: "Frézování" });
    const reply = await withTestSession(person, () =>
      replyToEnquiryAction({ enquiryId, organizationId: s.mailed.id, message: "Dobrý den, posíláme nabídku." }),
    );
    expect(reply).toMatchObject({ ok: true });
    const buyerEmail = (await db.user.findUniqueOrThrow({ where: { id: s.buyerUser.id } })).email;
    await capture.waitForMail(buyerEmail, (m) => m.text.includes("Dobrý den, posíláme nabídku."));
    expect(await db.enquiryMessage.count({ where: { enquiryId } })).toBe(2);
  });

  it("a mail the server refuses is counted as not delivered, not as sent", async () => {
    const s = await buyerAndThree();
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    const result = await withTestSession(s.buyerUser, () =>
      sendEnquiryAction({ organizationId: s.buyer.id, recipientIds: [s.mailed.id], subject: "Test", message: "Test" }),
    );
    expect(result).toMatchObject({ ok: true, data: { counts: { members: 0, mailed: 0, mailFailed: 1, undeliverable: 0 } } });
    expect(await db.enquiry.findFirstOrThrow({ where: { recipientOrganizationId: s.mailed.id } })).toMatchObject({
      delivery: "MAIL_FAILED",
    });
  });

  it("nothing is sent when no recipient can be reached", async () => {
    const s = await buyerAndThree();
    const result = await withTestSession(
      s.buyerUser,
      () => sendEnquiryAction({ organizationId: s.buyer.id, recipientIds: [s.unreachable.id], subject: "Test", message: "Test" }),
      { locale: "en" },
    );
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { recipientIds: expect.stringContaining("None of the chosen companies") } });
    expect(await db.enquiry.count({ where: { senderOrganizationId: s.buyer.id } })).toBe(0);
  });

  it("daily limits and blocks apply to mailed enquiries too", async () => {
    const s = await buyerAndThree();
    process.env.ENQUIRY_DAILY_LIMIT = "1";
    const first = await withTestSession(s.buyerUser, () =>
      sendEnquiryAction({ organizationId: s.buyer.id, recipientIds: [s.mailed.id], subject: "Eins", message: "Eins" }),
    );
    expect(first).toMatchObject({ ok: true });
    const second = await withTestSession(s.buyerUser, () =>
      sendEnquiryAction({ organizationId: s.buyer.id, recipientIds: [s.claimed.id], subject: "Zwei", message: "Zwei" }),
    );
    expect(second).toMatchObject({ ok: false, code: "rate_limited" });
    delete process.env.ENQUIRY_DAILY_LIMIT;

    // A profile whose former team blocked the sender stays blocked while nobody manages it.
    const other = await buyerAndThree();
    await db.companyBlock.create({ data: { blockerOrganizationId: other.mailed.id, blockedOrganizationId: other.buyer.id } });
    const blocked = await withTestSession(other.buyerUser, () =>
      sendEnquiryAction({ organizationId: other.buyer.id, recipientIds: [other.mailed.id], subject: "Drei", message: "Drei" }),
    );
    expect(blocked).toMatchObject({ ok: false, code: "forbidden" });
    expect(capture.mailsTo(other.address)).toEqual([]);
  });
});
