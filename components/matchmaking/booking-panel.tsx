// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { db } from "@/lib/db";
import { openSlotsOfRequest } from "@/lib/matchmaking/open-slots";
import { capFor, rulesOf } from "@/lib/matchmaking/settings";
import { ParticipantTypeForm } from "./participant-type-form";
import { SlotPicker } from "./slot-picker";

/**
 * A participant's part of the event's booking rules on the meetings page: buyer or supplier,
 * how many meetings they may hold, and, where the recipient picks the slot, a time picker for
 * each request waiting for their answer.
 */
export async function BookingPanel({ eventId, registrationId }: { eventId: string; registrationId: string }) {
  const [t, format, rules, me] = await Promise.all([
    getTranslations("MeetingBooking"),
    getFormatter(),
    rulesOf(db, eventId),
    db.eventRegistration.findUniqueOrThrow({ where: { id: registrationId }, select: { participantType: true } }),
  ]);
  const incoming =
    rules.bookingMode === "PICK_SLOT"
      ? await db.meetingRequest.findMany({
          where: { recipientId: registrationId, status: "PENDING" },
          select: { id: true, eventId: true, requesterId: true, recipientId: true, requester: { select: { organization: { select: { name: true } } } } },
          orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
        })
      : [];
  const withSlots = await Promise.all(incoming.map(async (r) => ({ ...r, slots: await openSlotsOfRequest(db, r) })));
  const cap = capFor(rules, me.participantType);
  const asksType = rules.maxMeetingsBuyer !== null || rules.maxMeetingsSupplier !== null;
  return (
    <Card as="section" padding="sm" aria-labelledby="booking" className="flex flex-col gap-4">
      <CardTitle id="booking">
        {t("pickSlot")}
      </CardTitle>
      {rules.bookingMode === "PICK_SLOT" ? <p className="-mt-3 text-slate-600">{t("intro")}</p> : null}
      {asksType ? <ParticipantTypeForm registrationId={registrationId} value={me.participantType} /> : null}
      {cap !== null ? <p className="text-sm text-slate-700">{t("cap", { count: cap })}</p> : null}
      {withSlots.length > 0 ? (
        <ul className="flex flex-col gap-4">
          {withSlots.map((r) => (
            <li key={r.id} data-testid="slot-picker">
              <SlotPicker
                requestId={r.id}
                company={r.requester.organization.name}
                slots={r.slots.map((s) => ({
                  start: s.start,
                  label: t("slotOption", {
                    time: `${format.dateTime(new Date(s.start), "eventTime")}–${format.dateTime(new Date(s.end), "eventTime")}`,
                    table: s.table,
                  }),
                }))}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
