// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { deliver } from "../mails";
import { registrationAsOrganizer } from "../access";
import { lockEvent, mailAbout, REGISTRATION_TX } from "../registration";
import { registrationRefSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** The organizer accepts a pending registration; it already holds its place. */
export const approveRegistrationAction = safeAction({
  schema: registrationRefSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ registrationId }) => registrationAsOrganizer(registrationId) },
  handler: async ({ registrationId }, ctx) => {
    const found = ctx.resource;
    const mail = await db.$transaction(async (tx) => {
      await lockEvent(tx, found.eventId);
      const { status } = await tx.eventRegistration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } });
      if (status === "CONFIRMED") return null;
      if (status !== "PENDING") throw new ActionError("conflict", { message: "Registration.errors.notPending" });
      await tx.eventRegistration.update({ where: { id: registrationId }, data: { status: "CONFIRMED", statusChangedAt: new Date() } });
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.registration.approve", entityType: "EventRegistration", entityId: registrationId });
      return mailAbout(tx, registrationId, "approved");
    }, REGISTRATION_TX);
    await deliver(mail ? [mail] : []);
    return { registrationId };
  },
});
