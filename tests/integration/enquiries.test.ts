// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as downloadAttachment } from "@/app/api/enquiries/attachments/[messageId]/route";
import type { ActionResult } from "@/lib/actions/safe-action";
import { loadSessionUser } from "@/lib/auth/session";
import { withTestSession } from "@/lib/auth/test-session";
import { blockCompanyAction } from "@/lib/enquiries/actions/block-company";
import { closeEnquiryAction } from "@/lib/enquiries/actions/close-enquiry";
import { reopenEnquiryAction } from "@/lib/enquiries/actions/reopen-enquiry";
import { replyToEnquiryAction } from "@/lib/enquiries/actions/reply-to-enquiry";
import { reportEnquiryAction } from "@/lib/enquiries/actions/report-enquiry";
import { sendEnquiryAction } from "@/lib/enquiries/actions/send-enquiry";
import { unblockCompanyAction } from "@/lib/enquiries/actions/unblock-company";
import { deleteOrganizationInTx } from "@/lib/companies/deletion";
import {
  attachmentForReader,
  inboxThreads,
  markThreadRead,
  threadForReader,
  unreadForCompany,
  unreadTotal,
} from "@/lib/enquiries/queries";
import type { Locale } from "@/lib/i18n/routing";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { pngImage } from "../support/images";
import { linkIn, startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createOrganization, createUser } from "./support/accounts";

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
afterEach(() => {
  delete process.env.ENQUIRY_DAILY_LIMIT;
  delete process.env.ENQUIRY_DRAFT_DAILY_LIMIT;
  delete process.env.ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES;
});

type User = { id: string; email: string; name: string | null };
const DAY = 24 * 3600_000;

/** A user whose account is days old, so the new-account cooldown does not apply. */
async function person(name: string, locale: Locale = "de", options: { newAccount?: boolean } = {}): Promise<User> {
  const user = await createUser({ name, locale });
  if (!options.newAccount) {
    await testDb.db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 3 * DAY) } });
  }
  return user;
}

async function company(name: string, members: { user: User; role: "OWNER" | "EDITOR" }[], publish = true) {
  // A company without members would be an imported profile nobody manages, which nothing reaches
  // unless an institution keeps an address for it (tests/integration/claims.test.ts).
  const team = members.length ? members : [{ user: await createUser({ name: `Inhaber ${name}` }), role: "OWNER" as const }];
  const org = await createOrganization(team, { name });
  if (publish) {
    await testDb.db.organization.update({
      where: { id: org.id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
  }
  return org;
}

/** A buyer company with its owner, and a supplier whose owner reads Czech and whose editor reads English. */
async function scenario() {
  const buyer = await person("Bernd Baumann");
  const buyerCo = await company("Baumann Maschinenbau GmbH", [{ user: buyer, role: "OWNER" }]);
  const supplierOwner = await person("Jana Nováková", "cs");
  const supplierEditor = await person("Emma Green", "en");
  const supplierCo = await company("Kovovýroba Liberec s.r.o.", [
    { user: supplierOwner, role: "OWNER" },
    { user: supplierEditor, role: "EDITOR" },
  ]);
  return { buyer, buyerCo, supplierOwner, supplierEditor, supplierCo };
}

const session = async (user: User) => (await loadSessionUser(user.id))!;

type SendInput = Parameters<typeof sendEnquiryAction>[0];
const send = (user: User | null, input: SendInput, locale: Locale = "de") =>
  withTestSession(user, () => sendEnquiryAction(input), { locale });

function enquiry(
  organizationId: string,
  recipientIds: string[],
  extra: Partial<{ subject: string; message: string }> = {},
) {
  return {
    organizationId,
    recipientIds,
    subject: extra.subject ?? "Anfrage: 500 Drehteile aus Edelstahl",
    message: extra.message ?? "Guten Tag,\nkönnen Sie 500 Stück nach beiliegender Zeichnung bis KW 12 liefern?",
  };
}

function sentIds(result: ActionResult<{ enquiryIds: string[] }>): string[] {
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { enquiryIds: string[] } }).data.enquiryIds;
}

/** A small but well-formed PDF: header, one empty page, cross-reference table and trailer. */
function pdfBytes(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

function withFile(input: SendInput & object, bytes: Uint8Array, name: string, type: string): FormData {
  const form = new FormData();
  const fields = input as ReturnType<typeof enquiry>;
  form.set("organizationId", fields.organizationId);
  for (const id of fields.recipientIds) form.append("recipientIds", id);
  form.set("subject", fields.subject);
  form.set("message", fields.message);
  form.set("attachment", new File([new Uint8Array(bytes)], name, { type }));
  return form;
}

const download = (user: User | null, messageId: string) =>
  withTestSession(user, () =>
    downloadAttachment(new Request(`http://localhost/api/enquiries/attachments/${messageId}`), {
      params: Promise.resolve({ messageId }),
    }),
  );

describe("sending", () => {
  it("sends to one supplier: a thread with the first message, mails in each member's language, an unread thread in their inbox", async () => {
    const s = await scenario();
    const [id] = sentIds(
      await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id], { subject: "Anfrage <b>Fräsen</b> & Drehen" })),
    );

    const thread = await testDb.db.enquiry.findUniqueOrThrow({ where: { id }, include: { messages: true } });
    expect(thread).toMatchObject({
      senderOrganizationId: s.buyerCo.id,
      recipientOrganizationId: s.supplierCo.id,
      senderUserId: s.buyer.id,
      status: "OPEN",
      subject: "Anfrage <b>Fräsen</b> & Drehen",
    });
    expect(thread.messages).toEqual([
      expect.objectContaining({ authorOrganizationId: s.buyerCo.id, authorName: "Bernd Baumann", attachmentId: null }),
    ]);

    const czech = await capture.waitForMail(s.supplierOwner.email, (m) => m.text.includes(id));
    expect(czech.subject).toBe("Nová poptávka od Baumann Maschinenbau GmbH: Anfrage <b>Fräsen</b> & Drehen");
    expect(czech.text).toContain("Bernd Baumann z firmy Baumann Maschinenbau GmbH");
    expect(czech.text).toContain("können Sie 500 Stück nach beiliegender Zeichnung");
    const link = linkIn(czech, `/account/inbox/${id}`);
    expect(link.pathname).toBe(`/cs/account/inbox/${id}`);
    expect(link.searchParams.get("org")).toBe(s.supplierCo.id);
    // User text is escaped in the HTML part, never markup.
    expect(czech.html).toContain("Anfrage &lt;b&gt;Fräsen&lt;/b&gt; &amp; Drehen");
    expect(czech.html).not.toContain("<b>Fräsen</b>");

    const english = await capture.waitForMail(s.supplierEditor.email, (m) => m.text.includes(id));
    expect(english.subject).toBe("New enquiry from Baumann Maschinenbau GmbH: Anfrage <b>Fräsen</b> & Drehen");
    expect(capture.mailsTo(s.buyer.email).filter((m) => m.text.includes(id))).toEqual([]);

    const inbox = await inboxThreads(await session(s.supplierOwner), s.supplierCo.id);
    expect(inbox?.threads).toEqual([
      expect.objectContaining({
        id,
        direction: "received",
        unread: 1,
        status: "OPEN",
        counterpart: expect.objectContaining({ name: "Baumann Maschinenbau GmbH" }),
      }),
    ]);
    expect(await unreadTotal(await session(s.supplierOwner))).toBe(1);
    // The sender's own message is not news to the sender.
    const sent = await inboxThreads(await session(s.buyer), s.buyerCo.id, { box: "sent" });
    expect(sent?.threads).toEqual([expect.objectContaining({ id, direction: "sent", unread: 0 })]);
    expect(await unreadTotal(await session(s.buyer))).toBe(0);
  });

  it("sends the same enquiry to several suppliers: one thread each, a shared batch, one stored attachment; duplicates collapse", async () => {
    const s = await scenario();
    const second = await person("Petr Svoboda", "cs");
    const secondCo = await company("Svoboda Plasty s.r.o.", [{ user: second, role: "OWNER" }]);
    const form = withFile(
      enquiry(s.buyerCo.id, [s.supplierCo.id, secondCo.id, s.supplierCo.id]),
      pdfBytes(),
      "Zeichnung 4711.pdf",
      "application/pdf",
    );
    const ids = sentIds(await send(s.buyer, form));
    expect(ids).toHaveLength(2);

    const threads = await testDb.db.enquiry.findMany({ where: { id: { in: ids } }, include: { messages: true } });
    expect(new Set(threads.map((t) => t.batchId)).size).toBe(1);
    expect(threads.map((t) => t.recipientOrganizationId).sort()).toEqual([s.supplierCo.id, secondCo.id].sort());
    const attachmentIds = threads.flatMap((t) => t.messages.map((m) => m.attachmentId));
    expect(new Set(attachmentIds).size).toBe(1);
    const attachment = await testDb.db.attachment.findUniqueOrThrow({ where: { id: attachmentIds[0]! } });
    expect(attachment).toMatchObject({
      fileName: "Zeichnung 4711.pdf",
      contentType: "application/pdf",
      size: pdfBytes().length,
    });

    const attachmentNote = { cs: "Ke zprávě je přiložen soubor", en: "A file is attached to the message" };
    for (const [member, note] of [
      [s.supplierOwner, attachmentNote.cs],
      [s.supplierEditor, attachmentNote.en],
      [second, attachmentNote.cs],
    ] as const) {
      const mail = await capture.waitForMail(member.email, (m) => ids.some((id) => m.text.includes(id)));
      expect(mail.text).toContain(note);
    }
    expect(await unreadTotal(await session(second))).toBe(1);
  });

  it("a form sent several times at once (double click, retry) makes one set of threads and one set of mails", async () => {
    const s = await scenario();
    const second = await person("Ivana Dvořáková", "cs");
    const secondCo = await company("Dvořák Lisovna s.r.o.", [{ user: second, role: "OWNER" }]);
    const submissionKey = crypto.randomUUID();
    const form = () => {
      const data = withFile(enquiry(s.buyerCo.id, [s.supplierCo.id, secondCo.id]), pdfBytes(), "Výkres.pdf", "application/pdf");
      data.set("submissionKey", submissionKey);
      return data;
    };
    const results = await Promise.all(Array.from({ length: 4 }, () => send(s.buyer, form())));
    const ids = sentIds(results[0]);
    expect(ids).toHaveLength(2);
    // Every submission answers with the same threads, so whichever answer the browser gets leads there.
    for (const result of results) expect(result).toEqual(results[0]);

    expect(await testDb.db.enquiry.count({ where: { senderOrganizationId: s.buyerCo.id } })).toBe(2);
    expect(await testDb.db.enquiryMessage.count({ where: { enquiry: { senderOrganizationId: s.buyerCo.id } } })).toBe(2);
    expect(await testDb.db.attachment.count({ where: { messages: { some: { enquiryId: { in: ids } } } } })).toBe(1);
    expect(await testDb.db.auditLog.count({ where: { action: "enquiry.send", actorUserId: s.buyer.id } })).toBe(1);
    await capture.waitForMail(second.email, (m) => m.text.includes(ids[1]) || m.text.includes(ids[0]));
    expect(capture.mails.filter((m) => m.to.includes(second.email.toLowerCase()))).toHaveLength(1);

    // Another form of the same company is another enquiry.
    const next = sentIds(await send(s.buyer, { ...enquiry(s.buyerCo.id, [secondCo.id]), submissionKey: crypto.randomUUID() }));
    expect(next).toHaveLength(1);
    expect(ids).not.toContain(next[0]);
    // A key that is not a UUID is refused like any other malformed field.
    expect(await send(s.buyer, { ...enquiry(s.buyerCo.id, [secondCo.id]), submissionKey: "x'; --" }, "en")).toMatchObject({
      ok: false,
      code: "validation",
    });
  });

  it("sends only to published companies other than the sender", async () => {
    const s = await scenario();
    const draft = await company("Entwurf GmbH", [], false);
    const organizer = await createOrganization([], { name: "IHK Dresden", kind: "INSTITUTION" });

    expect(await send(s.buyer, enquiry(s.buyerCo.id, [s.buyerCo.id]), "en")).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { recipientIds: "Your own company cannot receive an enquiry from you." },
    });
    for (const target of [draft.id, organizer.id, "does-not-exist"]) {
      expect(await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id, target]))).toMatchObject({
        ok: false,
        code: "not_found",
        formError: "Mindestens ein Empfänger ist nicht mehr im Portal veröffentlicht. Bitte laden Sie die Seite neu.",
      });
    }
    const eleven = await Promise.all(Array.from({ length: 11 }, (_, i) => company(`Zulieferer ${i}`, [])));
    expect(
      await send(
        s.buyer,
        enquiry(
          s.buyerCo.id,
          eleven.map((c) => c.id),
        ),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { recipientIds: "Eine Anfrage kann an höchstens 10 Unternehmen gehen." },
    });
    expect(await testDb.db.enquiry.count({ where: { senderOrganizationId: s.buyerCo.id } })).toBe(0);
  });
});

describe("threads", () => {
  it("reply and read: unread counts move for each side, and every reply mails the other side", async () => {
    const s = await scenario();
    const [id] = sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id])));
    const supplier = await session(s.supplierOwner);
    const buyer = await session(s.buyer);
    expect(await unreadForCompany(supplier, s.supplierCo.id)).toBe(1);

    // The supplier opens the thread: read for the supplier's whole company.
    const opened = await threadForReader(supplier, id);
    expect(opened).toMatchObject({ side: "recipient", own: { id: s.supplierCo.id }, other: { id: s.buyerCo.id } });
    expect(opened!.messages).toEqual([
      expect.objectContaining({ unread: true, mine: false, authorCompany: "Baumann Maschinenbau GmbH" }),
    ]);
    expect(await markThreadRead(supplier, opened!)).toBe(true);
    expect(await markThreadRead(supplier, opened!)).toBe(false);
    expect(await unreadTotal(supplier)).toBe(0);
    expect(await unreadTotal(await session(s.supplierEditor))).toBe(0);

    const reply = await withTestSession(s.supplierOwner, () =>
      replyToEnquiryAction({
        enquiryId: id,
        organizationId: s.supplierCo.id,
        message: "Dobrý den, ano, dodáme do KW 12.",
      }),
    );
    expect(reply).toMatchObject({ ok: true });
    const mail = await capture.waitForMail(s.buyer.email, (m) => m.text.includes(id));
    expect(mail.subject).toBe("Neue Antwort von Kovovýroba Liberec s.r.o.: Anfrage: 500 Drehteile aus Edelstahl");
    expect(mail.text).toContain("Dobrý den, ano, dodáme do KW 12.");
    expect(capture.mailsTo(s.supplierEditor.email).filter((m) => m.subject.startsWith("New reply"))).toEqual([]);

    expect(await unreadTotal(buyer)).toBe(1);
    expect((await inboxThreads(buyer, s.buyerCo.id))?.threads[0]).toMatchObject({ id, unread: 1 });
    // Writing is reading: the supplier's own reply does not count for the supplier.
    expect(await unreadTotal(supplier)).toBe(0);

    const buyerView = await threadForReader(buyer, id);
    expect(buyerView!.messages.map((m) => [m.body.slice(0, 10), m.mine, m.unread])).toEqual([
      ["Guten Tag,", true, false],
      ["Dobrý den,", false, true],
    ]);
    await markThreadRead(buyer, buyerView!);
    expect(await unreadTotal(buyer)).toBe(0);

    const again = await withTestSession(s.buyer, () =>
      replyToEnquiryAction({
        enquiryId: id,
        organizationId: s.buyerCo.id,
        message: "Danke, bitte schicken Sie ein Angebot.",
      }),
    );
    expect(again).toMatchObject({ ok: true });
    await capture.waitForMail(s.supplierEditor.email, (m) => m.subject.startsWith("New reply") && m.text.includes(id));
    expect(await unreadTotal(supplier)).toBe(1);
  });

  it("close and reopen: nobody replies to a closed enquiry until it is reopened", async () => {
    const s = await scenario();
    const [id] = sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id])));
    const ref = { enquiryId: id, organizationId: s.supplierCo.id };
    expect(await withTestSession(s.supplierEditor, () => closeEnquiryAction(ref))).toMatchObject({ ok: true });
    expect(await testDb.db.enquiry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CLOSED",
      closedAt: expect.any(Date),
    });

    const refused = await withTestSession(
      s.buyer,
      () => replyToEnquiryAction({ enquiryId: id, organizationId: s.buyerCo.id, message: "Hallo?" }),
      { locale: "en" },
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "conflict",
      formError: "This enquiry is closed. Reopen it to reply.",
    });

    // Either side may reopen.
    expect(
      await withTestSession(s.buyer, () => reopenEnquiryAction({ enquiryId: id, organizationId: s.buyerCo.id })),
    ).toMatchObject({ ok: true });
    expect(
      await withTestSession(s.buyer, () =>
        replyToEnquiryAction({ enquiryId: id, organizationId: s.buyerCo.id, message: "Hallo?" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await testDb.db.enquiry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "OPEN",
      closedAt: null,
    });
  });

  it("a blocked company can neither reply nor send new enquiries, is told so, and each refusal is recorded", async () => {
    const s = await scenario();
    const [id] = sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id])));
    const block = { organizationId: s.supplierCo.id, blockedOrganizationId: s.buyerCo.id };
    expect(await withTestSession(s.supplierOwner, () => blockCompanyAction(block))).toMatchObject({ ok: true });
    expect(await withTestSession(s.supplierOwner, () => blockCompanyAction(block))).toMatchObject({ ok: true });
    expect(await testDb.db.companyBlock.count({ where: { blockerOrganizationId: s.supplierCo.id } })).toBe(1);

    const reply = await withTestSession(s.buyer, () =>
      replyToEnquiryAction({ enquiryId: id, organizationId: s.buyerCo.id, message: "Warum antworten Sie nicht?" }),
    );
    expect(reply).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: "Kovovýroba Liberec s.r.o. nimmt keine Nachrichten Ihres Unternehmens mehr an.",
    });
    const other = await company("Drahtwerk Pirna GmbH", []);
    const again = await send(s.buyer, enquiry(s.buyerCo.id, [other.id, s.supplierCo.id]), "cs");
    expect(again).toMatchObject({
      ok: false,
      code: "forbidden",
      formError:
        "Tito příjemci od vaší firmy poptávky nepřijímají, odeberte je prosím z výběru: Kovovýroba Liberec s.r.o.",
    });
    expect(await testDb.db.enquiryMessage.count({ where: { enquiryId: id } })).toBe(1);
    expect(await testDb.db.enquiry.count({ where: { senderOrganizationId: s.buyerCo.id } })).toBe(1);
    const rejections = await testDb.db.enquiryRejection.findMany({
      where: { organizationId: s.buyerCo.id },
      orderBy: { id: "asc" },
    });
    expect(rejections.map((r) => [r.reason, r.recipients, r.userId])).toEqual([
      ["BLOCKED", 1, s.buyer.id],
      ["BLOCKED", 2, s.buyer.id],
    ]);

    // The blocker still writes in the thread, and unblocking opens the way again.
    expect(
      await withTestSession(s.supplierOwner, () =>
        replyToEnquiryAction({
          enquiryId: id,
          organizationId: s.supplierCo.id,
          message: "Bitte keine weiteren Anfragen.",
        }),
      ),
    ).toMatchObject({ ok: true });
    expect(await withTestSession(s.supplierEditor, () => unblockCompanyAction(block))).toMatchObject({ ok: true });
    expect(sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id])))).toHaveLength(1);
  });

  it("blocks an unpublished company that wrote, and cannot tell any other unpublished company from an unknown id", async () => {
    const s = await scenario();
    const drafter = await person("Dora Entwurf");
    const draftCo = await company("Entwurf GmbH", [{ user: drafter, role: "OWNER" }], false);
    const silentCo = await company("Still GmbH", [{ user: await person("Stefan Still"), role: "OWNER" }], false);
    const block = (blockedOrganizationId: string) =>
      withTestSession(s.supplierOwner, () => blockCompanyAction({ organizationId: s.supplierCo.id, blockedOrganizationId }));

    const silent = await block(silentCo.id);
    expect(silent).toMatchObject({ ok: false, code: "not_found" });
    expect(await block("cnosuchcompany00000000000")).toEqual(silent);

    expect(sentIds(await send(drafter, enquiry(draftCo.id, [s.supplierCo.id])))).toHaveLength(1);
    expect(await block(draftCo.id)).toMatchObject({ ok: true });
    expect(await testDb.db.companyBlock.count({ where: { blockerOrganizationId: s.supplierCo.id } })).toBe(1);
  });

  it("reports abuse: the report keeps a copy of the thread, every platform admin is mailed, a repeat is only acknowledged", async () => {
    const s = await scenario();
    const [id] = sentIds(
      await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id], { subject: "Günstige Kredite <sofort>" })),
    );
    expect(
      await withTestSession(s.supplierOwner, () =>
        replyToEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id, message: "Wer sind Sie?" }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await withTestSession(s.buyer, () =>
        replyToEnquiryAction({
          enquiryId: id,
          organizationId: s.buyerCo.id,
          message: "Jetzt zugreifen: kredit.example",
        }),
      ),
    ).toMatchObject({ ok: true });
    const czechAdmin = await person("Alena Správcová", "cs");
    const englishAdmin = await person("Adam Admin", "en");
    const unverifiedAdmin = await person("Ulla Unbestätigt");
    await testDb.db.user.updateMany({
      where: { id: { in: [czechAdmin.id, englishAdmin.id, unverifiedAdmin.id] } },
      data: { isPlatformAdmin: true },
    });
    await testDb.db.user.update({ where: { id: unverifiedAdmin.id }, data: { emailVerified: null } });

    const tooShort = await withTestSession(s.supplierOwner, () =>
      reportEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id, reason: "Spam" }),
    );
    expect(tooShort).toMatchObject({ ok: false, code: "validation", fieldErrors: { reason: expect.any(String) } });
    const reason = "Massenwerbung für Kredite, keine echte Anfrage.";
    const result = await withTestSession(s.supplierOwner, () =>
      reportEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id, reason }),
    );
    expect(result).toMatchObject({ ok: true, data: { alreadyReported: false } });
    const [report] = await testDb.db.abuseReport.findMany({ where: { enquiryId: id } });
    expect(report).toMatchObject({
      reporterOrganizationId: s.supplierCo.id,
      reporterUserId: s.supplierOwner.id,
      reportedOrganizationId: s.buyerCo.id,
      reportedOrganizationName: "Baumann Maschinenbau GmbH",
      subject: "Günstige Kredite <sofort>",
      reason,
    });
    // Only what the reported company wrote, oldest first, with who wrote it.
    expect(report.reportedMessages).toMatch(
      /Bernd Baumann:\nGuten Tag,[\s\S]*Bernd Baumann:\nJetzt zugreifen: kredit\.example$/,
    );
    expect(report.reportedMessages).not.toContain("Wer sind Sie?");

    const czech = await capture.waitForMail(czechAdmin.email, (m) => m.text.includes(report.id));
    expect(czech.subject).toBe("Nahlášení zneužití: Kovovýroba Liberec s.r.o. hlásí firmu Baumann Maschinenbau GmbH");
    expect(czech.text).toContain("Předmět poptávky: Günstige Kredite <sofort>");
    expect(czech.text).toContain(`Důvod uvedený nahlašující firmou:\n${reason}`);
    expect(czech.html).toContain("Günstige Kredite &lt;sofort&gt;");
    // Admins do not read threads: the mail neither links to one nor quotes it.
    expect(czech.text).not.toContain(id);
    expect(czech.text).not.toContain("/account/inbox");
    expect(czech.text).not.toContain("kredit.example");
    const english = await capture.waitForMail(englishAdmin.email, (m) => m.text.includes(report.id));
    expect(english.subject).toBe("Abuse report: Kovovýroba Liberec s.r.o. reports Baumann Maschinenbau GmbH");
    expect(capture.mailsTo(unverifiedAdmin.email)).toEqual([]);
    expect(capture.mailsTo(s.buyer.email).filter((m) => m.text.includes(report.id))).toEqual([]);

    // The same company reporting the same thread again within a day: acknowledged, nothing new.
    const again = await withTestSession(s.supplierEditor, () =>
      reportEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id, reason: "Noch einmal: das ist Spam!" }),
    );
    expect(again).toEqual({ ok: true, data: { reportId: report.id, alreadyReported: true } });
    expect(await testDb.db.abuseReport.count({ where: { enquiryId: id } })).toBe(1);
    expect(capture.mailsTo(czechAdmin.email).filter((m) => m.subject.startsWith("Nahlášení"))).toHaveLength(1);
    await testDb.db.abuseReport.update({
      where: { id: report.id },
      data: { createdAt: new Date(Date.now() - DAY - 60_000) },
    });
    expect(
      await withTestSession(s.supplierEditor, () =>
        reportEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id, reason: "Es geht wieder los mit Spam." }),
      ),
    ).toMatchObject({ ok: true, data: { alreadyReported: false } });

    // The reported company deletes itself, taking the thread along; the reports stay with their copy.
    await testDb.db.$transaction((tx) =>
      deleteOrganizationInTx(tx, s.buyerCo.id, { actorUserId: s.buyer.id, reason: "owner" }),
    );
    expect(await testDb.db.enquiry.count({ where: { id } })).toBe(0);
    const kept = await testDb.db.abuseReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(kept).toMatchObject({
      enquiryId: null,
      reportedOrganizationId: s.buyerCo.id,
      reportedOrganizationName: "Baumann Maschinenbau GmbH",
      subject: "Günstige Kredite <sofort>",
      reportedMessages: report.reportedMessages,
    });
    expect(await testDb.db.abuseReport.count({ where: { reportedOrganizationId: s.buyerCo.id } })).toBe(2);
  });

  it("two reports of the same thread at once make one report, and reporting is rate-limited per user", async () => {
    const s = await scenario();
    const [id] = sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id])));
    const report = (user: User) =>
      withTestSession(user, () =>
        reportEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id, reason: "Werbung statt einer Anfrage." }),
      );
    const both = await Promise.all([report(s.supplierOwner), report(s.supplierEditor)]);
    expect(both.map((r) => r.ok && r.data.alreadyReported).sort()).toEqual([false, true]);
    expect(await testDb.db.abuseReport.count({ where: { enquiryId: id } })).toBe(1);

    for (let i = 1; i < 10; i++) expect(await report(s.supplierOwner)).toMatchObject({ ok: true });
    expect(await report(s.supplierOwner)).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await report(s.supplierEditor)).toMatchObject({ ok: true });
  });

  it("a writer without a name appears under the company's name, never the email address", async () => {
    const s = await scenario();
    await testDb.db.user.update({ where: { id: s.buyer.id }, data: { name: null } });
    const [id] = sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id])));
    await testDb.db.user.update({ where: { id: s.supplierEditor.id }, data: { name: "  " } });
    expect(
      await withTestSession(s.supplierEditor, () =>
        replyToEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id, message: "Gern, wir melden uns." }),
      ),
    ).toMatchObject({ ok: true });

    const view = await threadForReader(await session(s.buyer), id);
    expect(view!.messages.map((m) => m.authorName)).toEqual(["Baumann Maschinenbau GmbH", "Kovovýroba Liberec s.r.o."]);
    const mail = await capture.waitForMail(s.supplierEditor.email, (m) => m.text.includes(id));
    expect(mail.text).toContain("Baumann Maschinenbau GmbH has sent your company Kovovýroba Liberec s.r.o. an enquiry");
    expect(mail.text).not.toContain(s.buyer.email);
    const reply = await capture.waitForMail(s.buyer.email, (m) => m.text.includes(id));
    expect(reply.text).toContain(
      "Kovovýroba Liberec s.r.o. hat auf die Anfrage „Anfrage: 500 Drehteile aus Edelstahl“ geantwortet.",
    );
    expect(reply.text).not.toContain(s.supplierEditor.email);
  });
});

describe("spam limits", () => {
  it("a company reaches at most ENQUIRY_DAILY_LIMIT recipients in 24 hours, counted from the database", async () => {
    process.env.ENQUIRY_DAILY_LIMIT = "3";
    const s = await scenario();
    const suppliers = await Promise.all(["Alfa", "Beta", "Gama", "Delta"].map((n) => company(`${n} s.r.o.`, [])));
    sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [suppliers[0].id, suppliers[1].id])));

    const refused = await send(s.buyer, enquiry(s.buyerCo.id, [suppliers[2].id, suppliers[3].id]));
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    const message = (refused as { formError: string }).formError;
    expect(message).toContain("höchstens 3 Unternehmen");
    expect(message).toContain("Im Moment ist noch 1 Empfänger möglich");
    expect(message).toMatch(/ab \d{1,2}\.\d{1,2}\.\d{4}, \d{2}:\d{2}/);
    expect(await testDb.db.enquiryRejection.findMany({ where: { organizationId: s.buyerCo.id } })).toEqual([
      expect.objectContaining({ reason: "DAILY_LIMIT", recipients: 2, userId: s.buyer.id }),
    ]);

    // Another member of the same company shares the allowance.
    const colleague = await person("Clara Baumann");
    await testDb.db.membership.create({ data: { userId: colleague.id, organizationId: s.buyerCo.id, role: "EDITOR" } });
    sentIds(await send(colleague, enquiry(s.buyerCo.id, [suppliers[2].id])));
    expect(await send(colleague, enquiry(s.buyerCo.id, [suppliers[3].id]), "en")).toMatchObject({
      ok: false,
      formError: expect.stringMatching(
        /^Your company can send enquiries to at most 3 companies within 24 hours\. Further enquiries are possible from /,
      ),
    });

    // The window rolls: once the first enquiries are older than 24 hours, there is room again.
    await testDb.db.enquiry.updateMany({
      where: {
        senderOrganizationId: s.buyerCo.id,
        recipientOrganizationId: { in: [suppliers[0].id, suppliers[1].id] },
      },
      data: { createdAt: new Date(Date.now() - DAY - 60_000) },
    });
    sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [suppliers[3].id])));
    expect(
      await testDb.db.enquiryRejection.count({ where: { organizationId: s.buyerCo.id, reason: "DAILY_LIMIT" } }),
    ).toBe(2);
  });

  it("an account younger than 24 hours waits between two enquiries, and learns until when", async () => {
    const s = await scenario();
    const newcomer = await person("Nina Neu", "de", { newAccount: true });
    const newCo = await company("Neu & Partner GmbH", [{ user: newcomer, role: "OWNER" }]);
    const other = await company("Zweiter Lieferant GmbH", []);
    const [first] = sentIds(await send(newcomer, enquiry(newCo.id, [s.supplierCo.id])));

    const refused = await send(newcomer, enquiry(newCo.id, [other.id]));
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    const message = (refused as { formError: string }).formError;
    expect(message).toMatch(
      /^Neue Konten müssen zwischen zwei Anfragen 10 Minuten warten\. Sie können ab (\d{1,2}\.\d{1,2}\.\d{4}, )?\d{2}:\d{2} wieder senden \(in (9|10) Minuten\)\.$/,
    );
    expect(await testDb.db.enquiryRejection.findMany({ where: { organizationId: newCo.id } })).toEqual([
      expect.objectContaining({ reason: "COOLDOWN", recipients: 1, userId: newcomer.id }),
    ]);
    // Replies are conversation, not new enquiries: no cooldown.
    expect(
      await withTestSession(newcomer, () =>
        replyToEnquiryAction({ enquiryId: first, organizationId: newCo.id, message: "Noch eine Frage zum Material." }),
      ),
    ).toMatchObject({ ok: true });

    await testDb.db.enquiry.update({ where: { id: first }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    sentIds(await send(newcomer, enquiry(newCo.id, [other.id])));

    // The wait is configurable; established accounts never wait.
    process.env.ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES = "30";
    expect(await send(newcomer, enquiry(newCo.id, [s.supplierCo.id]), "en")).toMatchObject({
      ok: false,
      formError: expect.stringContaining("New accounts must wait 30 minutes between two enquiries."),
    });
    const third = await company("Dritter Lieferant GmbH", []);
    sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [other.id])));
    sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [third.id])));
  });

  it("one user cannot fire off enquiries in a burst", async () => {
    const s = await scenario();
    const suppliers = await Promise.all(Array.from({ length: 11 }, (_, i) => company(`Serienlieferant ${i}`, [])));
    for (const supplier of suppliers.slice(0, 10)) sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [supplier.id])));
    expect(await send(s.buyer, enquiry(s.buyerCo.id, [suppliers[10].id]))).toMatchObject({
      ok: false,
      code: "rate_limited",
      formError: expect.stringMatching(/^Zu viele Versuche\. Bitte versuchen Sie es in \d+ Minuten erneut\.$/),
    });
  });

  it("a user reaches at most ENQUIRY_DAILY_LIMIT recipients over all of their companies, also after deleting one", async () => {
    process.env.ENQUIRY_DAILY_LIMIT = "3";
    const s = await scenario();
    const secondCo = await company("Baumann Service GmbH", [{ user: s.buyer, role: "OWNER" }]);
    const suppliers = await Promise.all(
      ["Alfa", "Beta", "Gama", "Delta", "Epsilon"].map((n) => company(`${n} a.s.`, [])),
    );
    sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [suppliers[0].id, suppliers[1].id])));

    // The second company has room of its own, its writer has not.
    const refused = await send(s.buyer, enquiry(secondCo.id, [suppliers[2].id, suppliers[3].id]), "en");
    expect(refused).toMatchObject({
      ok: false,
      code: "rate_limited",
      formError: expect.stringMatching(
        /^You can send enquiries to at most 3 companies within 24 hours, counting all companies you write for\. Right now 1 more recipient is possible; for all of your selection, try again from /,
      ),
    });
    expect(await testDb.db.enquiryRejection.findMany({ where: { organizationId: secondCo.id } })).toEqual([
      expect.objectContaining({ reason: "DAILY_LIMIT", recipients: 2, userId: s.buyer.id }),
    ]);
    sentIds(await send(s.buyer, enquiry(secondCo.id, [suppliers[2].id])));

    // Deleting the first company takes its threads along, but not the count.
    await testDb.db.$transaction((tx) =>
      deleteOrganizationInTx(tx, s.buyerCo.id, { actorUserId: s.buyer.id, reason: "owner" }),
    );
    expect(await send(s.buyer, enquiry(secondCo.id, [suppliers[3].id]))).toMatchObject({
      ok: false,
      code: "rate_limited",
      formError: expect.stringContaining("zusammengezählt über alle Unternehmen, für die Sie schreiben"),
    });
    // A colleague in the same company still has an allowance of their own (3 per company, 1 used).
    const colleague = await person("Clara Baumann");
    await testDb.db.membership.create({ data: { userId: colleague.id, organizationId: secondCo.id, role: "EDITOR" } });
    sentIds(await send(colleague, enquiry(secondCo.id, [suppliers[3].id, suppliers[4].id])));
    expect(await testDb.db.enquiry.count({ where: { senderOrganizationId: secondCo.id } })).toBe(3);
  });

  it("an unpublished company reaches ENQUIRY_DRAFT_DAILY_LIMIT recipients, is told that publishing raises it, and can start at once", async () => {
    const s = await scenario();
    const newcomer = await person("Nina Neu", "de", { newAccount: true });
    const draftCo = await company("Neu & Partner GmbH", [{ user: newcomer, role: "OWNER" }], false);
    const suppliers = await Promise.all(Array.from({ length: 7 }, (_, i) => company(`Anbieter ${i} GmbH`, [])));
    // A brand-new account with a brand-new, unpublished company asks its first supplier right away.
    sentIds(await send(newcomer, enquiry(draftCo.id, [s.supplierCo.id])));
    await testDb.db.user.update({ where: { id: newcomer.id }, data: { createdAt: new Date(Date.now() - 3 * DAY) } });
    sentIds(
      await send(
        newcomer,
        enquiry(
          draftCo.id,
          suppliers.slice(0, 4).map((c) => c.id),
        ),
      ),
    );

    const refused = await send(newcomer, enquiry(draftCo.id, [suppliers[4].id]));
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    const message = (refused as { formError: string }).formError;
    expect(message).toMatch(
      /^Das Profil Ihres Unternehmens ist noch nicht veröffentlicht\. Deshalb kann es innerhalb von 24 Stunden Anfragen an höchstens 5 Unternehmen senden; veröffentlichen Sie das Profil, um das Limit auf 20 zu erhöhen\. Weitere Anfragen sind ab /,
    );
    expect(await testDb.db.enquiryRejection.findMany({ where: { organizationId: draftCo.id } })).toEqual([
      expect.objectContaining({ reason: "DAILY_LIMIT", recipients: 1, userId: newcomer.id }),
    ]);

    // Once the profile is published, the company's allowance is the full one.
    await testDb.db.organization.update({
      where: { id: draftCo.id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    sentIds(
      await send(
        newcomer,
        enquiry(
          draftCo.id,
          suppliers.slice(4).map((c) => c.id),
        ),
      ),
    );

    // The lower allowance is configurable; a request over it alone cannot wait its way through.
    process.env.ENQUIRY_DRAFT_DAILY_LIMIT = "2";
    const other = await person("Otto Ohneprofil");
    const otherDraft = await company("Ohneprofil KG", [{ user: other, role: "OWNER" }], false);
    expect(
      await send(
        other,
        enquiry(
          otherDraft.id,
          suppliers.slice(0, 3).map((c) => c.id),
        ),
        "cs",
      ),
    ).toMatchObject({
      ok: false,
      code: "rate_limited",
      formError:
        "Profil vaší firmy ještě není zveřejněn, a proto může během 24 hodin poslat poptávky nejvýše 2 firmám. Vyberte prosím méně příjemců, nebo zveřejněte profil – limit se tím zvýší na 20.",
    });
  });

  it("two sends at once that together exceed the limit: exactly one goes through", async () => {
    process.env.ENQUIRY_DAILY_LIMIT = "3";
    const s = await scenario();
    const colleague = await person("Clara Baumann");
    await testDb.db.membership.create({ data: { userId: colleague.id, organizationId: s.buyerCo.id, role: "EDITOR" } });
    const suppliers = await Promise.all(Array.from({ length: 8 }, (_, i) => company(`Gleichzeitig ${i} s.r.o.`, [])));
    const ids = (from: number) => [suppliers[from].id, suppliers[from + 1].id];

    // Two members of one company: the company's allowance.
    const sameCompany = await Promise.all([
      send(s.buyer, enquiry(s.buyerCo.id, ids(0))),
      send(colleague, enquiry(s.buyerCo.id, ids(2))),
    ]);
    expect(sameCompany.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(sameCompany.find((r) => !r.ok)).toMatchObject({ code: "rate_limited" });
    expect(await testDb.db.enquiry.count({ where: { senderOrganizationId: s.buyerCo.id } })).toBe(2);

    // One user writing for two companies at once: the user's allowance.
    const writer = await person("Willi Zweifirm");
    const [first, second] = await Promise.all([
      company("Zweifirm Eins GmbH", [{ user: writer, role: "OWNER" }]),
      company("Zweifirm Zwei GmbH", [{ user: writer, role: "OWNER" }]),
    ]);
    const sameUser = await Promise.all([
      send(writer, enquiry(first.id, ids(4))),
      send(writer, enquiry(second.id, ids(6))),
    ]);
    expect(sameUser.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await testDb.db.enquiry.count({ where: { senderUserId: writer.id } })).toBe(2);
    expect(
      await testDb.db.enquiryRejection.count({ where: { userId: { in: [s.buyer.id, colleague.id, writer.id] } } }),
    ).toBe(2);
  });
});

describe("attachments", () => {
  it("accepts a real PDF and an image by content, and serves them only as downloads", async () => {
    const s = await scenario();
    const pdf = pdfBytes();
    const [id] = sentIds(
      await send(
        s.buyer,
        withFile(enquiry(s.buyerCo.id, [s.supplierCo.id]), pdf, '../Angebot "final".pdf', "application/octet-stream"),
      ),
    );
    const message = await testDb.db.enquiryMessage.findFirstOrThrow({
      where: { enquiryId: id },
      include: { attachment: true },
    });
    expect(message.attachment).toMatchObject({
      fileName: "Angebot final.pdf",
      contentType: "application/pdf",
      size: pdf.length,
    });

    const response = await download(s.supplierEditor, message.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Angebot final.pdf"; filename*=UTF-8''Angebot%20final.pdf`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);

    // An image called .gif is a PNG by content; it is stored and served as one.
    const png = await pngImage(40, 30);
    const reply = await withTestSession(s.supplierOwner, () => {
      const form = new FormData();
      form.set("enquiryId", id);
      form.set("organizationId", s.supplierCo.id);
      form.set("message", "Foto vom Musterteil anbei.");
      form.set("attachment", new File([new Uint8Array(png)], "muster.gif", { type: "image/gif" }));
      return replyToEnquiryAction(form);
    });
    expect(reply).toMatchObject({ ok: true });
    const { messageId } = (reply as { data: { messageId: string } }).data;
    const image = await download(s.buyer, messageId);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("content-disposition")).toContain('filename="muster.gif.png"');
  });

  it("rejects a file named .pdf with other content, and files over 5 MB, with a message on the field", async () => {
    const s = await scenario();
    const fake = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const disguised = await send(
      s.buyer,
      withFile(enquiry(s.buyerCo.id, [s.supplierCo.id]), fake, "angebot.pdf", "application/pdf"),
      "en",
    );
    expect(disguised).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: {
        attachment:
          "Please attach a PDF file or an image (PNG, JPEG, WebP). The content of this file matches none of these formats.",
      },
    });

    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdfBytes());
    const tooLarge = await send(
      s.buyer,
      withFile(enquiry(s.buyerCo.id, [s.supplierCo.id]), big, "gross.pdf", "application/pdf"),
    );
    expect(tooLarge).toMatchObject({ ok: false, fieldErrors: { attachment: "Die Datei ist größer als 5 MB." } });

    const [id] = sentIds(await send(s.buyer, enquiry(s.buyerCo.id, [s.supplierCo.id])));
    const tooLargeReply = await withTestSession(
      s.supplierOwner,
      () =>
        replyToEnquiryAction({
          enquiryId: id,
          organizationId: s.supplierCo.id,
          message: "Anbei",
          attachment: new File([big], "x.pdf"),
        }),
      { locale: "cs" },
    );
    expect(tooLargeReply).toMatchObject({ ok: false, fieldErrors: { attachment: "Soubor je větší než 5 MB." } });

    expect(await testDb.db.enquiry.count({ where: { senderOrganizationId: s.buyerCo.id } })).toBe(1);
    expect(await testDb.db.enquiryMessage.count({ where: { enquiryId: id } })).toBe(1);
    expect(await testDb.db.attachment.count({ where: { messages: { some: { enquiryId: id } } } })).toBe(0);
  });
});

describe("thread access", () => {
  it("members of a third company, platform admins and anonymous visitors read nothing and download nothing", async () => {
    const s = await scenario();
    const form = withFile(enquiry(s.buyerCo.id, [s.supplierCo.id]), pdfBytes(), "zeichnung.pdf", "application/pdf");
    const [id] = sentIds(await send(s.buyer, form));
    const messageId = (await testDb.db.enquiryMessage.findFirstOrThrow({ where: { enquiryId: id } })).id;

    const outsider = await person("Otto Fremd");
    const outsiderCo = await company("Fremdfirma AG", [{ user: outsider, role: "OWNER" }]);
    const admin = await person("Ada Admin");
    await testDb.db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });

    for (const reader of [await session(outsider), await session(admin), null]) {
      expect(await threadForReader(reader, id)).toBeNull();
      expect(await threadForReader(reader, id, s.supplierCo.id)).toBeNull();
      expect(await inboxThreads(reader, s.supplierCo.id)).toBeNull();
      expect(await attachmentForReader(reader, messageId)).toBeNull();
      expect(await unreadForCompany(reader, s.supplierCo.id)).toBe(0);
    }
    expect(await unreadTotal(await session(outsider))).toBe(0);
    expect((await inboxThreads(await session(outsider), outsiderCo.id))?.threads).toEqual([]);

    for (const user of [outsider, admin, null]) {
      const response = await download(user, messageId);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(await response.text()).not.toContain("%PDF");
    }
    expect((await download(s.buyer, messageId)).status).toBe(200);

    // Acting in the thread: as the outsider's own company it does not exist, in the name of a party it is forbidden.
    const asOwn = await withTestSession(outsider, () =>
      replyToEnquiryAction({ enquiryId: id, organizationId: outsiderCo.id, message: "Hallo" }),
    );
    expect(asOwn).toMatchObject({ ok: false, code: "not_found" });
    const asParty = await withTestSession(outsider, () =>
      closeEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id }),
    );
    expect(asParty).toMatchObject({ ok: false, code: "forbidden" });
    const asAdmin = await withTestSession(admin, () =>
      replyToEnquiryAction({ enquiryId: id, organizationId: s.supplierCo.id, message: "Hallo" }),
    );
    expect(asAdmin).toMatchObject({ ok: false, code: "forbidden" });
    expect(await testDb.db.enquiry.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN" });
    expect(await testDb.db.enquiryMessage.count({ where: { enquiryId: id } })).toBe(1);
  });
});
