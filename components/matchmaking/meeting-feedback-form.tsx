// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { recordMeetingFeedbackAction } from "@/lib/matchmaking/actions/record-meeting-feedback";
import { MEETING_OUTCOMES } from "@/lib/matchmaking/schema";

type Outcome = (typeof MEETING_OUTCOMES)[number];

/** After a meeting, one side says what came of it; saving again corrects the answer. */
export function MeetingFeedbackForm(props: {
  meetingId: string;
  registrationId: string;
  company: string;
  given: { outcome: Outcome; note: string | null } | null;
}) {
  const t = useTranslations("MeetingFeedback");
  const to = useTranslations("MeetingOutcomes.outcome");
  const id = useId();
  const { pending, error, run } = useActionRunner();
  const [outcome, setOutcome] = useState<Outcome | "">(props.given?.outcome ?? "");
  const [note, setNote] = useState(props.given?.note ?? "");
  const [saved, setSaved] = useState(false);
  return (
    <fieldset className="mt-2 flex flex-col gap-2 rounded-md bg-slate-50 p-3 print:hidden">
      <legend className="text-sm font-medium">{t("title")}</legend>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-outcome`} className="text-sm">
          {t("outcome", { company: props.company })}
        </label>
        <select
          id={`${id}-outcome`}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as Outcome)}
          className="rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          <option value="" disabled>
            –
          </option>
          {MEETING_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {to(o)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-note`} className="text-sm">
          {t("note")}
        </label>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={1000}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
          className="rounded-md border border-slate-300 bg-white px-3 py-2"
        />
      </div>
      <div>
        <Button
          type="button"
          size="sm"
          disabled={pending || !outcome}
          onClick={() =>
            outcome &&
            run(
              () => recordMeetingFeedbackAction({ meetingId: props.meetingId, registrationId: props.registrationId, outcome, note }),
              () => setSaved(true),
            )
          }
        >
          {t("save")}
        </Button>
      </div>
      {saved ? (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      ) : null}
      <ActionError message={error} />
    </fieldset>
  );
}
