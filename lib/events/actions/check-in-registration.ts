// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { registrationAsOrganizer } from "../access";
import { checkInSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Marks a confirmed participant as arrived at the door, or undoes a mistaken check-in. */
export const checkInRegistrationAction = safeAction({
  schema: checkInSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ registrationId }) => registrationAsOrganizer(registrationId) },
  handler: async ({ registrationId, checkedIn }, ctx) => {
    await db.$transaction(async (tx) => {
      const updated = await tx.eventRegistration.updateMany({
        where: { id: registrationId, status: "CONFIRMED" },
        data: { checkedInAt: checkedIn ? new Date() : null },
      });
      if (!updated.count) throw new ActionError("conflict", { message: "Registration.errors.notConfirmed" });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: checkedIn ? "event.registration.checkIn" : "event.registration.undoCheckIn",
        entityType: "EventRegistration",
        entityId: registrationId,
      });
    });
    return { registrationId, checkedIn };
  },
});
