// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import type { Locale } from "../i18n/routing";
import { toLocale, translatorFor } from "../i18n/translator";
import { renderHtml, renderText, type MailLayout } from "../mail/html";
import { portalUrl } from "../mail/templates";
import { sendMail, type OutgoingMail } from "../mail/transport";
import { INBOX_ROLES } from "./access";
import { excerpt } from "./excerpt";

/**
 * Notifications about enquiries, each in the language of the member who receives it. The mail
 * carries only an excerpt; the thread itself stays behind the sign-in. Every user-written
 * string goes through renderHtml, which escapes it.
 */
export interface InboxMember {
  email: string;
  name: string | null;
  locale: string;
}

/** The members of a company who look after its inbox, with a confirmed address. */
export async function inboxMembers(tx: DbTx, organizationId: string): Promise<InboxMember[]> {
  const memberships = await tx.membership.findMany({
    where: { organizationId, role: { in: INBOX_ROLES }, user: { emailVerified: { not: null } } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true, name: true, locale: true } } },
  });
  return memberships.map((m) => m.user);
}

export interface EnquiryMailFacts {
  kind: "new" | "reply";
  enquiryId: string;
  /** The company whose inbox the link opens. */
  recipientOrganizationId: string;
  recipientCompany: string;
  /** The company that wrote, and the person, if they gave a name. */
  authorCompany: string;
  authorName: string | null;
  subject: string;
  body: string;
  hasAttachment: boolean;
}

export function enquiryMail(member: InboxMember, facts: EnquiryMailFacts): OutgoingMail {
  const locale: Locale = toLocale(member.locale);
  const t = translatorFor(locale);
  const author = facts.authorName ?? facts.authorCompany;
  const values = {
    company: facts.authorCompany,
    recipientCompany: facts.recipientCompany,
    author,
    subject: facts.subject,
  };
  const isNew = facts.kind === "new";
  const subject = isNew ? t("Enquiries.mail.new.subject", values) : t("Enquiries.mail.reply.subject", values);
  // Without a personal name the company speaks for itself ("X has sent", not "X of X has sent").
  const body = facts.authorName
    ? isNew
      ? t("Enquiries.mail.new.body", values)
      : t("Enquiries.mail.reply.body", values)
    : isNew
      ? t("Enquiries.mail.new.bodyCompany", values)
      : t("Enquiries.mail.reply.bodyCompany", values);
  const paragraphs = [
    body,
    t("Enquiries.mail.subjectLine", values),
    `${t("Enquiries.mail.excerpt", { author })}\n${excerpt(facts.body)}`,
  ];
  if (facts.hasAttachment) paragraphs.push(t("Enquiries.mail.attachment"));
  const name = member.name?.trim();
  const layout: MailLayout = {
    lang: locale,
    title: subject,
    greeting: name ? t("Mail.greeting", { name }) : t("Mail.greetingNoName"),
    paragraphs,
    action: {
      label: t("Enquiries.mail.action"),
      url: portalUrl(locale, `/account/inbox/${facts.enquiryId}`, { org: facts.recipientOrganizationId }),
    },
    after: [t("Enquiries.mail.replyInPortal")],
    signature: t("Mail.signature"),
    footer: t("Mail.footer"),
  };
  return { to: member.email, subject, text: renderText(layout), html: renderHtml(layout) };
}

/**
 * Sends after the transaction committed. The enquiry exists either way, and a mail server
 * hiccup must not make the sender think it failed, so failures are logged, not thrown.
 */
export async function deliverEnquiryMails(mails: readonly OutgoingMail[]): Promise<void> {
  const results = await Promise.allSettled(mails.map((m) => sendMail(m)));
  results.forEach((r, i) => {
    if (r.status === "rejected")
      console.error(`[mail] sending "${mails[i].subject}" failed: ${(r.reason as Error).message}`);
  });
}
