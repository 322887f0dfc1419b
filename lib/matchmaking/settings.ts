// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import type { MeetingBookingMode, MeetingFormat, ParticipantType } from "../generated/prisma/enums";

/** An event's matchmaking settings; an event without a stored row uses these. */
export interface MatchmakingRules {
  bookingMode: MeetingBookingMode;
  format: MeetingFormat;
  meetingLinkPattern: string | null;
  maxMeetings: number | null;
  maxMeetingsBuyer: number | null;
  maxMeetingsSupplier: number | null;
  requestExpiryHours: number | null;
  pendingReminderHours: number | null;
}

export const DEFAULT_RULES: MatchmakingRules = {
  bookingMode: "SCHEDULER",
  format: "ON_SITE",
  meetingLinkPattern: null,
  maxMeetings: null,
  maxMeetingsBuyer: null,
  maxMeetingsSupplier: null,
  requestExpiryHours: null,
  pendingReminderHours: 24,
};

export async function rulesOf(db: Pick<DbTx, "matchmakingSettings">, eventId: string): Promise<MatchmakingRules> {
  const row = await db.matchmakingSettings.findUnique({ where: { eventId } });
  if (!row) return DEFAULT_RULES;
  const { bookingMode, format, meetingLinkPattern, maxMeetings, maxMeetingsBuyer, maxMeetingsSupplier, requestExpiryHours, pendingReminderHours } =
    row;
  return { bookingMode, format, meetingLinkPattern, maxMeetings, maxMeetingsBuyer, maxMeetingsSupplier, requestExpiryHours, pendingReminderHours };
}

/** The most meetings (accepted or still unanswered requests) one participant may hold; null: no cap. */
export function capFor(rules: MatchmakingRules, type: ParticipantType | null): number | null {
  const typeCap = type === "BUYER" ? rules.maxMeetingsBuyer : type === "SUPPLIER" ? rules.maxMeetingsSupplier : null;
  const caps = [rules.maxMeetings, typeCap].filter((c): c is number => c !== null);
  return caps.length ? Math.min(...caps) : null;
}

export const LINK_PLACEHOLDERS = ["{event}", "{meeting}", "{table}"] as const;

/**
 * The link of one meeting at an online or hybrid event: the one the organizer entered, else
 * the event's pattern filled in. Placeholders are URL-encoded, so a slug cannot break out of
 * the path. On-site events have no links.
 */
export function meetingLinkOf(
  rules: Pick<MatchmakingRules, "format" | "meetingLinkPattern">,
  event: { slug: string },
  meeting: { id: string; tableNumber: number; onlineUrl: string | null },
): string | null {
  if (rules.format === "ON_SITE") return null;
  if (meeting.onlineUrl) return meeting.onlineUrl;
  if (!rules.meetingLinkPattern) return null;
  return rules.meetingLinkPattern
    .replaceAll("{event}", encodeURIComponent(event.slug))
    .replaceAll("{meeting}", encodeURIComponent(meeting.id))
    .replaceAll("{table}", String(meeting.tableNumber));
}
