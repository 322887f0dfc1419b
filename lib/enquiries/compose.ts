// SPDX-License-Identifier: EUPL-1.2
import { ENQUIRY_LIMITS } from "./constants";

/**
 * Who writes to whom on the compose page, shared by the page, its form and the "Send enquiry"
 * button on company profiles, so the button never leads to a form without recipients. A user may
 * belong to several companies; only the company that sends is left out of the recipients.
 */

/** Whether one of the user's companies can write to this company: the button's condition. */
export function canEnquire(senderIds: readonly string[], recipientId: string): boolean {
  return senderIds.some((id) => id !== recipientId);
}

/** The sender the form starts with: the user's first company that is not a recipient, else the first. */
export function defaultSenderId(senderIds: readonly string[], recipientIds: readonly string[]): string | null {
  return senderIds.find((id) => !recipientIds.includes(id)) ?? senderIds[0] ?? null;
}

/** The recipients when `senderId` sends: without the sender itself, at most ENQUIRY_LIMITS.recipients. */
export function recipientsFor<T extends { id: string }>(
  candidates: readonly T[],
  senderId: string | null,
): { recipients: T[]; senderRemoved: boolean; truncated: boolean } {
  const others = candidates.filter((c) => c.id !== senderId);
  return {
    recipients: others.slice(0, ENQUIRY_LIMITS.recipients),
    senderRemoved: others.length < candidates.length,
    truncated: others.length > ENQUIRY_LIMITS.recipients,
  };
}
