// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { DbTx } from "../db/prisma";
import type { RegistrationStatus } from "../generated/prisma/enums";
import QRCode from "qrcode";
import type { OutgoingMail } from "../mail/transport";
import { registrationMail, type RegistrationMailKind } from "./mails";

/**
 * The rules every registration change shares. Callers run them inside one transaction that
 * first locks the event row (`lockEvent`), so capacity decisions never race: fifty companies
 * asking for the last ten places queue on that lock and exactly ten get one. A database trigger
 * (migration events_matchmaking_guards) refuses to go beyond capacity should this ever be missed.
 */

/** Statuses that occupy one of the event's places. */
export const HOLDS_SEAT: readonly RegistrationStatus[] = ["PENDING", "CONFIRMED"];
/** Statuses of a registration that is still in the game. */
export const ACTIVE: readonly RegistrationStatus[] = ["PENDING", "CONFIRMED", "WAITLISTED"];

/** Long enough for a burst of registrations queueing on one event's lock. */
export const REGISTRATION_TX = { maxWait: 20_000, timeout: 30_000 } as const;

/** Mails that tell a company its place is confirmed carry everyone's check-in code. */
const CONFIRMS_PLACE = new Set<RegistrationMailKind>(["confirmed", "promotedConfirmed", "approved"]);

async function badgeCodesOf(tx: DbTx, registrationId: string) {
  const attendees = await tx.eventAttendee.findMany({
    where: { registrationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { name: true, checkInCode: true },
  });
  return Promise.all(
    attendees.map(async (a) => ({ name: a.name, code: a.checkInCode, png: await QRCode.toBuffer(a.checkInCode, { margin: 2, scale: 8 }) })),
  );
}

const eventForMail = { slug: true, startsAt: true, titleDe: true, titleCs: true, titleEn: true } as const;

export async function lockEvent(tx: DbTx, eventId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  if (!rows.length) return null;
  // Read after the lock: READ COMMITTED gives this statement everything committed before it.
  return tx.event.findUnique({ where: { id: eventId } });
}

export type LockedEvent = NonNullable<Awaited<ReturnType<typeof lockEvent>>>;

/** Status of a new (or renewed) registration: a place if one is free, else the waiting list. */
export function statusForNewcomer(event: Pick<LockedEvent, "capacity" | "seatsTaken" | "approvalRequired">): RegistrationStatus {
  if (event.seatsTaken >= event.capacity) return "WAITLISTED";
  return event.approvalRequired ? "PENDING" : "CONFIRMED";
}

export function mailKindFor(status: RegistrationStatus): RegistrationMailKind {
  return status === "WAITLISTED" ? "waitlisted" : status === "PENDING" ? "pending" : "confirmed";
}

/** The mail about one registration, addressed to whoever registered the company. */
export async function mailAbout(tx: DbTx, registrationId: string, kind: RegistrationMailKind): Promise<OutgoingMail | null> {
  const r = await tx.eventRegistration.findUnique({
    where: { id: registrationId },
    select: {
      locale: true,
      participantName: true,
      user: { select: { email: true, name: true } },
      organization: { select: { name: true } },
      event: { select: eventForMail },
    },
  });
  if (!r?.user) return null;
  return registrationMail({
    kind,
    recipient: { email: r.user.email, name: r.user.name ?? r.participantName, locale: r.locale },
    event: r.event,
    companyName: r.organization.name,
    badges: CONFIRMS_PLACE.has(kind) ? await badgeCodesOf(tx, registrationId) : [],
  });
}

/**
 * Fills free places from the waiting list, longest waiting first. Returns the mails to send
 * once the transaction has committed.
 */
export async function promoteFromWaitlist(tx: DbTx, eventId: string): Promise<OutgoingMail[]> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { capacity: true, seatsTaken: true, approvalRequired: true, status: true },
  });
  const free = event.capacity - event.seatsTaken;
  if (free <= 0 || event.status !== "PUBLISHED") return [];
  const next = await tx.eventRegistration.findMany({
    where: { eventId, status: "WAITLISTED" },
    orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true },
  });
  const status: RegistrationStatus = event.approvalRequired ? "PENDING" : "CONFIRMED";
  const mails: OutgoingMail[] = [];
  for (const r of next) {
    await tx.eventRegistration.update({ where: { id: r.id }, data: { status, statusChangedAt: new Date() } });
    const mail = await mailAbout(tx, r.id, status === "PENDING" ? "promotedPending" : "promotedConfirmed");
    if (mail) mails.push(mail);
  }
  return mails;
}

/**
 * A participant who leaves takes their meetings along: open requests are withdrawn, accepted
 * ones cancelled and their time slots freed for others.
 */
export async function releaseMeetingsOf(tx: DbTx, registrationId: string): Promise<void> {
  const involved = { OR: [{ requesterId: registrationId }, { recipientId: registrationId }] };
  await tx.meeting.deleteMany({ where: { request: involved } });
  await tx.meetingRequest.updateMany({ where: { ...involved, status: "PENDING" }, data: { status: "WITHDRAWN" } });
  await tx.meetingRequest.updateMany({
    where: { ...involved, status: "ACCEPTED" },
    data: { status: "CANCELLED", unscheduledReason: null },
  });
}

