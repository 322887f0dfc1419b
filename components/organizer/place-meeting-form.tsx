// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { placeMeetingAction } from "@/lib/matchmaking/actions/place-meeting";

/** Picks slot and table for one accepted request; the server checks the times and the database the clashes. */
export function PlaceMeetingForm(props: {
  requestId: string;
  slots: { start: number; label: string }[];
  tableCount: number;
  current: { start: number; table: number } | null;
  label: string;
}) {
  const t = useTranslations("OrganizerDashboard.schedule");
  const { pending, error, run } = useActionRunner();
  const [slot, setSlot] = useState(String(props.current?.start ?? props.slots[0]?.start ?? ""));
  const [table, setTable] = useState(String(props.current?.table ?? 1));
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        run(() => placeMeetingAction({ requestId: props.requestId, slotStart: Number(slot), tableNumber: Number(table) }));
      }}
    >
      <select aria-label={t("slot")} value={slot} onChange={(e) => setSlot(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
        {props.slots.map((s) => (
          <option key={s.start} value={s.start}>
            {s.label}
          </option>
        ))}
      </select>
      <select aria-label={t("table")} value={table} onChange={(e) => setTable(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
        {Array.from({ length: props.tableCount }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {t("tableNumber", { table: n })}
          </option>
        ))}
      </select>
      <Button variant="secondary" size="sm" type="submit" disabled={pending} className="py-1">
        {props.current ? t("move") : t("place")}
      </Button>
      <ActionError message={error} />
    </form>
  );
}
