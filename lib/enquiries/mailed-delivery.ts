// SPDX-License-Identifier: EUPL-1.2
import { sendAll } from "../claims/delivery";
import { enquiryByMail } from "../claims/mails";
import { db } from "../db";
import type { EnquiryDelivery } from "../generated/prisma/enums";
import type { Locale } from "../i18n/routing";
import { portalUrl } from "../mail/templates";

/**
 * Enquiries to companies that do not manage their profile yet go by mail to the address their
 * institution keeps. The mails are sent after the threads were committed; a thread whose mail
 * failed is marked so, and the sender's list shows it as not delivered.
 */
export interface ClaimMail {
  enquiryId: string;
  locale: Locale;
  to: string;
  token: string;
  recipientCompany: string;
}

/** Sends them and returns the threads whose mail failed. */
export async function sendClaimMails(
  mails: readonly ClaimMail[],
  content: { senderCompany: string; authorName: string | null; subject: string; body: string; hasAttachment: boolean },
): Promise<Set<string>> {
  if (!mails.length) return new Set();
  const failed = await sendAll(
    mails.map((m) => ({
      key: m.enquiryId,
      mail: enquiryByMail({
        ...content,
        locale: m.locale,
        to: m.to,
        recipientCompany: m.recipientCompany,
        url: portalUrl(m.locale, "/account/claim", { token: m.token }),
      }),
    })),
  );
  if (failed.length) {
    // Only while still waiting: a company that claimed in the meantime has the thread anyway.
    await db.enquiry.updateMany({ where: { id: { in: failed }, delivery: "MAILED" }, data: { delivery: "MAIL_FAILED" } });
  }
  return new Set(failed);
}

/** What the sender is told: how many reached an inbox, went by mail, failed, or reached nobody. */
export function deliveryCounts(deliveries: readonly EnquiryDelivery[]) {
  const count = (d: EnquiryDelivery) => deliveries.filter((x) => x === d).length;
  return {
    members: count("MEMBERS"),
    mailed: count("MAILED"),
    mailFailed: count("MAIL_FAILED"),
    undeliverable: count("UNDELIVERABLE"),
  };
}
