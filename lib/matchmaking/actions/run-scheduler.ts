// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { deliver, scheduleReadyMail } from "../../events/mails";
import { eventOwner } from "../../events/access";
import { lockEvent } from "../../events/registration";
import type { OutgoingMail } from "../../mail/transport";
import { contactOf } from "../participants";
import { loadSchedulerInput } from "../planning";
import { scheduleMeetings, type UnscheduledReason } from "../scheduler";
import { runSchedulerSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/**
 * The organizer plans meetings for all accepted requests: "open" adds meetings for requests
 * that have none and leaves the rest alone; "all" re-plans every meeting not placed by hand.
 * Requests that do not fit keep their reason, so the dashboard can say why.
 */
export const runSchedulerAction = safeAction({
  schema: runSchedulerSchema,
  authorize: { permission: "event.registrations.manage", resource: ({ eventId }) => eventOwner(eventId) },
  handler: async ({ eventId, mode }, ctx) => {

    const outcome = await db.$transaction(
      async (tx) => {
        const event = await lockEvent(tx, eventId);
        if (!event) throw new ActionError("not_found");
        if (!event.meetingsEnabled) throw new ActionError("conflict", { message: "Meetings.errors.meetingsOff" });
        if (mode === "all") await tx.meeting.deleteMany({ where: { eventId, pinned: false } });
        const input = await loadSchedulerInput(tx, eventId);
        const plan = scheduleMeetings(input);

        await tx.meeting.createMany({
          data: plan.assignments.map((a) => ({
            eventId,
            requestId: a.requestId,
            startsAt: new Date(a.start),
            endsAt: new Date(a.end),
            tableNumber: a.table,
          })),
        });
        await tx.meetingRequest.updateMany({
          where: { id: { in: [...plan.assignments.map((a) => a.requestId), ...(input.fixed ?? []).map((f) => f.id)] } },
          data: { unscheduledReason: null },
        });
        const byReason = new Map<UnscheduledReason, string[]>();
        for (const u of plan.unscheduled) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.requestId]);
        for (const [reason, ids] of byReason) {
          await tx.meetingRequest.updateMany({ where: { id: { in: ids } }, data: { unscheduledReason: reason } });
        }
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "meeting.schedule",
          entityType: "Event",
          entityId: eventId,
          metadata: { mode, placed: plan.assignments.length, unscheduled: plan.unscheduled.length },
        });

        // Everyone with a new meeting hears once, however many meetings they got.
        const perParticipant = new Map<string, number>();
        const sides = new Map(input.requests.map((r) => [r.id, [r.a, r.b]]));
        for (const a of plan.assignments) for (const p of sides.get(a.requestId) ?? []) perParticipant.set(p, (perParticipant.get(p) ?? 0) + 1);
        const mails: OutgoingMail[] = [];
        for (const [registrationId, meetings] of perParticipant) {
          const recipient = await contactOf(tx, registrationId);
          if (recipient) mails.push(scheduleReadyMail({ recipient, event, meetings }));
        }
        return {
          placed: plan.assignments.length,
          kept: input.fixed?.length ?? 0,
          unscheduled: plan.unscheduled,
          mails,
        };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    await deliver(outcome.mails);
    return { placed: outcome.placed, kept: outcome.kept, unscheduled: outcome.unscheduled };
  },
});
