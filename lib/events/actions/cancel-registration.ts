// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { registrationAsParticipant } from "../access";
import { deliver } from "../mails";
import { ACTIVE, lockEvent, mailAbout, promoteFromWaitlist, REGISTRATION_TX, releaseMeetingsOf } from "../registration";
import { registrationRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** A company withdraws; its place goes to the longest waiting company at once. */
export const cancelRegistrationAction = safeAction({
  schema: registrationRefSchema,
  authorize: { permission: "event.register", resource: ({ registrationId }) => registrationAsParticipant(registrationId) },
  handler: async ({ registrationId }, ctx) => {
    const found = ctx.resource;
    const mails = await db.$transaction(async (tx) => {
      await lockEvent(tx, found.eventId);
      const registration = await tx.eventRegistration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } });
      if (!ACTIVE.includes(registration.status)) throw new ActionError("conflict", { message: "Registration.errors.notActive" });
      await tx.eventRegistration.update({ where: { id: registrationId }, data: { status: "CANCELLED", statusChangedAt: new Date() } });
      await releaseMeetingsOf(tx, registrationId);
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.registration.cancel", entityType: "EventRegistration", entityId: registrationId });
      const own = await mailAbout(tx, registrationId, "cancelled");
      return [...(own ? [own] : []), ...(await promoteFromWaitlist(tx, found.eventId))];
    }, REGISTRATION_TX);
    await deliver(mails);
    return { registrationId };
  },
});
