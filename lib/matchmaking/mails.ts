// SPDX-License-Identifier: EUPL-1.2
import { compose, eventFacts, type MailEvent, type MailRecipient } from "../events/mails";
import { EVENT_TIME_ZONE } from "../events/local-time";
import type { Locale } from "../i18n/routing";
import type { translatorFor } from "../i18n/translator";
import { portalUrl } from "../mail/templates";
import type { OutgoingMail } from "../mail/transport";

/**
 * Mails of the matchmaking day beyond requests and answers: a booked slot, expired requests
 * and the reminders. Each in the recipient's own language.
 */
export interface MailMeeting {
  startsAt: Date;
  endsAt: Date;
  tableNumber: number;
  otherCompany: string;
  link: string | null;
}

function timeOf(m: { startsAt: Date; endsAt: Date }, locale: Locale): string {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: EVENT_TIME_ZONE }).format(m.startsAt);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: EVENT_TIME_ZONE });
  return `${day}, ${time.format(m.startsAt)}–${time.format(m.endsAt)}`;
}

type Translate = ReturnType<typeof translatorFor>;

function meetingLines(meetings: readonly MailMeeting[], locale: Locale, t: Translate) {
  return meetings
    .map((m) =>
      [
        `${timeOf(m, locale)} · ${t("MatchmakingMail.table", { table: m.tableNumber })} · ${m.otherCompany}`,
        m.link ? `${t("MatchmakingMail.link")} ${m.link}` : null,
      ]
        .filter(Boolean)
        .join("\n"),
    )
    .join("\n\n");
}

export function meetingBookedMail(p: { recipient: MailRecipient; event: MailEvent; meeting: MailMeeting }): OutgoingMail {
  return compose(p.recipient, (t, locale) => {
    const { title } = eventFacts(p.event, locale);
    const values = { event: title, company: p.meeting.otherCompany };
    return {
      subject: t("MatchmakingMail.booked.subject", values),
      paragraphs: [t("MatchmakingMail.booked.body", values), meetingLines([p.meeting], locale, t)],
      action: { label: t("EventMail.openAgenda"), url: portalUrl(locale, `/events/${p.event.slug}/agenda`) },
    };
  });
}

export function requestExpiredMail(p: {
  recipient: MailRecipient;
  event: MailEvent;
  otherCompany: string;
  side: "requester" | "recipient";
}): OutgoingMail {
  return compose(p.recipient, (t, locale) => {
    const { title } = eventFacts(p.event, locale);
    const values = { event: title, company: p.otherCompany };
    return {
      subject: t(`MatchmakingMail.expired.${p.side}.subject`, values),
      paragraphs: [t(`MatchmakingMail.expired.${p.side}.body`, values)],
      action: { label: t("EventMail.openMeetings"), url: portalUrl(locale, `/events/${p.event.slug}/meetings`) },
    };
  });
}

export function agendaReminderMail(p: { recipient: MailRecipient; event: MailEvent; meetings: readonly MailMeeting[] }): OutgoingMail {
  return compose(p.recipient, (t, locale) => {
    const { title, date } = eventFacts(p.event, locale);
    const values = { event: title, date, count: p.meetings.length };
    return {
      subject: t("MatchmakingMail.agenda.subject", values),
      paragraphs: [t("MatchmakingMail.agenda.body", values), ...(p.meetings.length ? [meetingLines(p.meetings, locale, t)] : [])],
      action: { label: t("EventMail.openAgenda"), url: portalUrl(locale, `/events/${p.event.slug}/agenda`) },
    };
  });
}

export function pendingRequestReminderMail(p: { recipient: MailRecipient; event: MailEvent; otherCompany: string }): OutgoingMail {
  return compose(p.recipient, (t, locale) => {
    const { title } = eventFacts(p.event, locale);
    const values = { event: title, company: p.otherCompany };
    return {
      subject: t("MatchmakingMail.pending.subject", values),
      paragraphs: [t("MatchmakingMail.pending.body", values)],
      action: { label: t("EventMail.openMeetings"), url: portalUrl(locale, `/events/${p.event.slug}/meetings`) },
    };
  });
}

export function feedbackReminderMail(p: { recipient: MailRecipient; event: MailEvent; meetings: number }): OutgoingMail {
  return compose(p.recipient, (t, locale) => {
    const { title } = eventFacts(p.event, locale);
    const values = { event: title, count: p.meetings };
    return {
      subject: t("MatchmakingMail.feedback.subject", values),
      paragraphs: [t("MatchmakingMail.feedback.body", values)],
      action: { label: t("MatchmakingMail.feedback.action"), url: portalUrl(locale, `/events/${p.event.slug}/agenda`) },
    };
  });
}
