// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { bookMeetingSlotAction } from "@/lib/matchmaking/actions/book-meeting-slot";

/** The recipient of a request chooses a time both sides have free and books the meeting with it. */
export function SlotPicker(props: { requestId: string; company: string; slots: { start: number; label: string }[] }) {
  const t = useTranslations("MeetingBooking");
  const id = useId();
  const { pending, error, run } = useActionRunner();
  const [start, setStart] = useState(props.slots[0]?.start ?? 0);
  if (!props.slots.length) return <p className="text-sm text-slate-600">{t("noOpenSlot")}</p>;
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {t("pickSlotFor", { company: props.company })}
        </label>
        <select
          id={id}
          value={start}
          onChange={(e) => setStart(Number(e.target.value))}
          className="rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          {props.slots.map((s) => (
            <option key={s.start} value={s.start}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <Button
        size="sm"
        type="button"
        disabled={pending}
        onClick={() => run(() => bookMeetingSlotAction({ requestId: props.requestId, slotStart: start }))}
        className="py-2"
      >
        {t("acceptAtSlot")}
      </Button>
      <ActionError message={error} />
    </div>
  );
}
