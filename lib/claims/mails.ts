// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import { renderHtml, renderText, type MailLayout } from "../mail/html";
import type { OutgoingMail } from "../mail/transport";
import { CLAIM_LINK_LIFETIME_DAYS } from "./constants";

/**
 * Mails about claiming a profile, in the language chosen for the company or the person. Every
 * user-written string (company names, the enquiry itself) goes through renderHtml, which escapes it.
 */

type Translate = ReturnType<typeof translatorFor>;

function mail(
  locale: Locale,
  to: string,
  greetingName: string | null,
  build: (t: Translate) => Pick<MailLayout, "paragraphs" | "action" | "after"> & { subject: string },
): OutgoingMail {
  const t = translatorFor(locale);
  const { subject, ...content } = build(t);
  const layout: MailLayout = {
    lang: locale,
    title: subject,
    greeting: greetingName?.trim() ? t("Mail.greeting", { name: greetingName.trim() }) : t("Mail.greetingNoName"),
    signature: t("Mail.signature"),
    footer: t("Mail.footer"),
    ...content,
  };
  return { to, subject, text: renderText(layout), html: renderHtml(layout) };
}

/** An institution invites a company it lists to take over its profile. */
export function claimInvitationMail(p: {
  locale: Locale;
  to: string;
  company: string;
  institution: string;
  url: string;
}): OutgoingMail {
  const values = { company: p.company, institution: p.institution, email: p.to };
  return mail(p.locale, p.to, null, (t) => ({
    subject: t("Claims.mail.invitation.subject", values),
    paragraphs: [
      t("Claims.mail.invitation.body", values),
      t("Claims.mail.aboutPortal"),
      t("Claims.mail.invitation.whatItMeans"),
      t("Claims.mail.howTo", values),
    ],
    action: { label: t("Claims.mail.invitation.action"), url: p.url },
    after: [t("Claims.mail.linkValid", { days: CLAIM_LINK_LIFETIME_DAYS }), t("Claims.mail.notYou", values)],
  }));
}

/**
 * An enquiry to a company that does not manage its profile yet, sent to the address its
 * institution keeps: the whole message (there is no inbox to read it in yet), who sent it,
 * and the link that claims the profile and opens the thread, where the reply goes.
 */
export function enquiryByMail(p: {
  locale: Locale;
  to: string;
  recipientCompany: string;
  senderCompany: string;
  authorName: string | null;
  subject: string;
  body: string;
  hasAttachment: boolean;
  url: string;
}): OutgoingMail {
  const values = {
    company: p.senderCompany,
    author: p.authorName ?? p.senderCompany,
    recipientCompany: p.recipientCompany,
    subject: p.subject,
    email: p.to,
  };
  return mail(p.locale, p.to, null, (t) => {
    const paragraphs = [
      p.authorName ? t("Claims.mail.enquiry.body", values) : t("Claims.mail.enquiry.bodyCompany", values),
      t("Claims.mail.enquiry.subjectLine", values),
      `${t("Claims.mail.enquiry.message", values)}\n${p.body}`,
    ];
    if (p.hasAttachment) paragraphs.push(t("Claims.mail.enquiry.attachment"));
    paragraphs.push(t("Claims.mail.enquiry.howToReply", values), t("Claims.mail.aboutPortal"), t("Claims.mail.howTo", values));
    return {
      subject: t("Claims.mail.enquiry.subject", values),
      paragraphs,
      action: { label: t("Claims.mail.enquiry.action"), url: p.url },
      after: [t("Claims.mail.linkValid", { days: CLAIM_LINK_LIFETIME_DAYS }), t("Claims.mail.enquiry.notYou", values)],
    };
  });
}

/** The answer to a claim request made on the public profile. */
export function claimDecisionMail(p: {
  locale: Locale;
  to: string;
  name: string | null;
  company: string;
  approved: boolean;
  reason: string | null;
  url: string;
}): OutgoingMail {
  const values = { company: p.company };
  return mail(p.locale, p.to, p.name, (t) => ({
    subject: p.approved ? t("Claims.mail.approved.subject", values) : t("Claims.mail.rejected.subject", values),
    paragraphs: p.approved
      ? [t("Claims.mail.approved.body", values)]
      : [t("Claims.mail.rejected.body", values), ...(p.reason ? [`${t("Claims.mail.rejected.reason")}\n${p.reason}`] : [])],
    action: p.approved ? { label: t("Claims.mail.approved.action"), url: p.url } : undefined,
    after: [],
  }));
}

/** Tells an institution's staff (or the platform admins) that a claim waits for their decision. */
export function claimRequestMail(p: { locale: Locale; to: string; name: string | null; company: string; url: string }) {
  const values = { company: p.company };
  return mail(p.locale, p.to, p.name, (t) => ({
    subject: t("Claims.mail.request.subject", values),
    paragraphs: [t("Claims.mail.request.body", values)],
    action: { label: t("Claims.mail.request.action"), url: p.url },
    after: [],
  }));
}
