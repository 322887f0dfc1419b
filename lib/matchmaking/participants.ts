// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { ActionError } from "../actions/safe-action";
import type { DbTx } from "../db/prisma";

/**
 * A registration acting in the meeting area: confirmed, at a published event that offers
 * meetings and has not ended. Anything else is refused with one clear message.
 */
export async function activeParticipant(tx: DbTx, registrationId: string) {
  const r = await tx.eventRegistration.findUnique({
    where: { id: registrationId },
    select: {
      id: true,
      eventId: true,
      organizationId: true,
      status: true,
      organization: { select: { name: true } },
      event: {
        select: {
          id: true,
          slug: true,
          status: true,
          meetingsEnabled: true,
          startsAt: true,
          endsAt: true,
          titleDe: true,
          titleCs: true,
          titleEn: true,
          organizerId: true,
        },
      },
    },
  });
  if (!r) throw new ActionError("not_found");
  return r;
}

export type ActiveParticipant = Awaited<ReturnType<typeof activeParticipant>>;

export function assertCanMeet(p: ActiveParticipant): void {
  if (!p.event.meetingsEnabled || p.event.status !== "PUBLISHED" || p.event.endsAt.getTime() <= Date.now()) {
    throw new ActionError("conflict", { message: "Meetings.errors.meetingsClosed" });
  }
  if (p.status !== "CONFIRMED") throw new ActionError("conflict", { message: "Meetings.errors.notConfirmed" });
}

/** Recipient data for a mail about a meeting request; null when nobody can receive it. */
export async function contactOf(tx: DbTx, registrationId: string) {
  const r = await tx.eventRegistration.findUnique({
    where: { id: registrationId },
    select: { locale: true, participantName: true, user: { select: { email: true, name: true } } },
  });
  return r?.user ? { email: r.user.email, name: r.user.name ?? r.participantName, locale: r.locale } : null;
}

/** Postgres refused a meeting that overlaps another one of the same table or participant. */
export function isDoubleBooking(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (!e || typeof e !== "object" || seen.has(e)) return false;
    seen.add(e);
    const o = e as Record<string, unknown>;
    if (o.code === "23P01" || o.originalCode === "23P01") return true;
    if (typeof o.message === "string" && o.message.includes("meeting_claims_no_overlap")) return true;
    return visit(o.cause) || visit(o.meta);
  };
  return visit(error);
}
