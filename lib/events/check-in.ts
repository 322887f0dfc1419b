// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { DbTx } from "../db/prisma";

export type CheckInOutcome =
  | { result: "checkedIn"; attendeeId: string; name: string; company: string }
  | { result: "alreadyCheckedIn"; name: string; company: string; at: Date }
  | { result: "otherEvent" }
  | { result: "notConfirmed"; name: string; company: string }
  | { result: "unknown" };

/**
 * Checks a person in by the code on their badge. The update only matches a code of this event
 * that has not been used, so two phones scanning the same badge at once cannot both succeed:
 * the second update waits for the first row lock and then no longer matches. Whatever did not
 * match is then explained (used, other event, not confirmed, unknown).
 */
export async function checkInByCode(tx: DbTx, eventId: string, code: string, now: Date): Promise<CheckInOutcome> {
  const claimed = await tx.eventAttendee.updateMany({
    where: { checkInCode: code, eventId, checkedInAt: null, registration: { status: "CONFIRMED" } },
    data: { checkedInAt: now },
  });
  const attendee = await tx.eventAttendee.findUnique({
    where: { checkInCode: code },
    select: {
      id: true,
      eventId: true,
      name: true,
      checkedInAt: true,
      registrationId: true,
      registration: { select: { status: true, organization: { select: { name: true } } } },
    },
  });
  if (!attendee) return { result: "unknown" };
  if (attendee.eventId !== eventId) return { result: "otherEvent" };
  const company = attendee.registration.organization.name;
  if (claimed.count === 1) {
    // The company counts as arrived with its first person.
    await tx.eventRegistration.updateMany({
      where: { id: attendee.registrationId, checkedInAt: null },
      data: { checkedInAt: now },
    });
    return { result: "checkedIn", attendeeId: attendee.id, name: attendee.name, company };
  }
  if (attendee.registration.status !== "CONFIRMED") return { result: "notConfirmed", name: attendee.name, company };
  return { result: "alreadyCheckedIn", name: attendee.name, company, at: attendee.checkedInAt ?? now };
}

/** Takes a mistaken check-in back; the company stays arrived while anyone else of it is. */
export async function undoCheckIn(tx: DbTx, attendeeId: string): Promise<boolean> {
  const undone = await tx.eventAttendee.updateMany({
    where: { id: attendeeId, checkedInAt: { not: null } },
    data: { checkedInAt: null },
  });
  if (!undone.count) return false;
  const { registrationId } = await tx.eventAttendee.findUniqueOrThrow({ where: { id: attendeeId }, select: { registrationId: true } });
  const stillHere = await tx.eventAttendee.count({ where: { registrationId, checkedInAt: { not: null } } });
  if (!stillHere) await tx.eventRegistration.update({ where: { id: registrationId }, data: { checkedInAt: null } });
  return true;
}
