// SPDX-License-Identifier: EUPL-1.2
import { ActionError } from "../actions/safe-action";
import type { Db, DbTx } from "../db/prisma";

/**
 * Where moderation steps bite outside the moderation pages: the enquiry send path and the
 * company's own "publish" buttons. A step is in force until a moderator undoes it.
 */

/** The company's enquiry suspension in force, or null. */
export async function enquirySuspension(db: Db | DbTx, organizationId: string) {
  return db.moderationAction.findFirst({
    where: { organizationId, kind: "SUSPEND_ENQUIRIES", undoneAt: null },
    orderBy: { createdAt: "desc" },
    select: { reason: true, createdAt: true },
  });
}

/** Refuses a send from a suspended company, with the moderator's reason, in the sender's language. */
export async function assertMaySendEnquiries(tx: DbTx, organizationId: string): Promise<void> {
  const suspension = await enquirySuspension(tx, organizationId);
  if (suspension) {
    throw new ActionError("forbidden", {
      message: "Moderation.errors.suspended",
      values: { reason: suspension.reason },
    });
  }
}

/**
 * Refuses to publish what a moderator took down: the profile itself, or (with listingId) that
 * listing. Call under the organization's lock or the listing's, which the takedown also takes.
 */
export async function assertNotTakenDown(
  tx: DbTx,
  target: { organizationId: string; listingId?: string },
): Promise<void> {
  const step = await tx.moderationAction.findFirst({
    where: target.listingId
      ? { kind: "UNPUBLISH_LISTING", listingId: target.listingId, undoneAt: null }
      : { kind: "UNPUBLISH_PROFILE", organizationId: target.organizationId, undoneAt: null },
    select: { reason: true },
  });
  if (step)
    throw new ActionError("conflict", { message: "Moderation.errors.takenDown", values: { reason: step.reason } });
}
