// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";

/**
 * Whom event things belong to, for the `authorize.resource` of actions that name them by id.
 * Each returns null for an unknown id, which the action wrapper answers like a refusal.
 */

/** An event belongs to its organizer. */
export async function eventOwner(eventId: string) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { organizerId: true } });
  return event && { organizationId: event.organizerId };
}

/** A registration as its event's organizer decides about it. */
export async function registrationAsOrganizer(registrationId: string) {
  const found = await db.eventRegistration.findUnique({
    where: { id: registrationId },
    select: { eventId: true, event: { select: { organizerId: true } } },
  });
  return found && { organizationId: found.event.organizerId, eventId: found.eventId };
}

/** A registration as the registered company acts on it. */
export async function registrationAsParticipant(registrationId: string) {
  const found = await db.eventRegistration.findUnique({
    where: { id: registrationId },
    select: { eventId: true, organizationId: true },
  });
  return found && { organizationId: found.organizationId, eventId: found.eventId };
}

/** A person a company registered, as the event's organizer checks them in. */
export async function attendeeAsOrganizer(attendeeId: string) {
  const found = await db.eventAttendee.findUnique({
    where: { id: attendeeId },
    select: { eventId: true, registration: { select: { event: { select: { organizerId: true } } } } },
  });
  return found && { organizationId: found.registration.event.organizerId, eventId: found.eventId };
}
