// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import { dateToLocalInput } from "./local-time";
import { registrationsOfEvent } from "./queries";
import { scheduleOfEvent } from "../matchmaking/queries";
import { toCsv } from "./csv";

const local = (d: Date | null | undefined) => (d ? dateToLocalInput(d).replace("T", " ") : "");

/** Every registration with what the organizer needs at the door and for the follow-up. */
export async function participantsCsv(eventId: string, locale: Locale): Promise<string> {
  const t = translatorFor(locale);
  const rows = await registrationsOfEvent(eventId);
  const header = ["company", "country", "city", "participant", "email", "languages", "status", "checkedIn", "offers", "lookingFor", "listed", "registeredAt"].map(
    (c) => t(`OrganizerDashboard.csv.participants.${c}` as "OrganizerDashboard.csv.participants.company"),
  );
  return toCsv(
    header,
    rows.map((r) => [
      r.organization.name,
      r.organization.country,
      r.organization.city,
      r.participantName,
      r.user?.email ?? "",
      r.languages.join(", "),
      t(`Registration.status.${r.status}`),
      local(r.checkedInAt),
      r.note,
      r.lookingFor,
      r.listed ? t("OrganizerDashboard.csv.yes") : t("OrganizerDashboard.csv.no"),
      local(r.createdAt),
    ]),
  );
}

/** The meeting plan, one line per accepted request; unplaced ones carry the reason. */
export async function meetingsCsv(eventId: string, locale: Locale): Promise<string> {
  const t = translatorFor(locale);
  const schedule = await scheduleOfEvent(eventId);
  const header = ["start", "end", "table", "requester", "requesterPerson", "recipient", "recipientPerson", "interpreter", "note"].map(
    (c) => t(`OrganizerDashboard.csv.meetings.${c}` as "OrganizerDashboard.csv.meetings.start"),
  );
  return toCsv(
    header,
    (schedule?.accepted ?? []).map((r) => [
      local(r.meeting?.startsAt),
      local(r.meeting?.endsAt),
      r.meeting?.tableNumber ?? "",
      r.requester.organization.name,
      r.requester.participantName,
      r.recipient.organization.name,
      r.recipient.participantName,
      r.interpreter ? t("OrganizerDashboard.csv.yes") : "",
      r.meeting ? "" : r.unscheduledReason ? t(`OrganizerDashboard.reasons.${r.unscheduledReason}` as "OrganizerDashboard.reasons.NO_SLOTS") : t("OrganizerDashboard.csv.notScheduled"),
    ]),
  );
}
