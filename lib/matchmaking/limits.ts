// SPDX-License-Identifier: EUPL-1.2
import { ActionError } from "../actions/safe-action";
import type { DbTx } from "../db/prisma";
import { capFor, type MatchmakingRules } from "./settings";

/** Requests that hold one of a participant's meeting places. */
export const HOLDS_PLACE = ["PENDING", "ACCEPTED"] as const;

/**
 * Refuses a new request when either side already holds as many meetings (accepted or
 * unanswered requests) as the organizer allows. Both registrations are locked first, in id
 * order so two requests between the same pair cannot deadlock; concurrent requests to one
 * popular participant therefore queue here and the cap holds exactly.
 */
export async function assertWithinCaps(
  tx: DbTx,
  rules: MatchmakingRules,
  requester: { id: string },
  recipient: { id: string },
): Promise<void> {
  if (rules.maxMeetings === null && rules.maxMeetingsBuyer === null && rules.maxMeetingsSupplier === null) return;
  const ids = [requester.id, recipient.id].sort();
  const rows = await tx.$queryRaw<{ id: string; participantType: "BUYER" | "SUPPLIER" | null }[]>`
    SELECT id, "participantType" FROM "EventRegistration" WHERE id IN (${ids[0]}, ${ids[1]}) ORDER BY id FOR UPDATE`;
  for (const row of rows) {
    const cap = capFor(rules, row.participantType);
    if (cap === null) continue;
    const held = await tx.meetingRequest.count({
      where: { status: { in: [...HOLDS_PLACE] }, OR: [{ requesterId: row.id }, { recipientId: row.id }] },
    });
    if (held >= cap) {
      throw new ActionError("conflict", {
        message: row.id === requester.id ? "Meetings.errors.ownCapReached" : "Meetings.errors.theirCapReached",
        values: { count: cap },
      });
    }
  }
}
