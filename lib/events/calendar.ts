// SPDX-License-Identifier: EUPL-1.2
import { buildCalendar, type CalendarEntry } from "../calendar/ics";
import { publicBaseUrl } from "../env";
import type { Locale } from "../i18n/routing";
import { pickLocalized, trilingual } from "../i18n/localized";
import { translatorFor } from "../i18n/translator";
import { portalUrl } from "../mail/templates";

type CalendarEvent = {
  id: string;
  slug: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  venueName: string | null;
  address: string | null;
  city: string | null;
  onlineUrl: string | null;
  titleDe: string | null;
  titleCs: string | null;
  titleEn: string | null;
  descriptionDe: string | null;
  descriptionCs: string | null;
  descriptionEn: string | null;
  organizer: { name: string };
};

interface AgendaMeeting {
  id: string;
  startsAt: Date;
  endsAt: Date;
  tableNumber: number;
  interpreter: boolean;
  /** Video link of an online or hybrid meeting. */
  link?: string | null;
  other: { participantName: string; languages: string[]; organization: { name: string } };
}

// Calendars keep entries apart by UID; the host part makes ours unique across the world.
const uidHost = () => new URL(publicBaseUrl()).hostname;

const place = (e: CalendarEvent) => [e.venueName, e.address, e.city].filter(Boolean).join(", ") || e.onlineUrl || undefined;

export function eventCalendar(event: CalendarEvent, locale: Locale): string {
  const title = pickLocalized(trilingual(event, "title"), locale)?.text ?? event.slug;
  const description = pickLocalized(trilingual(event, "description"), locale)?.text;
  const url = portalUrl(locale, `/events/${event.slug}`);
  return buildCalendar({
    name: title,
    language: locale,
    entries: [
      {
        uid: `event-${event.id}@${uidHost()}`,
        start: event.startsAt,
        end: event.endsAt,
        stamp: event.updatedAt,
        summary: title,
        description: [description, `${event.organizer.name}`, url].filter(Boolean).join("\n\n"),
        location: place(event),
        url,
        cancelled: event.status === "CANCELLED",
      },
    ],
  });
}

/** One participant's meetings, with table and contact person, in their language. */
export function agendaCalendar(event: CalendarEvent, meetings: readonly AgendaMeeting[], locale: Locale): string {
  const t = translatorFor(locale);
  const title = pickLocalized(trilingual(event, "title"), locale)?.text ?? event.slug;
  const url = portalUrl(locale, `/events/${event.slug}/agenda`);
  const entries: CalendarEntry[] = meetings.map((m) => ({
    uid: `meeting-${m.id}@${uidHost()}`,
    start: m.startsAt,
    end: m.endsAt,
    stamp: event.updatedAt,
    summary: t("Agenda.ics.summary", { company: m.other.organization.name }),
    description: [
      t("Agenda.ics.description", { event: title, table: m.tableNumber, person: m.other.participantName }),
      m.interpreter ? t("Agenda.interpreterNeeded") : null,
      m.link ? `${t("MatchmakingMail.link")} ${m.link}` : null,
      url,
    ]
      .filter(Boolean)
      .join("\n\n"),
    location: [place(event), t("Agenda.ics.table", { table: m.tableNumber }), m.link].filter(Boolean).join(" – "),
    // The meeting's own link where it has one: a calendar's join button opens the call.
    url: m.link ?? url,
    cancelled: event.status === "CANCELLED",
  }));
  return buildCalendar({ name: t("Agenda.ics.calendarName", { event: title }), language: locale, entries });
}
