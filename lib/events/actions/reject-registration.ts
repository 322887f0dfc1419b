// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { deliver } from "../mails";
import { registrationAsOrganizer } from "../access";
import { ACTIVE, lockEvent, mailAbout, promoteFromWaitlist, REGISTRATION_TX, releaseMeetingsOf } from "../registration";
import { registrationRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** The organizer turns a registration down; a freed place moves the waiting list up. */
export const rejectRegistrationAction = safeAction({
  schema: registrationRefSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ registrationId }) => registrationAsOrganizer(registrationId) },
  handler: async ({ registrationId }, ctx) => {
    const found = ctx.resource;
    const mails = await db.$transaction(async (tx) => {
      await lockEvent(tx, found.eventId);
      const { status } = await tx.eventRegistration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } });
      if (status === "REJECTED") return [];
      if (!ACTIVE.includes(status)) throw new ActionError("conflict", { message: "Registration.errors.notActive" });
      await tx.eventRegistration.update({ where: { id: registrationId }, data: { status: "REJECTED", statusChangedAt: new Date() } });
      await releaseMeetingsOf(tx, registrationId);
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.registration.reject", entityType: "EventRegistration", entityId: registrationId });
      const own = await mailAbout(tx, registrationId, "rejected");
      return [...(own ? [own] : []), ...(await promoteFromWaitlist(tx, found.eventId))];
    }, REGISTRATION_TX);
    await deliver(mails);
    return { registrationId };
  },
});
