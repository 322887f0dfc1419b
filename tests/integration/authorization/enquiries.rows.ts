// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { blockCompanyAction } from "../../../lib/enquiries/actions/block-company";
import { closeEnquiryAction } from "../../../lib/enquiries/actions/close-enquiry";
import { reopenEnquiryAction } from "../../../lib/enquiries/actions/reopen-enquiry";
import { replyToEnquiryAction } from "../../../lib/enquiries/actions/reply-to-enquiry";
import { reportEnquiryAction } from "../../../lib/enquiries/actions/report-enquiry";
import { sendEnquiryAction } from "../../../lib/enquiries/actions/send-enquiry";
import { unblockCompanyAction } from "../../../lib/enquiries/actions/unblock-company";
import { createOrganization } from "../support/accounts";
import { COMPANY_VOICE, rows, type MatrixFixture } from "./matrix";

/** A published supplier with nobody in it, so no cell of the matrix is part of its side. */
async function supplier(f: MatrixFixture) {
  const org = await createOrganization([], { name: "Lieferant Zittau GmbH" });
  await f.db.organization.update({ where: { id: org.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  return org;
}

/** A thread the fixture's company started with a supplier. */
async function thread(f: MatrixFixture, status: "OPEN" | "CLOSED" = "OPEN") {
  const to = await supplier(f);
  const enquiry = await f.db.enquiry.create({
    data: {
      batchId: `batch-${to.id}`,
      senderOrganizationId: f.company.id,
      recipientOrganizationId: to.id,
      senderUserId: f.users.owner.id,
      subject: "Anfrage: 500 Drehteile aus Edelstahl",
      status,
      closedAt: status === "CLOSED" ? new Date() : null,
      messages: {
        create: {
          authorOrganizationId: f.company.id,
          authorUserId: f.users.owner.id,
          authorName: "Olga Owner",
          body: "Können Sie bis Ende März liefern?",
        },
      },
    },
    select: { id: true, recipientOrganizationId: true },
  });
  return enquiry;
}

// Sending and replying need "enquiry.send", closing, blocking and reporting "enquiry.manage";
// owners and editors have both, members of other companies neither, and platform admins do not
// write in a company's correspondence. In their own company's name, outsiders find none of
// `company`'s threads, and no unpublished company to write to.
export default rows({
  sendEnquiryAction: {
    action: sendEnquiryAction,
    input: async (f) => {
      await f.db.organization.update({
        where: { id: f.otherCompany.id },
        data: { status: "PUBLISHED", publishedAt: new Date() },
      });
      return {
        organizationId: f.company.id,
        recipientIds: [f.otherCompany.id],
        subject: "Anfrage: Laserschneiden 3 mm Blech",
        message: "Wir suchen einen Partner für 200 Teile pro Monat.",
      };
    },
    expect: COMPANY_VOICE,
    hidden: "recipientIds",
    mixed: {
      input: (f) => ({
        organizationId: f.otherCompany.id,
        recipientIds: [f.company.id],
        subject: "Anfrage: Laserschneiden 3 mm Blech",
        message: "Wir suchen einen Partner für 200 Teile pro Monat.",
      }),
    },
    verify: async (f) => {
      const enquiry = await f.db.enquiry.findFirstOrThrow({
        where: { senderOrganizationId: f.company.id },
        include: { messages: true },
      });
      expect(enquiry).toMatchObject({
        recipientOrganizationId: f.otherCompany.id,
        subject: "Anfrage: Laserschneiden 3 mm Blech",
      });
      expect(enquiry.messages).toHaveLength(1);
    },
  },
  replyToEnquiryAction: {
    action: replyToEnquiryAction,
    input: async (f) => ({
      enquiryId: (await thread(f)).id,
      organizationId: f.company.id,
      message: "Nachtrag: Material 1.4301.",
    }),
    expect: COMPANY_VOICE,
    hidden: "enquiryId",
    mixed: {
      input: async (f) => ({ enquiryId: (await thread(f)).id, organizationId: f.otherCompany.id, message: "Hallo?" }),
    },
    verify: async (f) => {
      const messages = await f.db.enquiryMessage.findMany({ where: { authorOrganizationId: f.company.id } });
      expect(messages.map((m) => m.body)).toContain("Nachtrag: Material 1.4301.");
    },
  },
  closeEnquiryAction: {
    action: closeEnquiryAction,
    input: async (f) => ({ enquiryId: (await thread(f)).id, organizationId: f.company.id }),
    expect: COMPANY_VOICE,
    hidden: "enquiryId",
    mixed: { input: async (f) => ({ enquiryId: (await thread(f)).id, organizationId: f.otherCompany.id }) },
    verify: async (f) => {
      expect((await f.db.enquiry.findFirstOrThrow({ where: { senderOrganizationId: f.company.id } })).status).toBe(
        "CLOSED",
      );
    },
  },
  reopenEnquiryAction: {
    action: reopenEnquiryAction,
    input: async (f) => ({ enquiryId: (await thread(f, "CLOSED")).id, organizationId: f.company.id }),
    expect: COMPANY_VOICE,
    hidden: "enquiryId",
    mixed: { input: async (f) => ({ enquiryId: (await thread(f, "CLOSED")).id, organizationId: f.otherCompany.id }) },
    verify: async (f) => {
      expect(await f.db.enquiry.findFirstOrThrow({ where: { senderOrganizationId: f.company.id } })).toMatchObject({
        status: "OPEN",
        closedAt: null,
      });
    },
  },
  reportEnquiryAction: {
    action: reportEnquiryAction,
    input: async (f) => ({
      enquiryId: (await thread(f)).id,
      organizationId: f.company.id,
      reason: "Das ist keine Antwort, sondern Werbung für Kredite.",
    }),
    expect: COMPANY_VOICE,
    hidden: "enquiryId",
    mixed: {
      input: async (f) => ({
        enquiryId: (await thread(f)).id,
        organizationId: f.otherCompany.id,
        reason: "Das ist keine Antwort, sondern Werbung für Kredite.",
      }),
    },
    verify: async (f) => {
      const report = await f.db.abuseReport.findFirstOrThrow({ where: { reporterOrganizationId: f.company.id } });
      expect(report).toMatchObject({
        reason: "Das ist keine Antwort, sondern Werbung für Kredite.",
        subject: "Anfrage: 500 Drehteile aus Edelstahl",
        reportedOrganizationName: "Lieferant Zittau GmbH",
      });
    },
  },
  blockCompanyAction: {
    action: blockCompanyAction,
    input: async (f) => ({ organizationId: f.company.id, blockedOrganizationId: (await supplier(f)).id }),
    expect: COMPANY_VOICE,
    hidden: "blockedOrganizationId",
    // `company` is unpublished and has never written to the outsider's company.
    mixed: { input: (f) => ({ organizationId: f.otherCompany.id, blockedOrganizationId: f.company.id }) },
    verify: async (f) => {
      expect(await f.db.companyBlock.count({ where: { blockerOrganizationId: f.company.id } })).toBe(1);
    },
  },
  unblockCompanyAction: {
    action: unblockCompanyAction,
    input: async (f) => {
      const blocked = await supplier(f);
      await f.db.companyBlock.create({
        data: { blockerOrganizationId: f.company.id, blockedOrganizationId: blocked.id },
      });
      return { organizationId: f.company.id, blockedOrganizationId: blocked.id };
    },
    expect: COMPANY_VOICE,
    hidden: "blockedOrganizationId",
    verify: async (f) => {
      expect(await f.db.companyBlock.count({ where: { blockerOrganizationId: f.company.id } })).toBe(0);
    },
  },
});
