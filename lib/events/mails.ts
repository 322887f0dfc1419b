// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from "../i18n/routing";
import { pickLocalized, trilingual } from "../i18n/localized";
import { toLocale, translatorFor } from "../i18n/translator";
import { renderHtml, renderText, type MailLayout } from "../mail/html";
import { portalUrl } from "../mail/templates";
import { sendMail, type OutgoingMail } from "../mail/transport";
import { formatCheckInCode } from "./check-in-code";
import { EVENT_TIME_ZONE } from "./local-time";

/**
 * Mails about registrations and meetings, each in the recipient's language (the language they
 * used when registering), which is often not the language of whoever caused the mail.
 */
export type RegistrationMailKind =
  | "pending"
  | "confirmed"
  | "waitlisted"
  | "promotedConfirmed"
  | "promotedPending"
  | "approved"
  | "rejected"
  | "cancelled"
  | "eventCancelled";

export type MeetingMailKind = "requested" | "accepted" | "declined" | "cancelled";

export type MailEvent = {
  slug: string;
  startsAt: Date;
  titleDe: string | null;
  titleCs: string | null;
  titleEn: string | null;
};

export interface MailRecipient {
  email: string;
  name: string | null;
  locale: string;
}

export function eventFacts(event: MailEvent, locale: Locale) {
  const title = pickLocalized(trilingual(event, "title"), locale)?.text ?? event.slug;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: EVENT_TIME_ZONE }).format(
    event.startsAt,
  );
  return { title, date };
}

export function compose(recipient: MailRecipient, build: (t: ReturnType<typeof translatorFor>, locale: Locale) => {
  subject: string;
  paragraphs: string[];
  action?: MailLayout["action"];
}): OutgoingMail {
  const locale = toLocale(recipient.locale);
  const t = translatorFor(locale);
  const { subject, paragraphs, action } = build(t, locale);
  const name = recipient.name?.trim();
  const layout: MailLayout = {
    lang: locale,
    title: subject,
    greeting: name ? t("Mail.greeting", { name }) : t("Mail.greetingNoName"),
    paragraphs,
    action,
    after: [],
    signature: t("Mail.signature"),
    footer: t("Mail.footer"),
  };
  return { to: recipient.email, subject, text: renderText(layout), html: renderHtml(layout) };
}

export function registrationMail(p: {
  kind: RegistrationMailKind;
  recipient: MailRecipient;
  event: MailEvent;
  companyName: string;
  /** Check-in codes of the people registered, each with its QR code as a PNG. */
  badges?: readonly { name: string; code: string; png: Buffer }[];
}): OutgoingMail {
  const badges = p.badges ?? [];
  const mail = compose(p.recipient, (t, locale) => {
    const { title, date } = eventFacts(p.event, locale);
    const values = { event: title, date, company: p.companyName };
    const paragraphs = [t(`EventMail.registration.${p.kind}.body`, values)];
    if (badges.length) {
      paragraphs.push(
        [t("EventMail.badges.intro"), ...badges.map((b) => t("EventMail.badges.line", { name: b.name, code: formatCheckInCode(b.code) }))].join("\n"),
      );
    }
    return {
      subject: t(`EventMail.registration.${p.kind}.subject`, values),
      paragraphs,
      action: { label: t("EventMail.openEvent"), url: portalUrl(locale, `/events/${p.event.slug}`) },
    };
  });
  if (!badges.length) return mail;
  return {
    ...mail,
    attachments: badges.map((b, i) => ({
      filename: `check-in-${i + 1}-${b.code}.png`,
      content: b.png,
      contentType: "image/png",
    })),
  };
}

export function meetingMail(p: {
  kind: MeetingMailKind;
  recipient: MailRecipient;
  event: MailEvent;
  /** The other company. */
  otherCompany: string;
  message?: string;
}): OutgoingMail {
  return compose(p.recipient, (t, locale) => {
    const { title } = eventFacts(p.event, locale);
    const values = { event: title, company: p.otherCompany };
    const paragraphs = [t(`EventMail.meeting.${p.kind}.body`, values)];
    if (p.message) paragraphs.push(`${t("EventMail.meeting.theirMessage")}\n${p.message}`);
    return {
      subject: t(`EventMail.meeting.${p.kind}.subject`, values),
      paragraphs,
      action: { label: t("EventMail.openMeetings"), url: portalUrl(locale, `/events/${p.event.slug}/meetings`) },
    };
  });
}

export function scheduleReadyMail(p: { recipient: MailRecipient; event: MailEvent; meetings: number }): OutgoingMail {
  return compose(p.recipient, (t, locale) => {
    const { title } = eventFacts(p.event, locale);
    return {
      subject: t("EventMail.scheduleReady.subject", { event: title }),
      paragraphs: [t("EventMail.scheduleReady.body", { event: title, count: p.meetings })],
      action: { label: t("EventMail.openAgenda"), url: portalUrl(locale, `/events/${p.event.slug}/agenda`) },
    };
  });
}

/**
 * Sends after the transaction committed. A mail server hiccup must not undo a registration
 * that already happened, so failures are logged rather than thrown.
 */
export async function deliver(mails: readonly OutgoingMail[]): Promise<void> {
  const results = await Promise.allSettled(mails.map((m) => sendMail(m)));
  results.forEach((r, i) => {
    if (r.status === "rejected") console.error(`[mail] sending "${mails[i].subject}" failed: ${(r.reason as Error).message}`);
  });
}
