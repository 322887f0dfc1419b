// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { deliver } from "../mails";
import { lockEvent, mailAbout, mailKindFor, REGISTRATION_TX, statusForNewcomer } from "../registration";
import { registrationIsOpen } from "../registration-window";
import { registerForEventSchema } from "../schema";
import { recordAudit } from "../../audit/log";
import { replaceAttendees } from "../attendees";

/**
 * Registers a company for an event from its stored profile plus what the form adds for this
 * event. Gets a place (confirmed, or pending where the organizer approves), or a spot on the
 * waiting list when the event is full.
 */
export const registerForEventAction = safeAction({
  schema: registerForEventSchema,
  authorize: { permission: "event.register", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    const company = await db.organization.findUnique({ where: { id: input.organizationId }, select: { kind: true } });
    if (company?.kind !== "COMPANY") throw new ActionError("forbidden");

    const details = {
      participantName: input.participantName,
      languages: [...new Set(input.languages)],
      note: input.note || null,
      lookingFor: input.lookingFor || null,
      listed: input.listed,
      userId: ctx.user.id,
      locale: ctx.locale,
    };
    const { registration, mail } = await db.$transaction(async (tx) => {
      const event = await lockEvent(tx, input.eventId);
      if (!event || event.status === "DRAFT") throw new ActionError("not_found");
      if (!registrationIsOpen(event)) throw new ActionError("conflict", { message: "Registration.errors.closed" });
      const existing = await tx.eventRegistration.findUnique({
        where: { eventId_organizationId: { eventId: input.eventId, organizationId: input.organizationId } },
        select: { id: true, status: true },
      });
      if (existing?.status === "REJECTED") throw new ActionError("conflict", { message: "Registration.errors.rejected" });
      if (existing && existing.status !== "CANCELLED") {
        throw new ActionError("conflict", { message: "Registration.errors.alreadyRegistered" });
      }
      const status = statusForNewcomer(event);
      const data = { ...details, status, statusChangedAt: new Date(), checkedInAt: null };
      const saved = existing
        ? await tx.eventRegistration.update({ where: { id: existing.id }, data, select: { id: true, status: true } })
        : await tx.eventRegistration.create({
            data: { ...data, eventId: input.eventId, organizationId: input.organizationId },
            select: { id: true, status: true },
          });
      await replaceAttendees(tx, { id: saved.id, eventId: input.eventId }, [input.participantName, ...input.colleagues]);
      await recordAudit(tx, { actorUserId: ctx.user.id, action: "event.register", entityType: "EventRegistration", entityId: saved.id });
      return { registration: saved, mail: await mailAbout(tx, saved.id, mailKindFor(status)) };
    }, REGISTRATION_TX);
    await deliver(mail ? [mail] : []);
    return registration;
  },
});
