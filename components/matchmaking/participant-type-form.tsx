// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { setParticipantTypeAction } from "@/lib/matchmaking/actions/set-participant-type";
import { PARTICIPANT_TYPES } from "@/lib/matchmaking/schema";

type ParticipantType = (typeof PARTICIPANT_TYPES)[number];

/** Buyer or supplier: the organizer may allow each a different number of meetings. */
export function ParticipantTypeForm(props: { registrationId: string; value: ParticipantType | null }) {
  const t = useTranslations("MeetingBooking");
  const id = useId();
  const { pending, error, run } = useActionRunner();
  const [value, setValue] = useState<ParticipantType | "">(props.value ?? "");
  const [saved, setSaved] = useState(false);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {t("participantType")}
        </label>
        <select
          id={id}
          value={value}
          onChange={(e) => {
            setValue(e.target.value as ParticipantType | "");
            setSaved(false);
          }}
          className="rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          <option value="">{t("participantTypeNone")}</option>
          {PARTICIPANT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(type)}
            </option>
          ))}
        </select>
      </div>
      <Button
        variant="secondary"
        size="sm"
        type="button"
        disabled={pending}
        onClick={() =>
          run(
            () => setParticipantTypeAction({ registrationId: props.registrationId, participantType: value || null }),
            () => setSaved(true),
          )
        }
        className="py-2"
      >
        {t("saveType")}
      </Button>
      {saved ? (
        <p role="status" className="text-sm text-green-800">
          {t("typeSaved")}
        </p>
      ) : null}
      <ActionError message={error} />
    </div>
  );
}
