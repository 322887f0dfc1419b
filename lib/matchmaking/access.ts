// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";

/**
 * Whom meeting things belong to, for the `authorize.resource` of actions that name them by id.
 * Each returns null for an unknown id, which the action wrapper answers like a refusal.
 */

/** A request as its event's organizer handles it (placing the meeting by hand). */
export async function requestAsOrganizer(requestId: string) {
  const request = await db.meetingRequest.findUnique({
    where: { id: requestId },
    select: { eventId: true, status: true, requesterId: true, recipientId: true, event: { select: { organizerId: true } } },
  });
  if (!request) return null;
  const { event, ...rest } = request;
  return { organizationId: event.organizerId, ...rest };
}

/** A request as the asked company answers it. */
export async function requestAsRecipient(requestId: string) {
  const request = await db.meetingRequest.findUnique({
    where: { id: requestId },
    select: { recipient: { select: { organizationId: true } } },
  });
  return request && { organizationId: request.recipient.organizationId };
}

/** A request as either company acts on it; `requesterOrganizationId` tells the sides apart. */
export async function requestParties(requestId: string) {
  const request = await db.meetingRequest.findUnique({
    where: { id: requestId },
    select: { requester: { select: { organizationId: true } }, recipient: { select: { organizationId: true } } },
  });
  if (!request) return null;
  const requesterOrganizationId = request.requester.organizationId;
  return { organizationIds: [requesterOrganizationId, request.recipient.organizationId], requesterOrganizationId };
}

/** A meeting as its event's organizer handles it. */
export async function meetingAsOrganizer(meetingId: string) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { event: { select: { organizerId: true } } } });
  return meeting && { organizationId: meeting.event.organizerId };
}
