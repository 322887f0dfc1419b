// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import type { Locale } from "../i18n/routing";
import type { BadgeData } from "./badges";
import { eventFacts } from "./mails";

/** The people of one registration, in the order they were named. */
export async function attendeesOfRegistration(registrationId: string) {
  return db.eventAttendee.findMany({
    where: { registrationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, checkInCode: true, checkedInAt: true },
  });
}

/** Everyone expected at the door: the people of confirmed registrations, arrived ones last checked in first. */
export async function checkInBoard(eventId: string) {
  const attendees = await db.eventAttendee.findMany({
    where: { eventId, registration: { status: "CONFIRMED" } },
    orderBy: [{ registration: { organization: { name: "asc" } } }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, checkedInAt: true, registration: { select: { organization: { select: { name: true } } } } },
  });
  const rows = attendees.map((a) => ({ id: a.id, name: a.name, company: a.registration.organization.name, checkedInAt: a.checkedInAt }));
  const arrived = rows.filter((r) => r.checkedInAt).sort((a, b) => b.checkedInAt!.getTime() - a.checkedInAt!.getTime());
  return { arrived, missing: rows.filter((r) => !r.checkedInAt), total: rows.length };
}

const badgeEventSelect = { slug: true, startsAt: true, titleDe: true, titleCs: true, titleEn: true } as const;

/** Badges for the confirmed people of an event, or of one registration. */
export async function badgesOf(where: { eventId: string; registrationId?: string }, locale: Locale): Promise<BadgeData[]> {
  const attendees = await db.eventAttendee.findMany({
    where: { ...where, registration: { status: "CONFIRMED" } },
    orderBy: [{ registration: { organization: { name: "asc" } } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      name: true,
      checkInCode: true,
      registration: { select: { organization: { select: { name: true } }, event: { select: badgeEventSelect } } },
    },
  });
  return attendees.map((a) => {
    const { title, date } = eventFacts(a.registration.event, locale);
    return { name: a.name, company: a.registration.organization.name, code: a.checkInCode, eventTitle: title, date };
  });
}
