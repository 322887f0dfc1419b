// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import type { MeetingReminderKind } from "../generated/prisma/enums";
import type { MailRecipient } from "../events/mails";
import { sendMail, type OutgoingMail } from "../mail/transport";
import {
  agendaReminderMail,
  feedbackReminderMail,
  pendingRequestReminderMail,
  requestExpiredMail,
  type MailMeeting,
} from "./mails";
import { meetingLinkOf, rulesOf } from "./settings";

/**
 * The matchmaking day's timed mails, run by the same scheduler that sends search alerts:
 * unanswered requests expire (mail to both sides) and are reminded of, participants get their
 * agenda a day before and a feedback reminder after the event. Any number of runs may
 * overlap: an expiry is claimed by the status change that only one run can make, a reminder
 * by inserting its row, which the unique key (registration, kind, ref) lets only one run do.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Feedback reminders go out only this long after the end, so an old event is not mailed after an outage. */
const FEEDBACK_WINDOW = 7 * DAY;

export interface ReminderRunSummary {
  expired: number;
  sent: Record<MeetingReminderKind, number>;
  failed: number;
}

const eventSelect = {
  id: true,
  slug: true,
  startsAt: true,
  endsAt: true,
  titleDe: true,
  titleCs: true,
  titleEn: true,
} as const;

async function contactOf(db: Db, registrationId: string): Promise<MailRecipient | null> {
  const r = await db.eventRegistration.findUnique({
    where: { id: registrationId },
    select: { locale: true, participantName: true, user: { select: { email: true, name: true } } },
  });
  return r?.user ? { email: r.user.email, name: r.user.name ?? r.participantName, locale: r.locale } : null;
}

export async function sendMatchmakingReminders({
  db,
  now = new Date(),
  log = () => {},
}: {
  db: Db;
  now?: Date;
  log?: (m: string) => void;
}): Promise<ReminderRunSummary> {
  const summary: ReminderRunSummary = { expired: 0, sent: { AGENDA: 0, PENDING_REQUEST: 0, FEEDBACK: 0 }, failed: 0 };
  const events = await db.event.findMany({
    where: { status: "PUBLISHED", meetingsEnabled: true, endsAt: { gt: new Date(now.getTime() - FEEDBACK_WINDOW) } },
    select: eventSelect,
    orderBy: { startsAt: "asc" },
  });

  const send = async (mail: OutgoingMail): Promise<boolean> => {
    try {
      await sendMail(mail);
      return true;
    } catch (e) {
      summary.failed++;
      log(`sending "${mail.subject}" failed: ${(e as Error).message}`);
      return false;
    }
  };

  /** Claims one reminder; sends it only when this run made the claim; gives the claim back if sending failed. */
  const remind = async (
    event: { id: string },
    registrationId: string,
    kind: MeetingReminderKind,
    ref: string,
    build: (recipient: MailRecipient) => OutgoingMail,
  ) => {
    const recipient = await contactOf(db, registrationId);
    if (!recipient) return;
    const claim = await db.meetingReminder.createMany({
      data: [{ eventId: event.id, registrationId, kind, ref, email: recipient.email, sentAt: now }],
      skipDuplicates: true,
    });
    if (!claim.count) return;
    if (await send(build(recipient))) summary.sent[kind]++;
    else await db.meetingReminder.deleteMany({ where: { registrationId, kind, ref } });
  };

  for (const event of events) {
    const rules = await rulesOf(db, event.id);
    const running = event.endsAt.getTime() > now.getTime();

    if (running && rules.requestExpiryHours !== null) {
      const due = await db.meetingRequest.findMany({
        where: { eventId: event.id, status: "PENDING", requestedAt: { lte: new Date(now.getTime() - rules.requestExpiryHours * HOUR) } },
        select: {
          id: true,
          requesterId: true,
          recipientId: true,
          requester: { select: { organization: { select: { name: true } } } },
          recipient: { select: { organization: { select: { name: true } } } },
        },
      });
      for (const r of due) {
        // The status change is the claim: only one run turns a pending request into an expired one.
        const claimed = await db.meetingRequest.updateMany({ where: { id: r.id, status: "PENDING" }, data: { status: "EXPIRED" } });
        if (!claimed.count) continue;
        summary.expired++;
        const [requester, recipient] = await Promise.all([contactOf(db, r.requesterId), contactOf(db, r.recipientId)]);
        if (requester) await send(requestExpiredMail({ recipient: requester, event, otherCompany: r.recipient.organization.name, side: "requester" }));
        if (recipient) await send(requestExpiredMail({ recipient, event, otherCompany: r.requester.organization.name, side: "recipient" }));
      }
    }

    if (running && rules.pendingReminderHours !== null) {
      const waiting = await db.meetingRequest.findMany({
        where: {
          eventId: event.id,
          status: "PENDING",
          requestedAt: { lte: new Date(now.getTime() - rules.pendingReminderHours * HOUR) },
          recipient: { status: "CONFIRMED" },
        },
        select: { id: true, recipientId: true, requestedAt: true, requester: { select: { organization: { select: { name: true } } } } },
      });
      for (const r of waiting) {
        // A renewed request is a new question and may be reminded of again.
        await remind(event, r.recipientId, "PENDING_REQUEST", `${r.id}:${r.requestedAt.getTime()}`, (recipient) =>
          pendingRequestReminderMail({ recipient, event, otherCompany: r.requester.organization.name }),
        );
      }
    }

    const startsIn = event.startsAt.getTime() - now.getTime();
    const agendaDue = startsIn > 0 && startsIn <= DAY;
    const feedbackDue = !running;
    if (!agendaDue && !feedbackDue) continue;

    const participants = await db.eventRegistration.findMany({
      where: { eventId: event.id, status: "CONFIRMED" },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    for (const p of participants) {
      const meetings = await db.meeting.findMany({
        where: { request: { OR: [{ requesterId: p.id }, { recipientId: p.id }] } },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          tableNumber: true,
          onlineUrl: true,
          request: {
            select: {
              requesterId: true,
              requester: { select: { organization: { select: { name: true } } } },
              recipient: { select: { organization: { select: { name: true } } } },
            },
          },
        },
        orderBy: [{ startsAt: "asc" }, { tableNumber: "asc" }],
      });
      if (agendaDue) {
        const list: MailMeeting[] = meetings.map((m) => ({
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          tableNumber: m.tableNumber,
          otherCompany: (m.request.requesterId === p.id ? m.request.recipient : m.request.requester).organization.name,
          link: meetingLinkOf(rules, event, m),
        }));
        await remind(event, p.id, "AGENDA", "", (recipient) => agendaReminderMail({ recipient, event, meetings: list }));
      }
      if (feedbackDue && meetings.length) {
        await remind(event, p.id, "FEEDBACK", "", (recipient) => feedbackReminderMail({ recipient, event, meetings: meetings.length }));
      }
    }
  }
  return summary;
}

export function describeReminderRun(s: ReminderRunSummary): string {
  return `matchmaking: ${s.expired} requests expired, reminders sent: ${s.sent.AGENDA} agenda, ${s.sent.PENDING_REQUEST} unanswered, ${s.sent.FEEDBACK} feedback, ${s.failed} failed`;
}
